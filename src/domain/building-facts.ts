/**
 * What the map's tooltip and detail panel say about one building or community: labelled,
 * formatted facts (Chinese label, English label, text). Every field of the building table is
 * listed, and every column the importer did not recognise, so nothing the user wrote is hidden.
 */
import type { BuildingTable } from './building-table.ts';
import { dictValue } from './building-table.ts';
import type { Community } from './community.ts';
import { FIELD_BY_KEY, type FieldKey } from './fields.ts';
import { isoDate, YEAR_AFTER, YEAR_BEFORE, YEAR_EXACT, type BuildYear } from './parse-values.ts';
import { COMPLETE_NO, COMPLETE_YES, gradeFromCode, STAGE_LABEL_ZH, stageFromCode, TYPE_LABEL_ZH, typesFromMask } from './vocabulary.ts';

export interface Fact {
  /** Field key, or `extra:<header>` for a column the importer kept as written. */
  key: string;
  zh: string;
  en: string;
  /** The value as text; '—' when not given. */
  value: string;
}

const MISSING = '—';
const INT = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 });
const DEC = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });

function num(n: number, unit: string, fmt = INT): string {
  return Number.isFinite(n) ? `${fmt.format(n)}${unit}` : MISSING;
}

function date(day: number): string {
  return Number.isFinite(day) ? isoDate(day) : MISSING;
}

/**
 * A build year as written back: exact, approximate range, or bound.
 * @example buildYearText({ from: 1990, to: 1999, kind: YEAR_RANGE }) // '1990–1999年（约）'
 */
export function buildYearText(y: BuildYear | null): string {
  if (!y || y.kind === 0) return MISSING;
  if (y.kind === YEAR_EXACT) return `${y.from}年`;
  if (y.kind === YEAR_BEFORE) return `${y.to}年及以前`;
  if (y.kind === YEAR_AFTER) return `${y.from}年及以后`;
  return `${y.from}–${y.to}年（约）`;
}

/** Grade letter with its meaning; D says it is a whole-building danger case. */
export function gradeText(code: number): string {
  const g = gradeFromCode(code);
  if (!g) return MISSING;
  return g === 'C' ? 'C级（局部危房）' : g === 'D' ? 'D级（整幢危房）' : `${g}级`;
}

export function stageText(code: number): string {
  const s = stageFromCode(code);
  return s ? STAGE_LABEL_ZH[s] : MISSING;
}

export function typesText(mask: number): string {
  const ts = typesFromMask(mask);
  return ts.length ? ts.map((t) => TYPE_LABEL_ZH[t]).join('、') : MISSING;
}

function fact(key: FieldKey, value: string): Fact {
  const f = FIELD_BY_KEY[key];
  return { key, zh: f.zh, en: f.en, value: value === '' ? MISSING : value };
}

function rowYear(t: BuildingTable, i: number): BuildYear {
  return { from: t.yearFrom[i], to: t.yearTo[i], kind: t.yearKind[i] };
}

/**
 * Every attribute of building i, in the order of the data-format reference, then the columns
 * kept as written, then where the row came from.
 * @example buildingFacts(table, 0, ['buildings.csv']).find((f) => f.key === 'households')?.value // '31户'
 */
export function buildingFacts(t: BuildingTable, i: number, fileNames: readonly string[]): Fact[] {
  const cu = t.completeUnits[i];
  const facts: Fact[] = [
    fact('id', t.id[i]),
    fact('name', dictValue(t.name, i)),
    fact('communityId', dictValue(t.communityId, i)),
    fact('community', dictValue(t.community, i)),
    fact('street', dictValue(t.street, i)),
    fact('shequ', dictValue(t.shequ, i)),
    fact('area', dictValue(t.area, i)),
    fact('lng', t.lng[i].toFixed(6)),
    fact('lat', t.lat[i].toFixed(6)),
    fact('buildYear', buildYearText(rowYear(t, i))),
    fact('floors', num(t.floors[i], '层')),
    fact('households', num(t.households[i], '户')),
    fact('floorAreaM2', num(t.floorAreaM2[i], ' m²', DEC)),
    fact('grade', gradeText(t.grade[i])),
    fact('completeUnits', cu === COMPLETE_YES ? '成套' : cu === COMPLETE_NO ? '非成套' : MISSING),
    fact('types', typesText(t.types[i])),
    fact('stage', stageText(t.stage[i])),
    fact('planYear', t.planYear[i] ? `${t.planYear[i]}年度` : MISSING),
    fact('startDate', date(t.startDay[i])),
    fact('completionDate', date(t.completionDay[i])),
    fact('acceptanceDate', date(t.acceptanceDay[i])),
    fact('investmentYuan', num(t.investmentYuan[i] / 10_000, '万元', DEC)),
  ];
  for (const e of t.extras) {
    const v = dictValue(e.column, i);
    facts.push({ key: `extra:${e.header}`, zh: e.header, en: '', value: v === '' ? MISSING : v });
  }
  const file = fileNames[t.fileIndex[i]] ?? '';
  facts.push({ key: 'source', zh: '来源', en: 'Source', value: file ? `${file}:${t.line[i]}` : MISSING });
  return facts;
}

/** The tooltip's few facts about building i: name, place, age, size, grade, stage. */
export function buildingKeyFacts(t: BuildingTable, i: number): Fact[] {
  const name = dictValue(t.name, i) || t.id[i];
  return [
    fact('name', name),
    fact('community', dictValue(t.community, i)),
    fact('street', dictValue(t.street, i)),
    fact('buildYear', buildYearText(rowYear(t, i))),
    fact('households', num(t.households[i], '户')),
    fact('floorAreaM2', num(t.floorAreaM2[i], ' m²', DEC)),
    fact('grade', gradeText(t.grade[i])),
    fact('stage', stageText(t.stage[i])),
  ];
}

/** Buildings, households and floor area on each community's building rows. */
export interface CommunityTotals {
  buildings: Uint32Array;
  households: Float64Array;
  floorAreaM2: Float64Array;
}

/** One pass over the buildings: what each community's rows add up to (missing figures count 0). */
export function communityTotals(t: BuildingTable, communityCount: number): CommunityTotals {
  const out: CommunityTotals = {
    buildings: new Uint32Array(communityCount),
    households: new Float64Array(communityCount),
    floorAreaM2: new Float64Array(communityCount),
  };
  for (let i = 0; i < t.length; i++) {
    const c = t.communityIndex[i];
    if (c < 0) continue;
    out.buildings[c]++;
    if (t.households[i] === t.households[i]) out.households[c] += t.households[i];
    if (t.floorAreaM2[i] === t.floorAreaM2[i]) out.floorAreaM2[c] += t.floorAreaM2[i];
  }
  return out;
}

/**
 * The tooltip's facts about a community: its names, its buildings' totals (its own figures when
 * it has no building rows), and its least-advanced stage in the chosen programme.
 */
export function communityKeyFacts(c: Community, ci: number, totals: CommunityTotals, leastStage: number): Fact[] {
  const rows = totals.buildings[ci] > 0;
  const a = c.attrs;
  return [
    fact('community', c.name),
    fact('communityId', c.id),
    fact('street', c.street),
    fact('shequ', c.shequ),
    fact('buildingCount', rows ? `${totals.buildings[ci]}栋` : num(a.buildingCount, '栋')),
    fact('households', num(rows ? totals.households[ci] : a.households, '户')),
    fact('floorAreaM2', num(rows ? totals.floorAreaM2[ci] : a.floorAreaM2, ' m²', DEC)),
    { key: 'leastStage', zh: '进度（最慢楼栋）', en: 'Stage (least advanced)', value: stageText(leastStage) },
  ];
}
