/**
 * The record fields of buildings and communities and the header words that name them,
 * in Chinese and English, as offices write them (DOMAIN.md "How users' data arrive").
 */
import { normalizeCell } from './parse-values.ts';

/** How a field's cells are read. */
export type FieldKind =
  'text' | 'quantity' | 'coord' | 'year' | 'grade' | 'yesno' | 'types' | 'stage' | 'planYear' | 'date';

export interface FieldDef {
  key: FieldKey;
  kind: FieldKind;
  /** Chinese label, as in the published plan tables. */
  zh: string;
  en: string;
  /** Header words (normalized: half-width, lower-case, no spaces). */
  words: readonly string[];
}

export type FieldKey =
  | 'id'
  | 'seq'
  | 'name'
  | 'communityId'
  | 'community'
  | 'street'
  | 'shequ'
  | 'area'
  | 'lng'
  | 'lat'
  | 'buildYear'
  | 'floors'
  | 'buildingCount'
  | 'households'
  | 'floorAreaM2'
  | 'grade'
  | 'completeUnits'
  | 'types'
  | 'stage'
  | 'planYear'
  | 'startDate'
  | 'completionDate'
  | 'acceptanceDate'
  | 'investmentYuan';

export const FIELDS: readonly FieldDef[] = [
  {
    key: 'id',
    kind: 'text',
    zh: '楼栋编号',
    en: 'Building ID',
    words: [
      '楼栋编号',
      '编号',
      '楼栋id',
      '楼栋代码',
      '建筑编号',
      '房屋编号',
      'id',
      'buildingid',
      'building id',
      'bldgid',
      'bldg id',
      'code',
      'fid',
    ],
  },
  { key: 'seq', kind: 'text', zh: '序号', en: 'No.', words: ['序号', '序', 'no', 'no.', 'seq', '#'] },
  {
    key: 'name',
    kind: 'text',
    zh: '楼号',
    en: 'Building',
    words: [
      '楼号',
      '楼栋',
      '楼栋号',
      '楼栋名称',
      '楼栋名',
      '幢号',
      '名称',
      'name',
      'building',
      'building name',
      'building no',
      'building no.',
    ],
  },
  {
    key: 'communityId',
    kind: 'text',
    zh: '小区编号',
    en: 'Community ID',
    words: ['小区编号', '小区代码', '小区id', '项目编号', 'community id', 'communityid', 'community code', 'estate id'],
  },
  {
    key: 'community',
    kind: 'text',
    zh: '小区名称',
    en: 'Community',
    words: [
      '小区名称',
      '小区',
      '小区名',
      '项目名称',
      '小区(项目)名称',
      'community',
      'community name',
      'estate',
      'estate name',
      'neighbourhood',
      'neighborhood',
    ],
  },
  {
    key: 'street',
    kind: 'text',
    zh: '街道',
    en: 'Street office',
    words: [
      '街道',
      '街道办',
      '街道办事处',
      '街道(镇)',
      '街镇',
      '镇街',
      '镇(街道)',
      '乡镇',
      '乡镇街道',
      '乡镇(街道)',
      'street',
      'street office',
      'subdistrict',
      'sub-district',
      'town',
      'township',
    ],
  },
  {
    key: 'shequ',
    kind: 'text',
    zh: '社区',
    en: 'Residents’ committee',
    words: [
      '社区',
      '社区居委会',
      '居委会',
      '社区(村)',
      '所属社区',
      'shequ',
      'residents committee',
      'residents’ committee',
      "residents' committee",
      'neighbourhood committee',
      'neighborhood committee',
      'committee',
    ],
  },
  {
    key: 'area',
    kind: 'text',
    zh: '片区',
    en: 'Area',
    words: ['片区', '片区名称', '改造片区', 'area', 'zone', 'cluster', 'area name'],
  },
  {
    key: 'lng',
    kind: 'coord',
    zh: '经度',
    en: 'Longitude',
    words: ['经度', '东经', 'lng', 'lon', 'long', 'longitude', 'x', 'x坐标'],
  },
  { key: 'lat', kind: 'coord', zh: '纬度', en: 'Latitude', words: ['纬度', '北纬', 'lat', 'latitude', 'y', 'y坐标'] },
  {
    key: 'buildYear',
    kind: 'year',
    zh: '建成年代',
    en: 'Build year',
    words: [
      '建成年代',
      '建成年份',
      '建成年',
      '建成时间',
      '建成日期',
      '建设年代',
      '建设年份',
      '建造年代',
      '竣工年代',
      '竣工年份',
      '建筑年代',
      '年代',
      'build year',
      'year built',
      'built',
      'construction year',
      'built year',
      'completion year',
    ],
  },
  {
    key: 'floors',
    kind: 'quantity',
    zh: '层数',
    en: 'Floors',
    words: ['层数', '楼层', '楼层数', '地上层数', '总层数', 'floors', 'storeys', 'stories', 'levels'],
  },
  {
    key: 'buildingCount',
    kind: 'quantity',
    zh: '楼栋数',
    en: 'Buildings',
    words: ['楼栋数', '栋数', '楼栋数量', '幢数', 'buildings', 'building count', 'number of buildings'],
  },
  {
    key: 'households',
    kind: 'quantity',
    zh: '户数',
    en: 'Households',
    words: [
      '户数',
      '住户',
      '住户数',
      '总户数',
      '居民户数',
      '涉及户数',
      '涉及住户',
      'households',
      'household',
      'hh',
      'units',
      'dwellings',
    ],
  },
  {
    key: 'floorAreaM2',
    kind: 'quantity',
    zh: '建筑面积',
    en: 'Floor area',
    words: [
      '建筑面积',
      '总建筑面积',
      '房屋建筑面积',
      '改造面积',
      '面积',
      'floor area',
      'floorarea',
      'gfa',
      'area m2',
      'area_m2',
      'floor area m2',
    ],
  },
  {
    key: 'grade',
    kind: 'grade',
    zh: '安全等级',
    en: 'Safety grade',
    words: [
      '安全等级',
      '鉴定等级',
      '房屋安全等级',
      '危险性等级',
      '安全鉴定等级',
      '危房等级',
      '房屋等级',
      'safety grade',
      'grade',
      'safety',
    ],
  },
  {
    key: 'completeUnits',
    kind: 'yesno',
    zh: '是否成套',
    en: 'Complete units',
    words: [
      '是否成套',
      '成套',
      '成套住宅',
      '是否成套住宅',
      'complete units',
      'complete',
      'self-contained',
      'self contained',
    ],
  },
  {
    key: 'types',
    kind: 'types',
    zh: '改造类型',
    en: 'Renovation type',
    words: ['改造类型', '类型', '改造类别', '改造内容类型', 'renovation type', 'renovation types', 'type', 'types'],
  },
  {
    key: 'stage',
    kind: 'stage',
    zh: '改造进度',
    en: 'Stage',
    words: [
      '改造进度',
      '进度',
      '阶段',
      '改造阶段',
      '改造进度/阶段',
      '改造进度(阶段)',
      '当前阶段',
      '实施进度',
      '状态',
      '项目状态',
      'stage',
      'status',
      'progress',
      'phase',
    ],
  },
  {
    key: 'planYear',
    kind: 'planYear',
    zh: '计划年度',
    en: 'Plan year',
    words: [
      '计划年度',
      '年度',
      '改造年度',
      '计划年份',
      '实施年度',
      '批次',
      'plan year',
      'planyear',
      'programme year',
      'program year',
    ],
  },
  {
    key: 'startDate',
    kind: 'date',
    zh: '开工日期',
    en: 'Start date',
    words: ['开工日期', '开工时间', '开工', '实际开工日期', 'start date', 'start', 'started'],
  },
  {
    key: 'completionDate',
    kind: 'date',
    zh: '完工日期',
    en: 'Completion date',
    words: [
      '完工日期',
      '完工时间',
      '竣工日期',
      '竣工时间',
      '完成日期',
      'completion date',
      'completed date',
      'end date',
      'finish date',
    ],
  },
  {
    key: 'acceptanceDate',
    kind: 'date',
    zh: '验收日期',
    en: 'Acceptance date',
    words: ['验收日期', '验收时间', '竣工验收日期', 'acceptance date', 'accepted date', 'inspection date'],
  },
  {
    key: 'investmentYuan',
    kind: 'quantity',
    zh: '总投资',
    en: 'Investment',
    words: ['总投资', '投资', '投资额', '总投资额', '改造投资', '计划投资', '投资估算', 'investment', 'budget', 'cost'],
  },
];

export const FIELD_BY_KEY: Readonly<Record<FieldKey, FieldDef>> = Object.fromEntries(
  FIELDS.map((f) => [f.key, f]),
) as Record<FieldKey, FieldDef>;

export interface HeaderMatch {
  /** The header as written. */
  header: string;
  /** The field it names, or null when no field word matched. */
  field: FieldKey | null;
  /** Multiplier from a unit in the header: 1e4 for （万平方米） or （万元）, else 1. */
  factor: number;
  /** The unit text found in the header, if any. */
  unit: string;
}

function normalizeHeaderWord(s: string): string {
  return normalizeCell(s.replace(/^\uFEFF/, ''))
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

const WORD_TO_FIELD: ReadonlyMap<string, FieldKey> = (() => {
  const m = new Map<string, FieldKey>();
  for (const f of FIELDS) for (const w of f.words) m.set(normalizeHeaderWord(w), f.key);
  return m;
})();

function unitFactor(unit: string): number {
  if (unit.includes('亿')) return 1e8;
  if (unit.includes('万')) return 1e4;
  if (/千(?!克)/.test(unit)) return 1e3;
  return 1;
}

const UNIT_WORDS = /(万平方米|平方米|万㎡|㎡|万平米|平米|万m²|万m2|m²|m2|万元|亿元|元|户|栋|幢|层|年)$/;

/**
 * Match one header to a field and read the unit it carries.
 * @example matchHeader('建筑面积（万平方米）') // { field: 'floorAreaM2', factor: 10000, unit: '万平方米', ... }
 */
export function matchHeader(header: string): HeaderMatch {
  const norm = normalizeHeaderWord(header);
  const direct = WORD_TO_FIELD.get(norm);
  if (direct) return { header, field: direct, factor: 1, unit: '' };
  let base = norm;
  let unit = '';
  // A unit in brackets: 建筑面积（万平方米）, floor area (m2), 户数[户]
  const bracket = base.match(/^(.*?)\s*[([{【]\s*([^)\]}】]*)\s*[)\]}】]\s*$/);
  if (bracket) {
    base = bracket[1];
    unit = bracket[2];
  } else {
    // ... or after a slash or underscore: 建筑面积/万㎡, area_m2
    const slash = base.match(
      /^(.*?)\s*[/_]\s*(万平方米|平方米|万㎡|㎡|万平米|平米|万m²|万m2|m²|m2|万元|亿元|元|户|栋|幢|层)$/,
    );
    if (slash) {
      base = slash[1];
      unit = slash[2];
    } else {
      // ... or stuck on the end: 建筑面积万平方米, 总投资万元
      const stuck = base.match(UNIT_WORDS);
      if (stuck && base.length > stuck[0].length && WORD_TO_FIELD.has(base.slice(0, -stuck[0].length))) {
        unit = stuck[0];
        base = base.slice(0, -unit.length);
      }
    }
  }
  const candidates = [
    base,
    base.replace(/^所属/, ''),
    base.replace(/(名称|名)$/, ''),
    base.replace(/^所属/, '').replace(/(名称|名)$/, ''),
  ];
  for (const c of candidates) {
    const field = WORD_TO_FIELD.get(c);
    if (field) return { header, field, factor: unitFactor(unit), unit };
  }
  return { header, field: null, factor: 1, unit };
}

/**
 * Match every header of a file. When two headers name the same field, the first keeps it
 * and the second is left unmatched (and kept as an extra column).
 */
export function matchHeaders(headers: readonly string[]): HeaderMatch[] {
  const taken = new Set<FieldKey>();
  return headers.map((h) => {
    const m = matchHeader(h);
    if (m.field === null) return m;
    if (taken.has(m.field)) return { ...m, field: null };
    taken.add(m.field);
    return m;
  });
}
