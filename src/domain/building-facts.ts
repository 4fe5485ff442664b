/**
 * What the map's tooltip and detail panel say about one building or community: labelled,
 * formatted facts (Chinese label, English label, text). Every field of the building table is
 * listed, and every column the importer did not recognise, so nothing the user wrote is hidden.
 * Values are written in Chinese, or in English for `lang` 'en' (the interface language); dates
 * stay ISO in both.
 */
import type { BuildingTable } from './building-table.ts';
import { dictValue } from './building-table.ts';
import type { Community } from './community.ts';
import { FIELD_BY_KEY, type FieldKey } from './fields.ts';
import { dayText, YEAR_AFTER, YEAR_BEFORE, YEAR_EXACT, type BuildYear } from './parse-values.ts';
import {
  COMPLETE_NO,
  COMPLETE_YES,
  gradeFromCode,
  STAGE_LABEL_EN,
  STAGE_LABEL_ZH,
  stageFromCode,
  TYPE_LABEL_EN,
  TYPE_LABEL_ZH,
  typesFromMask,
} from './vocabulary.ts';

/** The language facts are written in. */
export type FactLang = 'zh' | 'en';

/** Units after a figure, per language. */
const UNITS = {
  zh: { floors: '层', households: '户', m2: '㎡', buildings: '栋' },
  en: { floors: ' floors', households: ' households', m2: ' m²', buildings: ' buildings' },
} as const;

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

function date(day: number, monthOnly = 0): string {
  return Number.isFinite(day) ? dayText(day, monthOnly !== 0) : MISSING;
}

/**
 * A build year as written back: exact, approximate range, or bound.
 * @example buildYearText({ from: 1990, to: 1999, kind: YEAR_RANGE }) // '1990–1999年（约）'
 */
export function buildYearText(y: BuildYear | null, lang: FactLang = 'zh'): string {
  if (!y || y.kind === 0) return MISSING;
  const en = lang === 'en';
  if (y.kind === YEAR_EXACT) return en ? `${y.from}` : `${y.from}年`;
  if (y.kind === YEAR_BEFORE) return en ? `${y.to} or before` : `${y.to}年及以前`;
  if (y.kind === YEAR_AFTER) return en ? `${y.from} or after` : `${y.from}年及以后`;
  return en ? `${y.from}–${y.to} (approx.)` : `${y.from}–${y.to}年（约）`;
}

/** Grade letter with its meaning; D says it is a whole-building danger case. */
function gradeText(code: number, lang: FactLang = 'zh'): string {
  const g = gradeFromCode(code);
  if (!g) return MISSING;
  if (lang === 'en') return g === 'C' ? 'C (partly unsafe)' : g === 'D' ? 'D (whole building unsafe)' : g;
  return g === 'C' ? 'C级（局部危房）' : g === 'D' ? 'D级（整幢危房）' : `${g}级`;
}

export function stageText(code: number, lang: FactLang = 'zh'): string {
  const s = stageFromCode(code);
  return s ? (lang === 'en' ? STAGE_LABEL_EN : STAGE_LABEL_ZH)[s] : MISSING;
}

export function typesText(mask: number, lang: FactLang = 'zh'): string {
  const ts = typesFromMask(mask);
  return ts.length
    ? ts.map((t) => (lang === 'en' ? TYPE_LABEL_EN : TYPE_LABEL_ZH)[t]).join(lang === 'en' ? ', ' : '、')
    : MISSING;
}

function completeText(cu: number, lang: FactLang): string {
  if (cu === COMPLETE_YES) return lang === 'en' ? 'Yes' : '成套';
  if (cu === COMPLETE_NO) return lang === 'en' ? 'No' : '非成套';
  return MISSING;
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
export function buildingFacts(
  t: BuildingTable,
  i: number,
  fileNames: readonly string[],
  lang: FactLang = 'zh',
): Fact[] {
  const u = UNITS[lang];
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
    fact('buildYear', buildYearText(rowYear(t, i), lang)),
    fact('floors', num(t.floors[i], u.floors)),
    fact('households', num(t.households[i], u.households)),
    fact('floorAreaM2', num(t.floorAreaM2[i], u.m2, DEC)),
    fact('grade', gradeText(t.grade[i], lang)),
    fact('completeUnits', completeText(t.completeUnits[i], lang)),
    fact('types', typesText(t.types[i], lang)),
    fact('stage', stageText(t.stage[i], lang)),
    fact('planYear', t.planYear[i] ? (lang === 'en' ? String(t.planYear[i]) : `${t.planYear[i]}年度`) : MISSING),
    fact('startDate', date(t.startDay[i], t.startMonthOnly[i])),
    fact('completionDate', date(t.completionDay[i], t.completionMonthOnly[i])),
    fact('acceptanceDate', date(t.acceptanceDay[i], t.acceptanceMonthOnly[i])),
    fact(
      'investmentYuan',
      lang === 'en' ? num(t.investmentYuan[i], ' yuan') : num(t.investmentYuan[i] / 10_000, '万元', DEC),
    ),
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
export function buildingKeyFacts(t: BuildingTable, i: number, lang: FactLang = 'zh'): Fact[] {
  const name = dictValue(t.name, i) || t.id[i];
  const u = UNITS[lang];
  return [
    fact('name', name),
    fact('community', dictValue(t.community, i)),
    fact('street', dictValue(t.street, i)),
    fact('buildYear', buildYearText(rowYear(t, i), lang)),
    fact('households', num(t.households[i], u.households)),
    fact('floorAreaM2', num(t.floorAreaM2[i], u.m2, DEC)),
    fact('grade', gradeText(t.grade[i], lang)),
    fact('stage', stageText(t.stage[i], lang)),
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
export function communityKeyFacts(
  c: Community,
  ci: number,
  totals: CommunityTotals,
  leastStage: number,
  lang: FactLang = 'zh',
): Fact[] {
  const rows = totals.buildings[ci] > 0;
  const u = UNITS[lang];
  const a = c.attrs;
  return [
    fact('community', c.name),
    fact('communityId', c.id),
    fact('street', c.street),
    fact('shequ', c.shequ),
    fact('buildingCount', num(rows ? totals.buildings[ci] : a.buildingCount, u.buildings)),
    fact('households', num(rows ? totals.households[ci] : a.households, u.households)),
    fact('floorAreaM2', num(rows ? totals.floorAreaM2[ci] : a.floorAreaM2, u.m2, DEC)),
    { key: 'leastStage', zh: '进度（最慢楼栋）', en: 'Stage (least advanced)', value: stageText(leastStage, lang) },
  ];
}
