/**
 * A renovation programme: a year, its targets and its dated steps, as a district's plan
 * document gives them (e.g. 薛政办字〔2022〕4号: 56 communities, 7663 households, 90.12万㎡,
 * three phases).
 */
import type { RowIssue } from './import-report.ts';
import { parseDate, parseQuantity, parseStage } from './parse-values.ts';
import { STAGES, type Stage } from './vocabulary.ts';
import { said, type Said } from './messages/render.ts';
import { streetKey } from './community.ts';

/** The four headline figures of a programme, or of one street office's share of it. */
export interface TargetFigures {
  communities?: number;
  buildings?: number;
  households?: number;
  floorAreaM2?: number;
}

/** The target figures' keys, in the order files and dialogs list them. */
export const TARGET_KEYS = ['communities', 'buildings', 'households', 'floorAreaM2'] as const;

export interface ProgrammeTargets extends TargetFigures {
  /** Street offices the programme covers. */
  streets?: string[];
  /** Targets per street office (name as the programme writes it), where the plan splits them. */
  byStreet?: Record<string, TargetFigures>;
}

/**
 * A street office's own targets in a programme (targets.byStreet, names matched as streetKey
 * matches them: 常庄镇 is 常庄街道), or null where the programme sets none for it. The district's
 * targets are never handed out as an office's.
 * @example streetTargets({ byStreet: { 临城街道: { households: 1200 } } }, '临城') // { households: 1200 }
 */
export function streetTargets(targets: ProgrammeTargets, street: string): TargetFigures | null {
  const key = streetKey(street);
  for (const [name, figures] of Object.entries(targets.byStreet ?? {}))
    if (streetKey(name) === key && TARGET_KEYS.some((k) => figures[k] !== undefined)) return figures;
  return null;
}

export interface ProgrammeStep {
  key: string;
  name: string;
  /** The stage a building should have reached by `end`. */
  stage: Stage;
  /** Day numbers (days since 1970-01-01 UTC); start may be absent. */
  startDay: number | null;
  endDay: number;
}

export interface Programme {
  name: string;
  district: string;
  year: number;
  source: string;
  targets: ProgrammeTargets;
  steps: ProgrammeStep[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Does this parsed JSON look like a programme file? */
export function looksLikeProgramme(json: unknown): boolean {
  return (
    isRecord(json) &&
    (json.kind === 'renovation-programme' || (isRecord(json.targets) && ('year' in json || 'steps' in json)))
  );
}

/**
 * Read a programme file's JSON. Problems are returned as issues, never thrown.
 * @example
 * readProgramme({ kind: 'renovation-programme', year: 2022, targets: { households: 7663 }, steps: [] }, 'p.json')
 *   .programme?.year // 2022
 */
export function readProgramme(json: unknown, file: string): { programme: Programme | null; issues: RowIssue[] } {
  const issues: RowIssue[] = [];
  const bad = (reason: Said, field?: string, value?: string): void => {
    const i: RowIssue = { file, line: 0, code: 'bad-programme', ...reason };
    if (field) i.field = field;
    if (value !== undefined) i.value = value;
    issues.push(i);
  };
  if (!isRecord(json)) {
    bad(said('programme.not-object'));
    return { programme: null, issues };
  }
  const year = typeof json.year === 'number' ? json.year : Number(json.year);
  if (!Number.isInteger(year) || year < 1990 || year > 2100) {
    bad(said('programme.bad-year'), 'year', String(json.year));
    return { programme: null, issues };
  }
  const targets: ProgrammeTargets = {};
  /** The target figures of an object (the programme's, or a street office's), bad ones reported. */
  const figures = (from: Record<string, unknown>, into: TargetFigures, where: string): void => {
    for (const k of TARGET_KEYS) {
      const v = from[k];
      if (v === undefined || v === null) continue;
      const n = typeof v === 'number' ? v : parseQuantity(String(v));
      if (n === null || !Number.isFinite(n) || n < 0)
        bad(said('programme.bad-target', { where, key: k }), k, String(v));
      else into[k] = n;
    }
  };
  if (isRecord(json.targets)) {
    figures(json.targets, targets, '');
    if (Array.isArray(json.targets.streets)) targets.streets = json.targets.streets.map(String);
    if (isRecord(json.targets.byStreet)) {
      const byStreet: Record<string, TargetFigures> = {};
      for (const [street, v] of Object.entries(json.targets.byStreet)) {
        if (!isRecord(v)) {
          bad(said('programme.street-not-object', { street }), 'byStreet', street);
          continue;
        }
        figures(v, (byStreet[street] = {}), street);
      }
      targets.byStreet = byStreet;
    }
  }
  const steps: ProgrammeStep[] = [];
  if (Array.isArray(json.steps)) {
    json.steps.forEach((s: unknown, i: number) => {
      if (!isRecord(s)) return bad(said('programme.step-not-object', { n: i + 1 }));
      const stageCode = parseStage(String(s.stage ?? ''));
      const endDay = parseDate(String(s.end ?? ''));
      const startDay = s.start === undefined || s.start === null || s.start === '' ? null : parseDate(String(s.start));
      if (stageCode === null) return bad(said('programme.step-stage', { n: i + 1 }), 'stage', String(s.stage));
      if (endDay === null) return bad(said('programme.step-no-end', { n: i + 1 }), 'end', String(s.end));
      steps.push({
        key: String(s.key ?? `step${i + 1}`),
        name: String(s.name ?? ''),
        stage: STAGES[stageCode - 1],
        startDay,
        endDay,
      });
    });
  }
  return {
    programme: {
      name: String(json.name ?? `${year}年老旧小区改造`),
      district: String(json.district ?? ''),
      year,
      source: String(json.source ?? ''),
      targets,
      steps,
    },
    issues,
  };
}
