/**
 * A renovation programme: a year, its targets and its dated steps, as a district's plan
 * document gives them (e.g. 薛政办字〔2022〕4号: 56 communities, 7663 households, 90.12万㎡,
 * three phases).
 */
import type { RowIssue } from './import-report.ts';
import { parseDate, parseQuantity, parseStage } from './parse-values.ts';
import { STAGES, type Stage } from './vocabulary.ts';

export interface ProgrammeTargets {
  communities?: number;
  buildings?: number;
  households?: number;
  floorAreaM2?: number;
  /** Street offices the programme covers. */
  streets?: string[];
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
  return isRecord(json) && (json.kind === 'renovation-programme' || (isRecord(json.targets) && ('year' in json || 'steps' in json)));
}

/**
 * Read a programme file's JSON. Problems are returned as issues, never thrown.
 * @example readProgramme({ kind: 'renovation-programme', year: 2022, targets: { households: 7663 }, steps: [] }, 'p.json').programme?.year // 2022
 */
export function readProgramme(json: unknown, file: string): { programme: Programme | null; issues: RowIssue[] } {
  const issues: RowIssue[] = [];
  const bad = (reason: string, field?: string, value?: string): void => {
    const i: RowIssue = { file, line: 0, code: 'bad-programme', reason };
    if (field) i.field = field;
    if (value !== undefined) i.value = value;
    issues.push(i);
  };
  if (!isRecord(json)) {
    bad('计划文件不是对象 (programme file is not a JSON object)');
    return { programme: null, issues };
  }
  const year = typeof json.year === 'number' ? json.year : Number(json.year);
  if (!Number.isInteger(year) || year < 1990 || year > 2100) {
    bad('计划年度缺失或无效 (programme year missing or invalid)', 'year', String(json.year));
    return { programme: null, issues };
  }
  const targets: ProgrammeTargets = {};
  if (isRecord(json.targets)) {
    for (const k of ['communities', 'buildings', 'households', 'floorAreaM2'] as const) {
      const v = json.targets[k];
      if (v === undefined || v === null) continue;
      const n = typeof v === 'number' ? v : parseQuantity(String(v));
      if (n === null || !Number.isFinite(n) || n < 0) bad(`目标“${k}”无效 (target ${k} invalid)`, k, String(v));
      else targets[k] = n;
    }
    if (Array.isArray(json.targets.streets)) targets.streets = json.targets.streets.map(String);
  }
  const steps: ProgrammeStep[] = [];
  if (Array.isArray(json.steps)) {
    json.steps.forEach((s: unknown, i: number) => {
      if (!isRecord(s)) return bad(`第${i + 1}步不是对象 (step ${i + 1} is not an object)`);
      const stageCode = parseStage(String(s.stage ?? ''));
      const endDay = parseDate(String(s.end ?? ''));
      const startDay = s.start === undefined || s.start === null || s.start === '' ? null : parseDate(String(s.start));
      if (stageCode === null) return bad(`第${i + 1}步的阶段无法识别 (step ${i + 1}: unknown stage)`, 'stage', String(s.stage));
      if (endDay === null) return bad(`第${i + 1}步缺少截止日期 (step ${i + 1}: no end date)`, 'end', String(s.end));
      steps.push({ key: String(s.key ?? `step${i + 1}`), name: String(s.name ?? ''), stage: STAGES[stageCode - 1], startDay, endDay });
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
