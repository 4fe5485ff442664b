/**
 * The programme dialog's form: a programme as the text its inputs hold, and that text checked
 * back into a programme. Nothing is saved while an input is invalid; each problem is keyed by the
 * input it belongs to (`target.households`, `step.2.end`) so the dialog can mark it.
 */
import { isoDate, parseDate, parseQuantity } from '../../domain/parse-values.ts';
import { TARGET_KEYS, type Programme, type ProgrammeStep, type ProgrammeTargets } from '../../domain/programme.ts';
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

export interface ProgrammeDraft {
  name: string;
  source: string;
  /**
   * As typed; floor area in 万㎡ in Chinese, m² in English (a unit typed in the value wins), shown
   * first as the cards write it.
   */
  targets: Record<TargetKey, string>;
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

/**
 * The form's text for a programme (or an empty form for a year without one).
 * @example draftOf(p, 'zh').targets.floorAreaM2 // "59.49" (万㎡; 594,924.3 m² kept unless edited)
 */
export function draftOf(p: Programme | null, lang: Lang): ProgrammeDraft {
  const targets = {} as Record<TargetKey, string>;
  for (const k of TARGET_KEYS) {
    const v = p?.targets[k];
    targets[k] = v === undefined ? '' : targetText(k, v, lang);
  }
  return {
    name: p?.name ?? '',
    source: p?.source ?? '',
    targets,
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
 * The form checked: the programme it describes (the base's district, streets and per-street
 * targets kept), or null with the problems by input.
 * @example checkDraft({ ...draft, targets: { ...draft.targets, households: 'x' } }, base, 2023, 'zh').problems
 *   // { 'target.households': 'invalidNumber' }
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
  if (base?.targets.byStreet) targets.byStreet = base.targets.byStreet;
  for (const k of TARGET_KEYS) {
    const text = d.targets[k].trim();
    if (text === '') continue;
    // A box left as it was shown keeps the programme's own figure, not the rounded one it shows.
    const was = base?.targets[k];
    if (was !== undefined && text === targetText(k, was, lang)) {
      targets[k] = was;
      continue;
    }
    const n = parseQuantity(text, k === 'floorAreaM2' ? areaFactor(lang) : 1);
    if (n === null || n < 0) problems[`target.${k}`] = 'invalidNumber';
    else targets[k] = n;
  }
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
