/**
 * A programme as a small CSV a planner can keep in Excel or WPS (its lines' cells read into a
 * programme; io/read-programme-csv.ts splits the text into them), and a programme written back
 * as the JSON file readProgramme() reads (for saving one edited in the app).
 *
 * The CSV (docs/data-format.md, "Programme files"): one fact a row, the first cell saying which;
 * then, after a `步骤,阶段,开始,截止` row, one dated step a row until a blank row:
 *
 *   项目,内容
 *   年度,2023
 *   名称,薛城区2023年老旧小区改造
 *   区,薛城区
 *   依据,梨政办规〔2023〕3号
 *   街道,临城街道,常庄街道
 *   目标,小区,33
 *   目标,建筑面积,59.49万㎡
 *   街道目标,临城街道,户数,1200
 *
 *   步骤,阶段,开始,截止
 *   进场施工,施工,2023-04-16,2023-04-20
 *
 * Problems (an unknown row, a bad number, date or stage) are returned as issues with the line
 * they are on (line 1 = the first line), never thrown; a bad row is left out, the rest is read.
 */
import type { RowIssue } from './import-report.ts';
import { isoDate, normalizeCell, parseDate, parseQuantity, parseStage } from './parse-values.ts';
import {
  TARGET_KEYS,
  type Programme,
  type ProgrammeStep,
  type ProgrammeTargets,
  type TargetFigures,
} from './programme.ts';
import { STAGES } from './vocabulary.ts';
import { said, type Said } from './messages/render.ts';

type TargetKey = (typeof TARGET_KEYS)[number];

/** Words for the first cell of a row, Chinese or English (compared without case or spaces). */
const ROW_WORDS: Readonly<Record<string, readonly string[]>> = {
  header: ['项目', '字段', '类别', 'key', 'field', 'item'],
  year: ['年度', '计划年度', '年份', 'year'],
  name: ['名称', '计划名称', 'name'],
  district: ['区', '区县', '行政区', 'district'],
  source: ['依据', '来源', '文件', '文号', 'source'],
  streets: ['街道', '涉及街道', '街道范围', 'streets', 'street offices'],
  target: ['目标', '目标任务', 'target'],
  streetTarget: ['街道目标', '分街道目标', 'street target'],
  steps: ['步骤', '节点', '时间节点', '实施步骤', 'step', 'steps'],
};

/** Words naming a target figure, before any unit in brackets. */
const TARGET_WORDS: Readonly<Record<TargetKey, readonly string[]>> = {
  communities: ['小区', '小区数', '小区个数', '计划小区', 'communities'],
  buildings: ['楼栋', '楼栋数', '栋数', '计划楼栋', 'buildings'],
  households: ['户数', '户', '住户', '计划户数', 'households'],
  floorAreaM2: ['面积', '建筑面积', '改造面积', '计划面积', 'floor area', 'floorarea', 'floorAreaM2', 'area'],
};

const norm = (s: string): string => normalizeCell(s).trim().toLowerCase().replace(/\s+/g, ' ');

function lookup<K extends string>(words: Readonly<Record<K, readonly string[]>>): ReadonlyMap<string, K> {
  const m = new Map<string, K>();
  for (const k of Object.keys(words) as K[]) for (const w of words[k]) m.set(norm(w), k);
  return m;
}
const ROW_KIND = lookup(ROW_WORDS);
const TARGET_KIND = lookup(TARGET_WORDS);

/**
 * A target's name and the factor of a unit in brackets: 建筑面积（万㎡） → floorAreaM2, ×10 000.
 * @example targetOf('建筑面积（万平方米）') // { key: 'floorAreaM2', factor: 10000 }
 */
function targetOf(cell: string): { key: TargetKey; factor: number } | null {
  const m = /^(.*?)\s*[(（[【]\s*([^)）\]】]*)\s*[)）\]】]\s*$/.exec(cell.trim());
  const key = TARGET_KIND.get(norm(m ? m[1] : cell));
  if (!key) return null;
  const unit = m ? m[2] : '';
  return { key, factor: unit.includes('亿') ? 1e8 : unit.includes('万') ? 1e4 : 1 };
}

/** Where a programme is gathered while its rows are read, and where their problems go. */
interface Draft {
  file: string;
  issues: RowIssue[];
  year: number | null;
  name: string;
  district: string;
  source: string;
  targets: ProgrammeTargets;
  steps: ProgrammeStep[];
  /** After a 步骤 row, until a blank row: the rows are steps. */
  inSteps: boolean;
}

function issue(d: Draft, line: number, reason: Said, field?: string, value?: string): void {
  const i: RowIssue = { file: d.file, line, code: 'bad-programme', ...reason };
  if (field !== undefined) i.field = field;
  if (value !== undefined) i.value = value;
  d.issues.push(i);
}

/** A target's figure into `into`, or an issue. `where` names the street office for a per-street target. */
function putTarget(d: Draft, line: number, into: TargetFigures, cells: readonly string[], where: string): void {
  const [nameCell, valueCell] = cells;
  const t = targetOf(nameCell);
  if (!t) return issue(d, line, said('programme-csv.unknown-target', { where, name: nameCell }), 'target', nameCell);
  const n = parseQuantity(valueCell, t.factor);
  if (n === null || n < 0) {
    const reason = said('programme-csv.bad-target-value', { where, name: nameCell, key: t.key, value: valueCell });
    return issue(d, line, reason, t.key, valueCell);
  }
  into[t.key] = n;
}

function readYear(d: Draft, line: number, v: string): void {
  const y = /^\d{4}(年度?)?$/.test(v) ? Number(v.slice(0, 4)) : NaN;
  if (!(y >= 1990 && y <= 2100)) return issue(d, line, said('programme-csv.bad-year', { value: v }), 'year', v);
  if (d.year !== null && d.year !== y)
    return issue(d, line, said('programme-csv.two-years', { first: d.year, second: y }), 'year', v);
  d.year = y;
}

/** A fact row (year, name, district, source, street offices, a target), by its first cell. */
function readFact(d: Draft, line: number, cells: readonly string[]): void {
  const rest = cells.slice(1);
  switch (ROW_KIND.get(norm(cells[0]))) {
    case 'header':
      if (line !== 1) issue(d, line, said('programme-csv.header-not-first', { word: cells[0] }), undefined, cells[0]);
      return;
    case 'year':
      return readYear(d, line, rest[0] ?? '');
    case 'name':
      d.name = rest.join(',');
      return;
    case 'district':
      d.district = rest[0] ?? '';
      return;
    case 'source':
      d.source = rest.join(',');
      return;
    case 'streets': {
      const named = rest.flatMap((c) => c.split(/[、，;；]/)).map((c) => c.trim());
      d.targets.streets = [...(d.targets.streets ?? []), ...named.filter((c) => c !== '')];
      return;
    }
    case 'target':
      if (rest.length < 2) return issue(d, line, said('programme-csv.target-row'));
      return putTarget(d, line, d.targets, rest, '');
    case 'streetTarget': {
      if (rest.length < 3 || rest[0] === '') return issue(d, line, said('programme-csv.street-target-row'));
      const byStreet = (d.targets.byStreet ??= {});
      return putTarget(d, line, (byStreet[rest[0]] ??= {}), rest.slice(1), `${rest[0]}`);
    }
    case 'steps':
      d.inSteps = true;
      return;
    default:
      issue(d, line, said('programme-csv.unknown-row', { word: cells[0] }), undefined, cells[0]);
  }
}

/** A step row: name, stage, start (may be empty), end. */
function readStep(d: Draft, line: number, cells: readonly string[]): void {
  const [step = '', stageCell = '', startCell = '', endCell = ''] = cells;
  const stage = parseStage(stageCell);
  if (stage === null)
    return issue(d, line, said('programme-csv.step-stage', { step, stage: stageCell }), 'stage', stageCell);
  const endDay = parseDate(endCell);
  if (endDay === null) {
    const reason =
      endCell === ''
        ? said('programme-csv.step-no-end', { step })
        : said('programme-csv.step-bad-end', { step, value: endCell });
    return issue(d, line, reason, 'end', endCell);
  }
  const startDay = startCell === '' ? null : parseDate(startCell);
  if (startCell !== '' && startDay === null)
    return issue(d, line, said('programme-csv.step-bad-start', { step, value: startCell }), 'start', startCell);
  if (startDay !== null && startDay > endDay)
    return issue(d, line, said('programme-csv.step-starts-late', { step }), 'start', startCell);
  const key = `step${d.steps.length + 1}`;
  d.steps.push({ key, name: step, stage: STAGES[stage - 1], startDay, endDay });
}

/**
 * Read a programme from the CSV's lines, already split into trimmed cells (rows[k] is line k + 1;
 * io/read-programme-csv.ts splits them). Problems are returned as issues with line numbers, never
 * thrown; without a valid year there is no programme.
 * @example readProgrammeRows([['年度', '2023'], ['目标', '户数', '874']], 'p.csv').programme?.targets.households // 874
 */
export function readProgrammeRows(
  rows: readonly (readonly string[])[],
  file: string,
): { programme: Programme | null; issues: RowIssue[] } {
  const d: Draft = {
    file,
    issues: [],
    year: null,
    name: '',
    district: '',
    source: '',
    targets: {},
    steps: [],
    inSteps: false,
  };
  rows.forEach((row, k) => {
    const cells = [...row];
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    // A blank line ends the steps; a line starting with # is a comment.
    if (cells.length === 0) d.inSteps = false;
    else if (!cells[0].startsWith('#')) (d.inSteps ? readStep : readFact)(d, k + 1, cells);
  });
  if (d.year === null) {
    issue(d, 0, said('programme-csv.no-year'), 'year');
    return { programme: null, issues: d.issues };
  }
  const { year, district, source, targets, steps } = d;
  return {
    programme: { name: d.name || `${year}年老旧小区改造`, district, year, source, targets, steps },
    issues: d.issues,
  };
}

/**
 * A programme as the JSON file readProgramme() reads (kind renovation-programme; dates as
 * YYYY-MM-DD), for saving a programme loaded or edited in the app.
 * @example readProgramme(JSON.parse(writeProgrammeJson(p)), 'p.json').programme // equals p
 */
export function writeProgrammeJson(p: Programme): string {
  const targets: Record<string, unknown> = {};
  for (const k of TARGET_KEYS) if (p.targets[k] !== undefined) targets[k] = p.targets[k];
  if (p.targets.streets) targets.streets = p.targets.streets;
  if (p.targets.byStreet) targets.byStreet = p.targets.byStreet;
  const json = {
    kind: 'renovation-programme',
    name: p.name,
    district: p.district,
    year: p.year,
    source: p.source,
    targets,
    steps: p.steps.map((s) => ({
      key: s.key,
      name: s.name,
      stage: s.stage,
      ...(s.startDay === null ? {} : { start: isoDate(s.startDay) }),
      end: isoDate(s.endDay),
    })),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}
