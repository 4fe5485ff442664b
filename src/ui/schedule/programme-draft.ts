/**
 * The programme dialog's form: a programme as the text its inputs hold, and that text checked
 * back into a programme. Nothing is saved while an input is invalid; each problem is keyed by the
 * input it belongs to (`target.households`, `step.2.end`) so the dialog can mark it.
 */
import { isoDate, parseDate, parseQuantity } from '../../domain/parse-values.ts';
import { streetKey } from '../../domain/community.ts';
import {
  TARGET_KEYS,
  type Programme,
  type ProgrammeStep,
  type ProgrammeTargets,
  type TargetFigures,
} from '../../domain/programme.ts';
import type { Stage } from '../../domain/vocabulary.ts';
import type { Lang } from '../../i18n/index.ts';
import { fmtAreaValue } from '../format.ts';

export type TargetKey = (typeof TARGET_KEYS)[number];

export interface StepDraft {
  key: string;
  name: string;
  stage: Stage;
  /** YYYY-MM-DD or ''. */
  start: string;
  end: string;
}

/** A street office's own targets as typed (targets.byStreet); all empty = none set for it. */
export interface StreetTargetDraft {
  /** The office as the programme names it, or, where it names it not, as the data does. */
  name: string;
  targets: Record<TargetKey, string>;
}

export interface ProgrammeDraft {
  name: string;
  source: string;
  /**
   * As typed; floor area in 万㎡ in Chinese, m² in English (a unit typed in the value wins), shown
   * first as the cards write it.
   */
  targets: Record<TargetKey, string>;
  /** One row per street office: the data's offices first, then any only the programme names. */
  streets: StreetTargetDraft[];
  steps: StepDraft[];
}

/** What is wrong with an input: a key of the `schedule` catalogue's `programme` group. */
export type DraftProblem = 'invalidNumber' | 'invalidDate' | 'needEnd' | 'startAfterEnd';

/** Floor area's factor in the form: the dialog asks for 万㎡ in Chinese. */
const areaFactor = (lang: Lang): number => (lang === 'zh' ? 1e4 : 1);

/** Up to 6 decimals, no float noise. */
const plain = (n: number): string => String(Math.round(n * 1e6) / 1e6);

/**
 * A target as its box first shows it: the floor area as the cards write it (59.49 万㎡, or
 * 594,924 m² in English), a count as it is.
 */
const targetText = (k: TargetKey, v: number, lang: Lang): string =>
  k === 'floorAreaM2' ? fmtAreaValue(v, lang) : plain(v);

/** Target figures as the form's text. */
function figuresText(f: TargetFigures | undefined, lang: Lang): Record<TargetKey, string> {
  const out = {} as Record<TargetKey, string>;
  for (const k of TARGET_KEYS) {
    const v = f?.[k];
    out[k] = v === undefined ? '' : targetText(k, v, lang);
  }
  return out;
}

/**
 * A row per street office: each of the data's `streets` with the programme's targets for it (its
 * name matched as streetKey matches names, kept as the programme writes it), then the offices
 * only the programme names.
 */
function streetRows(p: Programme | null, streets: readonly string[], lang: Lang): StreetTargetDraft[] {
  const byStreet = Object.entries(p?.targets.byStreet ?? {});
  const used = new Set<string>();
  const rows = streets.map((street) => {
    const hit = byStreet.find(([name]) => !used.has(name) && streetKey(name) === streetKey(street));
    if (hit) used.add(hit[0]);
    return { name: hit ? hit[0] : street, targets: figuresText(hit?.[1], lang) };
  });
  for (const [name, f] of byStreet) if (!used.has(name)) rows.push({ name, targets: figuresText(f, lang) });
  return rows;
}

/**
 * The form's text for a programme (or an empty form for a year without one), with a row of
 * targets for each of the data's street offices.
 * @example draftOf(p, 'zh', ['临城街道']).targets.floorAreaM2 // "59.49" (万㎡; 594,924.3 m² kept unless edited)
 */
export function draftOf(p: Programme | null, lang: Lang, streets: readonly string[] = []): ProgrammeDraft {
  return {
    name: p?.name ?? '',
    source: p?.source ?? '',
    targets: figuresText(p?.targets, lang),
    streets: streetRows(p, streets, lang),
    steps: (p?.steps ?? []).map((s) => ({
      key: s.key,
      name: s.name,
      stage: s.stage,
      start: s.startDay === null ? '' : isoDate(s.startDay),
      end: isoDate(s.endDay),
    })),
  };
}

/**
 * Typed target figures read into `into`; a bad one is a problem keyed `${prefix}.${key}`. A box
 * left as it was shown keeps the programme's own figure (`was`), not the rounded one it shows.
 */
function readFigures(
  text: Record<TargetKey, string>,
  was: TargetFigures | undefined,
  into: TargetFigures,
  prefix: string,
  lang: Lang,
  problems: Record<string, DraftProblem>,
): void {
  for (const k of TARGET_KEYS) {
    const typed = text[k].trim();
    if (typed === '') continue;
    const before = was?.[k];
    if (before !== undefined && typed === targetText(k, before, lang)) {
      into[k] = before;
      continue;
    }
    const n = parseQuantity(typed, k === 'floorAreaM2' ? areaFactor(lang) : 1);
    if (n === null || n < 0) problems[`${prefix}.${k}`] = 'invalidNumber';
    else into[k] = n;
  }
}

/**
 * The form checked: the programme it describes (the base's district and list of streets kept;
 * the street offices' targets as the rows give them, an office with every box empty left out),
 * or null with the problems by input.
 * @example checkDraft({ ...draft, targets: { ...draft.targets, households: 'x' } }, base, 2023, 'zh').problems
 *   // { 'target.households': 'invalidNumber' }; a street row's: 'street.2.households'
 */
export function checkDraft(
  d: ProgrammeDraft,
  base: Programme | null,
  year: number,
  lang: Lang,
): { programme: Programme | null; problems: Record<string, DraftProblem> } {
  const problems: Record<string, DraftProblem> = {};
  const targets: ProgrammeTargets = {};
  if (base?.targets.streets) targets.streets = base.targets.streets;
  readFigures(d.targets, base?.targets, targets, 'target', lang, problems);
  const byStreet: Record<string, TargetFigures> = {};
  d.streets.forEach((row, i) => {
    const f: TargetFigures = {};
    readFigures(row.targets, base?.targets.byStreet?.[row.name], f, `street.${i}`, lang, problems);
    if (Object.keys(f).length > 0) byStreet[row.name] = f;
  });
  if (Object.keys(byStreet).length > 0) targets.byStreet = byStreet;
  const steps: ProgrammeStep[] = [];
  d.steps.forEach((s, i) => {
    const endDay = s.end.trim() === '' ? null : parseDate(s.end.trim());
    const startDay = s.start.trim() === '' ? null : parseDate(s.start.trim());
    if (s.end.trim() === '') problems[`step.${i}.end`] = 'needEnd';
    else if (endDay === null) problems[`step.${i}.end`] = 'invalidDate';
    if (s.start.trim() !== '' && startDay === null) problems[`step.${i}.start`] = 'invalidDate';
    else if (startDay !== null && endDay !== null && startDay > endDay) problems[`step.${i}.start`] = 'startAfterEnd';
    if (endDay !== null)
      steps.push({ key: s.key || `step${i + 1}`, name: s.name.trim(), stage: s.stage, startDay, endDay });
  });
  if (Object.keys(problems).length > 0) return { programme: null, problems };
  return {
    programme: {
      name: d.name.trim() || `${year}年老旧小区改造`,
      district: base?.district ?? '',
      year,
      source: d.source.trim(),
      targets,
      steps,
    },
    problems,
  };
}

/** localStorage key of a district's edited programme of a year. */
export const storageKey = (district: string, year: number): string => `atlas:programme:${district || '-'}:${year}`;
