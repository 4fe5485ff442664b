/**
 * The second sample district: 梨树区 (鸡西市), its 2023 programme as 梨政办规〔2023〕3号 sets it:
 * one community, 10 buildings, 7.72万㎡, 874 households, in 街里街道, six dated steps. Data date
 * 2023-12-15.
 *
 * The district outline is real: data/boundaries/lishu-230305-gcj02.geojson (Aliyun DataV,
 * GCJ-02, see data/boundaries/SOURCES.md), converted here to WGS84 with gcoord. The community
 * and its buildings are synthetic, placed in the town centre inside that outline. Written by
 * data/generate-sample.ts (`npm run sample`) into data/sample-lishu/.
 *
 * The story the dates tell (for the date control): eight buildings on site by the 20 April
 * deadline and completed by the end of November; 9号楼 on site late (28 April) and completed
 * 28 November; 10号楼 on site late (6 May) and still in acceptance at the data date, so the
 * community is overdue on the last step.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import gcoord from 'gcoord';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';

export const LISHU_DATA_DATE = '2023-12-15';
const OUTLINE_FILE = 'lishu-230305-gcj02.geojson';

/** The programme's figures (梨政办规〔2023〕3号 二、目标任务). */
export const LISHU_TARGETS = { communities: 1, buildings: 10, households: 874, floorAreaM2: 77200 } as const;

/**
 * The six dated steps of 梨政办规〔2023〕3号 (三、实施步骤), each with the stage a building should
 * have reached by its end; the 薛城 sample's 2023 programme borrows them.
 */
export const LISHU_STEPS_2023 = [
  { key: 'plan', name: '制定年度改造实施方案', stage: 'planned', start: '2023-01-01', end: '2023-02-28' },
  { key: 'design', name: '编制施工图设计文件', stage: 'design', start: '2023-03-01', end: '2023-03-31' },
  { key: 'demolition', name: '拆除违建', stage: 'demolition', start: '2023-04-01', end: '2023-04-15' },
  { key: 'tender', name: '施工及全过程咨询服务企业招标', stage: 'tender', start: '2023-04-01', end: '2023-04-15' },
  { key: 'construction', name: '进场施工', stage: 'construction', start: '2023-04-16', end: '2023-04-20' },
  { key: 'acceptance', name: '竣工验收', stage: 'completed', start: '2023-04-21', end: '2023-11-30' },
] as const;

const STREET = '街里街道';
const SHEQU = '和平社区';
const COMMUNITY = '和平小区';
const COMMUNITY_ID = 'LS-JL-001';
/** Community centre, WGS84: about 500 m north-east of the district government (DataV `center`, converted). */
const CENTRE_OFFSET_M: [number, number] = [420, 260];
const ROTATE_DEG = 12;

interface LishuBuilding {
  floors: number;
  households: number;
  year: string;
  grade: string;
  stage: string;
  start: string;
  finish: string;
  accept: string;
}

const BUILDINGS: readonly LishuBuilding[] = [
  {
    floors: 6,
    households: 84,
    year: '1988',
    grade: 'B',
    stage: '已完工',
    start: '2023-04-18',
    finish: '2023-09-12',
    accept: '2023-10-20',
  },
  {
    floors: 6,
    households: 96,
    year: '1988年',
    grade: 'B',
    stage: '已完工',
    start: '2023-04-18',
    finish: '2023-09-15',
    accept: '2023-10-20',
  },
  {
    floors: 6,
    households: 72,
    year: '1990',
    grade: 'C级',
    stage: '已完工',
    start: '2023-04-19',
    finish: '2023-10-08',
    accept: '2023-11-06',
  },
  {
    floors: 7,
    households: 98,
    year: '1992',
    grade: 'B',
    stage: '已完工',
    start: '2023-04-19',
    finish: '2023-10-10',
    accept: '2023-11-06',
  },
  {
    floors: 6,
    households: 84,
    year: '1992',
    grade: 'B',
    stage: '已完工',
    start: '2023-04-19',
    finish: '2023-10-26',
    accept: '2023-11-24',
  },
  {
    floors: 6,
    households: 90,
    year: '1993',
    grade: 'A',
    stage: '已完工',
    start: '2023-04-20',
    finish: '2023-10-30',
    accept: '2023-11-24',
  },
  {
    floors: 7,
    households: 98,
    year: '1995',
    grade: 'B',
    stage: '已完工',
    start: '2023-04-20',
    finish: '2023-11-14',
    accept: '2023-12-08',
  },
  {
    floors: 6,
    households: 84,
    year: '1995',
    grade: 'B',
    stage: '已完工',
    start: '2023-04-20',
    finish: '2023-11-20',
    accept: '',
  },
  {
    floors: 6,
    households: 84,
    year: '1997',
    grade: 'B',
    stage: '已完工',
    start: '2023-04-28',
    finish: '2023-11-28',
    accept: '',
  },
  {
    floors: 6,
    households: 84,
    year: '1998',
    grade: 'B',
    stage: '竣工验收',
    start: '2023-05-06',
    finish: '',
    accept: '',
  },
];

const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;
const fixed6 = (x: number): string => round6(x).toFixed(6);

/** Metres east/north of an origin at this latitude (equirectangular; fine over a few hundred metres). */
function offset(origin: Position, dx: number, dy: number): Position {
  const mLat = 111_132;
  const mLng = 111_320 * Math.cos((origin[1] * Math.PI) / 180);
  return [origin[0] + dx / mLng, origin[1] + dy / mLat];
}

function rotate(dx: number, dy: number): [number, number] {
  const a = (ROTATE_DEG * Math.PI) / 180;
  return [dx * Math.cos(a) - dy * Math.sin(a), dx * Math.sin(a) + dy * Math.cos(a)];
}

function pointInRing(p: Position, ring: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** The DataV outline converted to WGS84, coordinates to 6 decimals (about 0.1 m). */
export function lishuOutline(boundaryDir: string): { feature: Feature<MultiPolygon | Polygon>; centre: Position } {
  const raw = JSON.parse(readFileSync(join(boundaryDir, OUTLINE_FILE), 'utf8')) as FeatureCollection<
    MultiPolygon | Polygon
  >;
  const f = raw.features[0];
  // gcoord.transform changes GeoJSON in place: give it a copy.
  const geometry = gcoord.transform(
    structuredClone(f.geometry) as unknown as Parameters<typeof gcoord.transform>[0],
    gcoord.GCJ02,
    gcoord.WGS84,
  ) as unknown as MultiPolygon | Polygon;
  const roundRing = (r: Position[]): Position[] => r.map((p) => [round6(p[0]), round6(p[1])]);
  const rounded: MultiPolygon | Polygon =
    geometry.type === 'Polygon'
      ? { type: 'Polygon', coordinates: geometry.coordinates.map(roundRing) }
      : { type: 'MultiPolygon', coordinates: geometry.coordinates.map((poly) => poly.map(roundRing)) };
  const props = (f.properties ?? {}) as { center?: Position; name?: string; adcode?: number };
  const centre = gcoord.transform(
    [...(props.center ?? [130.697781, 45.092195])] as [number, number],
    gcoord.GCJ02,
    gcoord.WGS84,
  ) as Position;
  return {
    feature: {
      type: 'Feature',
      properties: {
        name: props.name ?? '梨树区',
        adcode: props.adcode ?? 230305,
        level: 'district',
        crs: 'WGS84（由 GCJ-02 转换 converted from GCJ-02）',
      },
      geometry: rounded,
    },
    centre,
  };
}

/** The four files of data/sample-lishu, in memory. */
export function generateLishu(boundaryDir: string): Map<string, string> {
  const { feature, centre } = lishuOutline(boundaryDir);
  const outer =
    feature.geometry.type === 'Polygon' ? feature.geometry.coordinates[0] : feature.geometry.coordinates[0][0];
  const origin = offset(centre, ...CENTRE_OFFSET_M);
  const at = (dx: number, dy: number): Position => offset(origin, ...rotate(dx, dy));

  // The community: a 330 m × 210 m block; buildings in two rows of five.
  const ring = [at(-165, -105), at(165, -105), at(165, 105), at(-165, 105), at(-165, -105)];
  const spots = BUILDINGS.map((_, i) => at(-120 + (i % 5) * 60, i < 5 ? 45 : -45));
  for (const p of [...ring, ...spots])
    if (!pointInRing(p, outer)) throw new Error(`梨树 sample: ${p.join(',')} is outside the district outline`);

  // Floor areas in tenths of m², proportional to households, summing to the target exactly.
  const hh = BUILDINGS.map((b) => b.households);
  const totalHh = hh.reduce((a, b) => a + b, 0);
  if (totalHh !== LISHU_TARGETS.households) throw new Error(`梨树 sample: ${totalHh} households`);
  const tenths = hh.map((h) => Math.round((h * LISHU_TARGETS.floorAreaM2 * 10) / totalHh));
  tenths[tenths.length - 1] += LISHU_TARGETS.floorAreaM2 * 10 - tenths.reduce((a, b) => a + b, 0);

  const header = [
    '楼栋编号',
    '小区编号',
    '小区名称',
    '楼号',
    '街道',
    '社区',
    '经度',
    '纬度',
    '建成年代',
    '层数',
    '户数',
    '建筑面积（平方米）',
    '安全等级',
    '是否成套',
    '改造类型',
    '改造进度',
    '计划年度',
    '开工日期',
    '完工日期',
    '验收日期',
  ];
  const rows = BUILDINGS.map((b, i) => [
    `${COMMUNITY_ID}-${String(i + 1).padStart(2, '0')}`,
    COMMUNITY_ID,
    COMMUNITY,
    `${i + 1}号楼`,
    STREET,
    SHEQU,
    fixed6(spots[i][0]),
    fixed6(spots[i][1]),
    b.year,
    String(b.floors),
    String(b.households),
    (tenths[i] / 10).toFixed(1),
    b.grade,
    '是',
    '基础类、完善类',
    b.stage,
    '2023',
    b.start,
    b.finish,
    b.accept,
  ]);
  const csv = `\uFEFF${[header, ...rows].map((r) => r.join(',')).join('\r\n')}\r\n`;

  const communityRing = `[${ring.map((p) => `[${fixed6(p[0])},${fixed6(p[1])}]`).join(',')}]`;
  const communities = `{"type":"FeatureCollection","features":[\n{"type":"Feature","properties":{"小区编号":"${COMMUNITY_ID}","小区名称":"${COMMUNITY}","街道":"${STREET}","社区":"${SHEQU}"},"geometry":{"type":"Polygon","coordinates":[${communityRing}]}}\n]}\n`;

  const district = `${JSON.stringify({ type: 'FeatureCollection', features: [feature] })}\n`;

  const programme = {
    kind: 'renovation-programme',
    name: '梨树区2023年城镇老旧小区改造',
    district: '梨树区',
    year: 2023,
    source: '梨政办规〔2023〕3号《鸡西市梨树区2023年城镇老旧小区改造工作实施方案》',
    targets: { ...LISHU_TARGETS, streets: [STREET] },
    steps: LISHU_STEPS_2023,
  };

  return new Map([
    ['buildings.csv', csv],
    ['communities.geojson', communities],
    ['district.geojson', district],
    ['programme-2023.json', `${JSON.stringify(programme, null, 2)}\n`],
  ]);
}
