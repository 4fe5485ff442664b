/**
 * Deterministic generator for the bundled sample district: 薛城区 (枣庄市), data date 2023-09-30.
 *
 *   npx tsx data/generate-sample.ts [outDir] [lishuDir]   (defaults: data/sample, data/sample-lishu)
 *   npm run sample
 *
 * It also writes the second sample district, 梨树区 (data/generate-lishu.ts).
 *
 * Everything is synthetic except the street/town polygons, which are read from
 * data/boundaries/xuecheng-370403-streets.geojson (WGS84, see data/boundaries/SOURCES.md).
 * The 2022 programme reproduces the figures of 薛政办字〔2022〕4号 exactly (56 小区, 7663 户,
 * 90.12万㎡); the 2023 programme follows the six-step schedule of 梨政办规〔2023〕3号.
 *
 * Same input, same bytes: a seeded PRNG (mulberry32), no clock, fixed key order and number formats.
 * `generateSample()` returns the files in memory (for a test that compares them with the committed
 * ones); only the CLI entry at the bottom writes to disk.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  type BBox,
  type PolygonCoords,
  type Position,
  type Ring,
  Rng,
  bboxesOverlap,
  expandBBox,
  offsetMetres,
  orientRing,
  pointBoundaryMetres,
  pointInPolygon,
  pointInRing,
  ringBoundaryGapMetres,
  ringSignedArea,
  ringsBBox,
  round6,
  roundPos,
} from './sample-geometry';
import { LISHU_STEPS_2023, generateLishu } from './generate-lishu';

const SEED = 370403;
export const DATA_DATE = '2023-09-30';
const BOUNDARY_FILE = 'xuecheng-370403-streets.geojson';

/** The 2022 targets of 薛政办字〔2022〕4号. */
const TARGET_2022 = { communities: 56, households: 7663, floorAreaM2: 901200 } as const;

/**
 * The 2023 sample programme's targets per street office, as a higher level hands them down before
 * the list of buildings is drawn up: round figures of communities and households, not the list's
 * own totals (a target copied from the list would read 100% met on every card). Most offices'
 * lists land near their target; 周营镇's list is one community and about 200 households short.
 * The district's targets are these summed, with a floor area of 60万㎡ and no buildings target.
 */
const TARGET_2023_BY_STREET: Readonly<Record<string, { communities: number; households: number }>> = {
  临城街道: { communities: 6, households: 1400 },
  常庄街道: { communities: 5, households: 1200 },
  新城街道: { communities: 4, households: 1300 },
  兴仁街道: { communities: 6, households: 1900 },
  张范街道: { communities: 4, households: 1200 },
  沙沟镇: { communities: 2, households: 300 },
  陶庄镇: { communities: 3, households: 600 },
  周营镇: { communities: 2, households: 400 },
  邹坞镇: { communities: 2, households: 300 },
};
const TARGET_2023_FLOOR_AREA_M2 = 600_000;

// ---------------------------------------------------------------------------
// Streets, zones and how many communities of each kind go where

/** p2022/p2023/p2024: in that year's programme; old: built ≤ 2000, in no plan; new: built 2001–2018. */
type Category = 'p2022' | 'p2023' | 'p2024' | 'old' | 'new';
const CATEGORIES: readonly Category[] = ['p2022', 'p2023', 'p2024', 'old', 'new'];

interface ZoneDef {
  center: Position;
  /** Standard deviation of community centres around the zone centre, metres. */
  spreadM: number;
  counts: Partial<Record<Category, number>>;
  /** 2022 片区 and its namesake 社区 and anchor 小区. */
  pianqu?: string;
  anchorShequ?: string;
  anchorName?: string;
}

interface StreetDef {
  name: string;
  boundaryName: string;
  abbr: string;
  /** Towns prefix unit names with the town name ("沙沟供销社宿舍"). */
  town: string;
  shequ: readonly string[];
  /** How this office writes "not in any plan". */
  noneWord: string;
  zones: readonly ZoneDef[];
}

const STREETS: readonly StreetDef[] = [
  {
    name: '临城街道',
    boundaryName: '临城街道',
    abbr: 'LC',
    town: '',
    shequ: ['八一社区', '临山社区', '黄河社区', '泰山社区', '珠江社区', '人民社区', '燕山社区', '华山社区', '铁道社区'],
    noneWord: '未纳入',
    zones: [
      {
        center: [117.238, 34.807],
        spreadM: 420,
        counts: { p2022: 13 },
        pianqu: '八一片区',
        anchorShequ: '八一社区',
        anchorName: '八一小区',
      },
      {
        center: [117.256, 34.792],
        spreadM: 420,
        counts: { p2022: 13 },
        pianqu: '临山片区',
        anchorShequ: '临山社区',
        anchorName: '临山小区',
      },
      { center: [117.246, 34.8], spreadM: 850, counts: { p2023: 6, p2024: 2, old: 20, new: 14 } },
    ],
  },
  {
    name: '常庄街道',
    boundaryName: '常庄镇',
    abbr: 'CZ',
    town: '',
    shequ: ['海河社区', '长江社区', '常庄社区', '永福社区', '汉江社区', '矿建社区', '振兴社区', '利民社区'],
    noneWord: '未列入',
    zones: [
      {
        center: [117.243, 34.768],
        spreadM: 380,
        counts: { p2022: 9 },
        pianqu: '海河片区',
        anchorShequ: '海河社区',
        anchorName: '海河花园',
      },
      {
        center: [117.268, 34.768],
        spreadM: 380,
        counts: { p2022: 7 },
        pianqu: '长江片区',
        anchorShequ: '长江社区',
        anchorName: '长江小区',
      },
      { center: [117.21, 34.787], spreadM: 1000, counts: { p2023: 5, p2024: 2, old: 12, new: 13 } },
    ],
  },
  {
    name: '新城街道',
    boundaryName: '兴城街道',
    abbr: 'XN',
    town: '',
    shequ: ['光明社区', '嵩山社区', '衡山社区', '武夷山社区', '兴城社区', '新城社区', '泰和社区', '凤凰社区'],
    noneWord: '',
    zones: [
      {
        center: [117.338, 34.814],
        spreadM: 480,
        counts: { p2022: 14 },
        pianqu: '光明片区',
        anchorShequ: '光明社区',
        anchorName: '光明小区',
      },
      { center: [117.35, 34.815], spreadM: 1200, counts: { p2023: 4, p2024: 1, old: 10, new: 15 } },
    ],
  },
  {
    name: '兴仁街道',
    boundaryName: '兴仁街道',
    abbr: 'XR',
    town: '',
    shequ: ['兴仁社区', '德仁社区', '仁和社区', '奚仲社区', '昌盛社区', '东关社区', '太行社区'],
    noneWord: '未纳入',
    zones: [{ center: [117.29, 34.805], spreadM: 1100, counts: { p2023: 6, p2024: 2, old: 14, new: 18 } }],
  },
  {
    name: '张范街道',
    boundaryName: '张范街道',
    abbr: 'ZF',
    town: '',
    shequ: ['张范社区', '东风社区', '前进社区', '杨庄社区', '新华社区'],
    noneWord: '未列入',
    zones: [{ center: [117.42, 34.81], spreadM: 1200, counts: { p2023: 4, p2024: 1, old: 10, new: 15 } }],
  },
  {
    name: '沙沟镇',
    boundaryName: '沙沟镇',
    abbr: 'ST',
    town: '沙沟',
    shequ: ['沙沟社区', '南沙社区', '北沙社区'],
    noneWord: '',
    zones: [{ center: [117.31, 34.74], spreadM: 800, counts: { p2023: 2, p2024: 1, old: 7, new: 6 } }],
  },
  {
    name: '陶庄镇',
    boundaryName: '陶庄镇',
    abbr: 'TZ',
    town: '陶庄',
    shequ: ['陶庄社区', '矿区社区', '东陶社区'],
    noneWord: '未纳入',
    zones: [{ center: [117.28, 34.862], spreadM: 700, counts: { p2023: 3, p2024: 1, old: 9, new: 5 } }],
  },
  {
    name: '周营镇',
    boundaryName: '周营镇',
    abbr: 'ZY',
    town: '周营',
    shequ: ['周营社区', '东营社区'],
    noneWord: '',
    zones: [{ center: [117.38, 34.68], spreadM: 750, counts: { p2023: 1, old: 6, new: 5 } }],
  },
  {
    name: '邹坞镇',
    boundaryName: '邹坞镇',
    abbr: 'ZW',
    town: '邹坞',
    shequ: ['邹坞社区', '北邹社区', '中邹社区'],
    noneWord: '未列入',
    zones: [{ center: [117.43, 34.895], spreadM: 800, counts: { p2023: 2, old: 8, new: 6 } }],
  },
];

// ---------------------------------------------------------------------------
// Stages, words and the 2023 schedule

type Stage = 'none' | 'planned' | 'design' | 'demolition' | 'tender' | 'construction' | 'acceptance' | 'completed';
const STAGE_ORDER: readonly Stage[] = [
  'planned',
  'design',
  'demolition',
  'tender',
  'construction',
  'acceptance',
  'completed',
];

/** Words offices write in 改造进度, with weights (see shared DOMAIN.md). */
const STAGE_WORDS: Record<Exclude<Stage, 'none'>, readonly (readonly [string, number])[]> = {
  planned: [
    ['已纳入计划', 3],
    ['方案编制', 2],
  ],
  design: [['施工图设计', 1]],
  demolition: [['拆除违建', 1]],
  tender: [['招投标', 1]],
  construction: [
    ['施工中', 3],
    ['进场施工', 2],
    ['在建', 2],
  ],
  acceptance: [
    ['竣工验收', 3],
    ['检查验收', 2],
  ],
  completed: [
    ['已完工', 5],
    ['竣工', 3],
    ['已完成', 2],
  ],
};

/** Base stage of each 2023 community as of 2023-09-30 (shuffled onto the communities). */
const STAGES_2023: readonly (readonly [Stage, number])[] = [
  ['planned', 2],
  ['design', 3],
  ['demolition', 2],
  ['tender', 3],
  ['construction', 11],
  ['acceptance', 4],
  ['completed', 8],
];

const RENOVATION_TYPES: readonly (readonly [string, number])[] = [
  ['基础类', 30],
  ['基础类、完善类', 55],
  ['完善类', 10],
  ['基础类、完善类、提升类', 5],
];

/** 元 per m² of floor area by renovation type. */
const COST_PER_M2: Record<string, readonly [number, number]> = {
  基础类: [300, 420],
  '基础类、完善类': [420, 560],
  完善类: [160, 260],
  '基础类、完善类、提升类': [560, 700],
};

// ---------------------------------------------------------------------------
// Names

const OLD_CORES = [
  '黄河',
  '泰山',
  '珠江',
  '永福',
  '铁道',
  '矿建',
  '建设',
  '幸福',
  '和平',
  '人民',
  '红旗',
  '东风',
  '向阳',
  '朝阳',
  '新华',
  '民生',
  '胜利',
  '团结',
  '文化',
  '育才',
  '振兴',
  '建华',
  '前进',
  '工农',
  '兴华',
  '兴隆',
  '丰收',
  '永安',
  '长安',
  '燕山',
  '嵩山',
  '衡山',
  '华山',
  '昆仑',
  '太行',
  '淮河',
  '汉江',
  '湘江',
  '闽江',
  '沂河',
  '薛河',
  '蟠龙',
  '奚仲',
  '东方',
  '红星',
  '光华',
  '利民',
  '安康',
  '德仁',
  '北关',
  '南关',
  '西关',
  '东关',
  '车站',
  '北站',
  '电厂',
  '文昌',
  '育红',
  '新建',
] as const;
const OLD_SUFFIXES: readonly (readonly [string, number])[] = [
  ['小区', 6],
  ['新村', 3],
  ['花园', 1],
  ['北区', 1],
  ['南区', 1],
];
const UNITS = [
  '机务段',
  '车务段',
  '工务段',
  '电务段',
  '供电局',
  '电业局',
  '实验小学',
  '实验中学',
  '第一中学',
  '第二中学',
  '区医院',
  '人民医院',
  '中医院',
  '粮食局',
  '税务局',
  '交通局',
  '水利局',
  '邮电局',
  '化肥厂',
  '棉纺厂',
  '啤酒厂',
  '水泥厂',
  '轴承厂',
  '造纸厂',
  '农机厂',
  '机械厂',
  '化工厂',
  '百货公司',
  '五金公司',
  '供销社',
  '信用社',
  '人民银行',
  '工商银行',
  '农业银行',
  '建设银行',
  '自来水公司',
  '煤炭公司',
  '物资局',
  '食品公司',
  '师范学校',
  '法院',
  '检察院',
  '公安局',
  '财政局',
  '棉麻公司',
  '酒厂',
  '建筑公司',
  '房管所',
  '燃料公司',
  '运输公司',
  '糖酒公司',
  '卫生防疫站',
  '广播电视局',
  '文化馆',
] as const;
const UNIT_SUFFIXES: readonly (readonly [string, number])[] = [
  ['宿舍', 4],
  ['家属院', 4],
  ['家属楼', 1],
];
const TOWN_UNITS = [
  '供销社',
  '信用社',
  '中学',
  '中心小学',
  '卫生院',
  '粮所',
  '镇政府',
  '煤矿',
  '农机站',
  '食品站',
  '兽医站',
  '派出所',
  '邮电所',
  '税务所',
  '供电所',
  '水泥厂',
  '砖瓦厂',
  '林场',
] as const;
const ROADS = [
  '人民路',
  '黄河路',
  '泰山路',
  '珠江路',
  '燕山路',
  '长江路',
  '海河路',
  '永福路',
  '临山路',
  '常庄路',
  '光明路',
  '德仁路',
  '昌盛路',
  '奚仲路',
  '嵩山路',
  '衡山路',
  '武夷山路',
  '沂河路',
  '淮河路',
  '兴仁路',
] as const;
const NEW_CORES = [
  '阳光',
  '锦绣',
  '丽景',
  '御景',
  '翡翠',
  '书香',
  '怡和',
  '福康',
  '凤凰',
  '金河',
  '银河',
  '金泰',
  '华府',
  '嘉和',
  '馨和',
  '盛世',
  '和谐',
  '天泽',
  '宏达',
  '福润',
  '兴业',
  '鑫源',
  '荣华',
  '润泽',
  '景和',
  '瑞景',
  '泰和',
  '康城',
  '名仕',
  '清华',
  '东湖',
  '西湖',
  '南湖',
  '龙泉',
  '金鼎',
  '银座',
  '汇丰',
  '永盛',
  '民安',
  '丰泽',
  '佳和',
  '惠民',
  '富华',
  '锦华',
  '祥和',
  '紫薇',
  '桃源',
  '杏林',
  '梨花',
  '枣香',
  '翠竹',
  '青檀',
  '凤鸣',
  '龙潭',
  '福泰',
  '安泰',
  '恒泰',
  '华泰',
  '盛泰',
  '新泰',
] as const;
const NEW_SUFFIXES: readonly (readonly [string, number])[] = [
  ['花园', 4],
  ['家园', 3],
  ['嘉园', 2],
  ['苑', 3],
  ['华庭', 1],
  ['名居', 1],
  ['小区', 2],
  ['新城', 1],
  ['佳苑', 1],
];

// ---------------------------------------------------------------------------
// Boundary input

interface StreetShape {
  def: StreetDef;
  /** Geometry as written to streets.geojson (rounded to 6 decimals, orientation as in the source). */
  ring: Ring;
  bbox: BBox;
}

function isPosition(v: unknown): v is Position {
  return Array.isArray(v) && v.length >= 2 && typeof v[0] === 'number' && typeof v[1] === 'number';
}

function readStreetRings(boundaryDir: string): Map<string, Ring> {
  const raw: unknown = JSON.parse(readFileSync(join(boundaryDir, BOUNDARY_FILE), 'utf8'));
  const out = new Map<string, Ring>();
  if (typeof raw !== 'object' || raw === null || !('features' in raw) || !Array.isArray(raw.features)) {
    throw new Error(`${BOUNDARY_FILE}: not a FeatureCollection`);
  }
  for (const f of raw.features as unknown[]) {
    if (typeof f !== 'object' || f === null || !('properties' in f) || !('geometry' in f))
      throw new Error('bad feature');
    const props = f.properties;
    const geom = f.geometry;
    if (typeof props !== 'object' || props === null || !('name' in props) || typeof props.name !== 'string') {
      throw new Error('feature without a name');
    }
    if (
      typeof geom !== 'object' ||
      geom === null ||
      !('type' in geom) ||
      geom.type !== 'Polygon' ||
      !('coordinates' in geom)
    ) {
      throw new Error(`${props.name}: expected a Polygon`);
    }
    const coords = geom.coordinates;
    if (!Array.isArray(coords) || coords.length !== 1 || !Array.isArray(coords[0])) {
      throw new Error(`${props.name}: expected one ring`);
    }
    const ring: Ring = [];
    for (const p of coords[0] as unknown[]) {
      if (!isPosition(p)) throw new Error(`${props.name}: bad position`);
      const q = roundPos([p[0], p[1]]);
      const last = ring[ring.length - 1];
      if (last === undefined || last[0] !== q[0] || last[1] !== q[1]) ring.push(q);
    }
    out.set(props.name, ring);
  }
  return out;
}

// ---------------------------------------------------------------------------
// Communities

type ShapeKind = 'quad' | 'multi' | 'hole';

interface CommunitySpec {
  street: StreetDef;
  zone: ZoneDef;
  category: Category;
  era: number;
  highRise: boolean;
  nBuildings: number;
  shape: ShapeKind;
  name: string;
  pianqu: string;
  /** 2023 community built after 2000 and appraised C (eligible by safety grade). */
  allGradeC: boolean;
}

interface Community {
  spec: CommunitySpec;
  id: string;
  shequ: string;
  eraText: string;
  /** One or more polygons: [outer ccw, holes cw], rounded to 6 decimals. */
  parts: PolygonCoords[];
  partBoxes: BBox[];
  center: Position;
  /** Building positions, in 楼号 order. */
  buildingSpots: Position[];
}

function uniqueName(rng: Rng, used: Set<string>, make: () => string): string {
  for (let i = 0; i < 200; i++) {
    const n = make();
    if (!used.has(n)) {
      used.add(n);
      return n;
    }
  }
  // Fall back on numbered yards, which never run out.
  for (let n = 1; ; n++) {
    const name = `${rng.pick(ROADS)}${n}号院`;
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
  }
}

function makeName(rng: Rng, used: Set<string>, street: StreetDef, category: Category, era: number): string {
  const newBuild = category === 'new' || era > 2000;
  if (street.town !== '') {
    return uniqueName(rng, used, () => {
      if (newBuild) return `${street.town}${rng.pick(NEW_CORES)}${rng.weighted(NEW_SUFFIXES)}`;
      const r = rng.float();
      if (r < 0.55) return `${street.town}${rng.pick(TOWN_UNITS)}${rng.weighted(UNIT_SUFFIXES)}`;
      if (r < 0.8) return `${street.town}${rng.pick(['新村', '小区', '东村', '西村', '南村', '北村'])}`;
      return `${street.town}${rng.pick(OLD_CORES)}${rng.weighted(OLD_SUFFIXES)}`;
    });
  }
  return uniqueName(rng, used, () => {
    if (newBuild) return `${rng.pick(NEW_CORES)}${rng.weighted(NEW_SUFFIXES)}`;
    const r = rng.float();
    if (r < 0.4) return `${rng.pick(OLD_CORES)}${rng.weighted(OLD_SUFFIXES)}`;
    if (r < 0.75) return `${rng.pick(UNITS)}${rng.weighted(UNIT_SUFFIXES)}`;
    return `${rng.pick(ROADS)}${rng.int(1, 40)}号院`;
  });
}

function drawEra(rng: Rng, category: Category, town: boolean): number {
  switch (category) {
    case 'p2022':
      return rng.weighted([
        [rng.int(1980, 1984), 1],
        [rng.int(1985, 1994), 5],
        [rng.int(1995, 2000), 4],
      ]);
    case 'p2023':
      return rng.weighted([
        [rng.int(1978, 1984), 2],
        [rng.int(1985, 1994), 5],
        [rng.int(1995, 2000), 3],
      ]);
    case 'p2024':
      return rng.int(1988, 2000);
    case 'old':
      return town
        ? rng.weighted([
            [rng.int(1972, 1984), 3],
            [rng.int(1985, 2000), 5],
          ])
        : rng.weighted([
            [rng.int(1970, 1984), 2],
            [rng.int(1985, 1994), 4],
            [rng.int(1995, 2000), 4],
          ]);
    case 'new':
      return rng.weighted([
        [rng.int(2001, 2008), 4],
        [rng.int(2009, 2018), 5],
      ]);
  }
}

function drawBuildingCount(rng: Rng, category: Category, highRise: boolean): number {
  switch (category) {
    case 'p2022':
      return rng.weighted([
        [2, 1],
        [3, 2],
        [4, 3],
        [5, 4],
        [6, 4],
        [7, 3],
        [8, 2],
        [9, 1],
      ]);
    case 'p2023':
      return rng.int(4, 16);
    case 'p2024':
      return rng.int(3, 12);
    case 'old':
      return rng.weighted([
        [rng.int(2, 4), 15],
        [rng.int(5, 12), 40],
        [rng.int(13, 24), 30],
        [rng.int(25, 36), 15],
      ]);
    case 'new':
      return highRise ? rng.int(6, 20) : rng.int(10, 34);
  }
}

function buildSpecs(rng: Rng): CommunitySpec[] {
  const used = new Set<string>();
  // Reserve the 片区 anchor names first so that random draws never take them.
  for (const s of STREETS) for (const z of s.zones) if (z.anchorName !== undefined) used.add(z.anchorName);

  const specs: CommunitySpec[] = [];
  let postWarCPlaced = false;
  for (const street of STREETS) {
    for (const zone of street.zones) {
      for (const category of CATEGORIES) {
        const n = zone.counts[category] ?? 0;
        for (let i = 0; i < n; i++) {
          // One 2023 community in 兴仁 was built after 2000 and appraised C: eligible by grade.
          const allGradeC = category === 'p2023' && street.abbr === 'XR' && !postWarCPlaced;
          if (allGradeC) postWarCPlaced = true;
          const era = allGradeC ? 2003 : drawEra(rng, category, street.town !== '');
          const highRise = era >= 2009 && rng.chance(street.town === '' ? 0.75 : 0.4);
          const nBuildings = allGradeC ? 6 : drawBuildingCount(rng, category, highRise);
          const anchor = i === 0 && category === 'p2022' ? zone.anchorName : undefined;
          const name = anchor ?? makeName(rng, used, street, category, era);
          specs.push({
            street,
            zone,
            category,
            era,
            highRise,
            nBuildings,
            shape: 'quad',
            name,
            pianqu: category === 'p2022' ? (zone.pianqu ?? '') : '',
            allGradeC,
          });
        }
      }
    }
  }

  // A few MultiPolygons and a couple of polygons with a hole (a school yard cut out).
  const p2022Multi = rng.shuffle(specs.filter((s) => s.category === 'p2022' && s.nBuildings >= 6));
  p2022Multi[0].shape = 'multi';
  const big = rng.shuffle(specs.filter((s) => (s.category === 'old' || s.category === 'new') && s.nBuildings >= 12));
  for (let i = 0; i < 3; i++) big[i].shape = 'multi';
  for (let i = 3; i < 5; i++) big[i].shape = 'hole';
  return specs;
}

/** Rectangle-ish ring in local metres, centred on (cx, cy), before rotation. */
function localQuad(rng: Rng, cx: number, cy: number, w: number, h: number, irregular: boolean): Position[] {
  const j = (s: number): number => (irregular ? rng.range(-0.07, 0.07) * s : 0);
  const pts: Position[] = [
    [cx - w / 2 + j(w), cy - h / 2 + j(h)],
    [cx + w / 2 + j(w), cy - h / 2 + j(h)],
    [cx + w / 2 + j(w), cy + h / 2 + j(h)],
    [cx - w / 2 + j(w), cy + h / 2 + j(h)],
  ];
  if (irregular && rng.chance(0.2)) {
    // Cut one corner: a pentagon.
    const k = rng.int(0, 3);
    const prev = pts[(k + 3) % 4];
    const cur = pts[k];
    const next = pts[(k + 1) % 4];
    const t = rng.range(0.18, 0.3);
    const a: Position = [cur[0] + (prev[0] - cur[0]) * t, cur[1] + (prev[1] - cur[1]) * t];
    const b: Position = [cur[0] + (next[0] - cur[0]) * t, cur[1] + (next[1] - cur[1]) * t];
    pts.splice(k, 1, a, b);
  }
  return pts;
}

interface LocalLayout {
  /** Per part: [outer, ...holes] in local metres (unrotated), open rings. */
  parts: Position[][][];
  /** Per part: the rectangle used for the building grid. */
  grids: { cx: number; cy: number; w: number; h: number; n: number }[];
}

function clampSide(x: number): number {
  return Math.min(330, Math.max(85, x));
}

function layoutCommunity(rng: Rng, spec: CommunitySpec): LocalLayout {
  const cell = spec.highRise ? 1900 : spec.era > 2000 ? 1050 : 950;
  const area = spec.nBuildings * cell * rng.range(1.0, 1.3) * (spec.shape === 'hole' ? 1.35 : 1);
  const aspect = rng.range(0.65, 1.55);
  const irregular = rng.chance(0.55);
  if (spec.shape === 'multi') {
    const nA = Math.ceil(spec.nBuildings / 2);
    const nB = spec.nBuildings - nA;
    const wA = clampSide(Math.sqrt((area / 2) * aspect));
    const hA = clampSide(area / 2 / wA);
    const wB = clampSide(wA * rng.range(0.8, 1.15));
    const hB = clampSide(hA * rng.range(0.8, 1.15));
    const gap = rng.range(22, 35); // a road between the two parts
    const cxA = -(wB + gap) / 2;
    const cxB = (wA + gap) / 2;
    const cyB = rng.range(-0.15, 0.15) * hA;
    return {
      parts: [[localQuad(rng, cxA, 0, wA, hA, false)], [localQuad(rng, cxB, cyB, wB, hB, false)]],
      grids: [
        { cx: cxA, cy: 0, w: wA, h: hA, n: nA },
        { cx: cxB, cy: cyB, w: wB, h: hB, n: nB },
      ],
    };
  }
  const w = clampSide(Math.sqrt(area * aspect));
  const h = clampSide(area / w);
  if (spec.shape === 'hole') {
    const hw = w * rng.range(0.28, 0.36);
    const hh = h * rng.range(0.3, 0.4);
    const hx = rng.range(-1, 1) * Math.max(0, w / 2 - hw / 2 - 25);
    const hy = rng.range(-1, 1) * Math.max(0, h / 2 - hh / 2 - 25);
    return {
      parts: [[localQuad(rng, 0, 0, w, h, false), localQuad(rng, hx, hy, hw, hh, false)]],
      grids: [{ cx: 0, cy: 0, w, h, n: spec.nBuildings }],
    };
  }
  return { parts: [[localQuad(rng, 0, 0, w, h, irregular)]], grids: [{ cx: 0, cy: 0, w, h, n: spec.nBuildings }] };
}

function rotate(p: Position, cos: number, sin: number): Position {
  return [p[0] * cos - p[1] * sin, p[0] * sin + p[1] * cos];
}

/** Is the candidate inside its street (15 m clear of the boundary) and clear of every other street? */
function fitsStreet(parts: PolygonCoords[], own: StreetShape, streets: readonly StreetShape[]): boolean {
  for (const poly of parts) {
    const outer = poly[0];
    if (!pointInRing(outer[0], own.ring)) return false;
    if (ringBoundaryGapMetres(outer, own.ring, 20) < 15) return false;
    const box = ringsBBox([outer]);
    for (const other of streets) {
      if (other === own || !bboxesOverlap(box, other.bbox)) continue;
      if (outer.some((p) => pointInRing(p, other.ring))) return false;
      if (ringBoundaryGapMetres(outer, other.ring, 20) < 15) return false;
    }
  }
  return true;
}

const COMMUNITY_GAP_M = 12;

function placeCommunity(
  rng: Rng,
  spec: CommunitySpec,
  own: StreetShape,
  streets: readonly StreetShape[],
  placedBoxes: BBox[],
): { parts: PolygonCoords[]; partBoxes: BBox[]; center: Position; spots: Position[] } {
  const spreadFactor = spec.category === 'new' ? 1.25 : spec.category === 'old' ? 0.95 : 0.85;
  for (let attempt = 0; attempt < 1500; attempt++) {
    const layout = layoutCommunity(rng, spec);
    const spread = spec.zone.spreadM * spreadFactor * (1 + attempt / 250);
    const center = offsetMetres(spec.zone.center, rng.normal() * spread, rng.normal() * spread);
    const angle = rng.range(-15, 15) * (Math.PI / 180);
    const cos = Math.cos(angle);
    const sin = Math.sin(angle);
    const toLngLat = (p: Position): Position => {
      const r = rotate(p, cos, sin);
      return roundPos(offsetMetres(center, r[0], r[1]));
    };
    const parts: PolygonCoords[] = layout.parts.map((rings) =>
      rings.map((ring, k) => orientRing(ring.map(toLngLat), k === 0)),
    );
    const partBoxes = parts.map((poly) => expandBBox(ringsBBox([poly[0]]), COMMUNITY_GAP_M));
    if (partBoxes.some((b) => placedBoxes.some((o) => bboxesOverlap(b, o)))) continue;
    if (!fitsStreet(parts, own, streets)) continue;

    // Buildings: rows running east–west (the usual south-facing slabs), jittered.
    const spots: Position[] = [];
    let ok = true;
    layout.grids.forEach((g, gi) => {
      const poly = parts[gi];
      let picked: Position[] | undefined;
      for (let dense = 0; dense < 40 && picked === undefined; dense++) {
        const cols = Math.max(1, Math.ceil(Math.sqrt((g.n * g.w) / g.h))) + (dense >> 1);
        const rows = Math.max(1, Math.ceil(g.n / cols)) + ((dense + 1) >> 1);
        const sx = (g.w - 24) / cols;
        const sy = (g.h - 24) / rows;
        const candidates: Position[] = [];
        for (let r = rows - 1; r >= 0; r--) {
          for (let c = 0; c < cols; c++) {
            const x = g.cx - g.w / 2 + 12 + sx * (c + 0.5 + rng.range(-0.15, 0.15));
            const y = g.cy - g.h / 2 + 12 + sy * (r + 0.5 + rng.range(-0.12, 0.12));
            const p = toLngLat([x, y]);
            if (pointInPolygon(p, poly) && pointBoundaryMetres(p, poly) >= 8) candidates.push(p);
          }
        }
        if (candidates.length >= g.n) {
          picked = [];
          for (let i = 0; i < g.n; i++) picked.push(candidates[Math.floor((i * candidates.length) / g.n)]);
        }
      }
      if (picked === undefined) ok = false;
      else spots.push(...picked);
    });
    if (!ok) continue;
    return { parts, partBoxes, center: roundPos(center), spots };
  }
  throw new Error(`could not place ${spec.name} in ${spec.street.name}`);
}

function formatCommunityEra(rng: Rng, era: number): string {
  const r = rng.float();
  if (era <= 1999 && r < 0.14) return `${Math.floor((era % 100) / 10)}0年代`;
  if (r > 0.9) return `${era}年`;
  return String(era);
}

/**
 * 社区 by nearest seed: anchors at the 片区 centres, the rest started by farthest-point sampling,
 * then a few k-means rounds so that each 社区 is a compact group of neighbouring 小区.
 */
function assignShequ(street: StreetDef, communities: Community[]): void {
  const seeds: { name: string; at: Position }[] = [];
  for (const z of street.zones) if (z.anchorShequ !== undefined) seeds.push({ name: z.anchorShequ, at: z.center });
  const remaining = street.shequ.filter((n) => !seeds.some((s) => s.name === n));
  const d2 = (a: Position, b: Position): number => {
    const dx = (a[0] - b[0]) * 0.8247; // cos(34.8°): lng degrees are shorter
    const dy = a[1] - b[1];
    return dx * dx + dy * dy;
  };
  for (const name of remaining) {
    let best: Community | undefined;
    let bestD = -Infinity;
    for (const c of communities) {
      const d = seeds.length === 0 ? -c.center[1] : Math.min(...seeds.map((s) => d2(s.at, c.center)));
      if (d > bestD) {
        bestD = d;
        best = c;
      }
    }
    if (best === undefined) throw new Error(`${street.name}: no communities`);
    seeds.push({ name, at: best.center });
  }
  const nearest = (p: Position): (typeof seeds)[number] => {
    let best = seeds[0];
    for (const s of seeds) if (d2(s.at, p) < d2(best.at, p)) best = s;
    return best;
  };
  for (let round = 0; round < 8; round++) {
    const sums = new Map<string, [number, number, number]>();
    for (const c of communities) {
      const s = nearest(c.center);
      const acc = sums.get(s.name) ?? [0, 0, 0];
      sums.set(s.name, [acc[0] + c.center[0], acc[1] + c.center[1], acc[2] + 1]);
    }
    for (const s of seeds) {
      const acc = sums.get(s.name);
      if (acc !== undefined) s.at = [acc[0] / acc[2], acc[1] / acc[2]];
    }
  }
  for (const c of communities) c.shequ = nearest(c.center).name;
  const used = new Set(communities.map((c) => c.shequ));
  for (const name of street.shequ) if (!used.has(name)) throw new Error(`${street.name}: 社区 ${name} has no 小区`);
}

// ---------------------------------------------------------------------------
// Buildings

type Grade = '' | 'A' | 'B' | 'C' | 'D';

interface Building {
  community: Community;
  seq: number;
  pos: Position;
  year: number;
  month: number;
  floors: number;
  households: number;
  /** Floor area in tenths of a square metre (exact sums). */
  areaTenths: number;
  grade: Grade;
  complete: boolean;
  renovationType: string;
  stage: Stage;
  planYear: number;
  start: number | undefined;
  finish: number | undefined;
  accept: number | undefined;
  /** 元 per m² of floor area (0 when in no plan); 总投资 follows from the final floor area. */
  costPerM2: number;
  /** 总投资 in hundredths of 万元. */
  investHundredths: number | undefined;
  blankStreet: boolean;
  /** Kept on the building so that every format choice is drawn once, in order. */
  yearText: string;
  stageText: string;
  areaWithCommas: boolean;
  dateStyle: 'iso' | 'slash' | 'cn';
}

/** Days since 1970-01-01 for a y-m-d date (UTC, deterministic). */
function day(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / 86400000;
}

function formatDay(n: number, style: Building['dateStyle']): string {
  const dt = new Date(n * 86400000);
  const y = dt.getUTCFullYear();
  const m = dt.getUTCMonth() + 1;
  const d = dt.getUTCDate();
  if (style === 'slash') return `${y}/${m}/${d}`;
  if (style === 'cn') return `${y}年${m}月${d}日`;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function formatBuildingYear(rng: Rng, y: number, m: number): string {
  const r = rng.float();
  const decade = `${Math.floor((y % 100) / 10)}0年代`;
  if (r < 0.72) return String(y);
  if (r < 0.8) return `${y}年`;
  if (r < 0.86) return `${y}-${String(m).padStart(2, '0')}`;
  if (r < 0.92) return `${y}年${m}月`;
  if (r < 0.975) return y <= 1999 ? decade : String(y);
  if (r < 0.982) return y >= 1980 && y <= 1999 ? '八九十年代' : String(y);
  if (r < 0.989) return y <= 2000 ? '2000年底前' : String(y);
  return String(y);
}

function drawFloors(rng: Rng, year: number, highRise: boolean): number {
  if (year > 2000) {
    if (highRise)
      return rng.weighted([
        [11, 4],
        [12, 1],
        [15, 1],
        [16, 1],
        [17, 1],
        [18, 4],
      ]);
    return rng.weighted([
      [6, 7],
      [7, 3],
    ]);
  }
  if (year < 1980)
    return rng.weighted([
      [2, 1],
      [3, 3],
      [4, 4],
      [5, 2],
    ]);
  if (year < 1990)
    return rng.weighted([
      [3, 1],
      [4, 3],
      [5, 4],
      [6, 3],
    ]);
  return rng.weighted([
    [4, 1],
    [5, 3],
    [6, 6],
    [7, 2],
  ]);
}

function drawGrade(rng: Rng, year: number): Grade {
  if (year > 2000)
    return rng.weighted<Grade>([
      ['A', 85],
      ['B', 10],
      ['', 5],
    ]);
  return rng.weighted<Grade>([
    ['B', 60],
    ['A', 15],
    ['C', 15],
    ['', 10],
  ]);
}

function stageWord(rng: Rng, stage: Stage, street: StreetDef): string {
  if (stage === 'none') {
    if (rng.chance(0.8)) return street.noneWord;
    return rng.pick(['未纳入', '未列入', '']);
  }
  return rng.weighted(STAGE_WORDS[stage]);
}

function stageIndex(s: Stage): number {
  return STAGE_ORDER.indexOf(s);
}

function makeBuildings(rng: Rng, communities: Community[]): Building[] {
  const buildings: Building[] = [];
  // Base stage of each 2023 community.
  const base2023: Stage[] = [];
  for (const [stage, n] of STAGES_2023) for (let i = 0; i < n; i++) base2023.push(stage);
  const p2023 = communities.filter((c) => c.spec.category === 'p2023');
  if (p2023.length !== base2023.length) throw new Error(`2023: ${p2023.length} communities, ${base2023.length} stages`);
  const stageOf2023 = new Map<Community, Stage>();
  rng.shuffle(base2023).forEach((s, i) => stageOf2023.set(p2023[i], s));

  // 2022: a handful of buildings still in acceptance (no 验收日期 yet), in two 新城 communities.
  const xn2022 = rng.shuffle(communities.filter((c) => c.spec.category === 'p2022' && c.spec.street.abbr === 'XN'));
  const lateAll = xn2022.find((c) => c.spec.nBuildings <= 3);
  const lateTail = xn2022.find((c) => c !== lateAll && c.spec.nBuildings >= 4);
  if (lateAll === undefined || lateTail === undefined)
    throw new Error('2022: no communities for the late acceptance cases');

  for (const c of communities) {
    const spec = c.spec;
    const cat = spec.category;
    const inPlan = cat === 'p2022' || cat === 'p2023' || cat === 'p2024';
    const unitArea =
      cat === 'p2022'
        ? rng.range(100, 135)
        : spec.era > 2000
          ? rng.range(spec.highRise ? 95 : 85, spec.highRise ? 135 : 125)
          : spec.era < 1985
            ? rng.range(45, 65)
            : rng.range(58, 88);
    const renovationType = inPlan ? rng.weighted(RENOVATION_TYPES) : '';
    const [costLo, costHi] = COST_PER_M2[renovationType] ?? [0, 0];
    const cost = rng.range(costLo, costHi);
    // Dates shared by a community.
    const start2022 = day('2022-04-16') + rng.int(0, 55);
    const accept2022 = day('2022-10-16') + rng.int(0, 29);
    const base = stageOf2023.get(c) ?? 'none';
    const late2023 = base === 'construction' && rng.chance(0.35);
    const start2023 =
      stageIndex(base) >= stageIndex('construction')
        ? late2023
          ? day('2023-05-20') + rng.int(0, 80)
          : day('2023-04-20') + rng.int(0, base === 'construction' ? 25 : 12)
        : undefined;
    const accepted2023 = base === 'completed' && rng.chance(0.6);
    const roundWhole = cat !== 'p2022' && rng.chance(0.45);

    c.buildingSpots.forEach((pos, i) => {
      const year =
        spec.era > 2000
          ? Math.min(2018, Math.max(2001, spec.era + rng.int(-1, 2)))
          : Math.min(2000, Math.max(1965, spec.era + rng.int(-2, 2)));
      const month = rng.int(1, 12);
      const floors = drawFloors(rng, year, spec.highRise);
      const units = spec.highRise
        ? rng.int(1, 2)
        : rng.weighted([
            [1, 10],
            [2, 35],
            [3, 40],
            [4, 15],
          ]);
      const perFloor = spec.highRise
        ? rng.weighted([
            [2, 4],
            [3, 2],
            [4, 3],
          ])
        : rng.weighted([
            [2, 85],
            [3, 10],
            [1, 5],
          ]);
      const households = Math.max(2, floors * units * perFloor - (rng.chance(0.15) ? rng.int(1, 3) : 0));
      let areaTenths = Math.round(households * unitArea * rng.range(0.95, 1.05) * 10);
      if (roundWhole) areaTenths = Math.round(areaTenths / 10) * 10;
      const grade: Grade = spec.allGradeC ? 'C' : drawGrade(rng, year);

      let stage: Stage = 'none';
      let planYear = 0;
      let start: number | undefined;
      let finish: number | undefined;
      let accept: number | undefined;
      if (cat === 'p2022') {
        planYear = 2022;
        const isLate = c === lateAll || (c === lateTail && i >= c.buildingSpots.length - 2);
        stage = isLate ? 'acceptance' : 'completed';
        start = Math.min(start2022 + rng.int(0, 8), day('2022-06-30'));
        if (!isLate) {
          finish = Math.min(start + rng.int(85, 150), day('2022-10-14'));
          accept = Math.min(accept2022 + rng.int(0, 1), day('2022-11-15'));
        }
      } else if (cat === 'p2023') {
        planYear = 2023;
        let k = stageIndex(base);
        if (i > 0 && rng.chance(0.25))
          k = Math.min(STAGE_ORDER.length - 1, Math.max(0, k + (rng.chance(0.5) ? 1 : -1)));
        stage = STAGE_ORDER[k];
        if (stageIndex(stage) >= stageIndex('construction')) {
          start = Math.min(
            start2023 !== undefined ? start2023 + rng.int(0, 7) : day('2023-08-10') + rng.int(0, 40),
            day('2023-09-26'),
          );
          if (stage === 'completed') {
            if (start > day('2023-08-05')) stage = 'construction';
            else {
              finish = Math.min(start + rng.int(75, 130), day('2023-09-26') - rng.int(0, 10));
              if (accepted2023) {
                const a = finish + rng.int(6, 25);
                if (a <= day(DATA_DATE)) accept = a;
              }
            }
          }
        }
      } else if (cat === 'p2024') {
        planYear = 2024;
        stage = 'planned';
      }

      buildings.push({
        community: c,
        seq: i + 1,
        pos,
        year,
        month,
        floors,
        households,
        areaTenths,
        grade,
        complete: true,
        renovationType,
        stage,
        planYear,
        start,
        finish,
        accept,
        costPerM2: inPlan ? cost * rng.range(0.97, 1.03) : 0,
        investHundredths: undefined,
        blankStreet: rng.chance(0.05),
        yearText: formatBuildingYear(rng, year, month),
        stageText: stageWord(rng, stage, spec.street),
        areaWithCommas: rng.chance(0.08),
        dateStyle: rng.weighted<Building['dateStyle']>([
          ['iso', 94],
          ['slash', 3],
          ['cn', 3],
        ]),
      });
    });
  }

  // A handful of grade D (危房) among old buildings in no plan; a few post-2000 grade C; a few 非成套.
  const oldNone = buildings.filter((b) => b.community.spec.category === 'old');
  const newNone = buildings.filter((b) => b.community.spec.category === 'new');
  for (const b of rng.shuffle(oldNone.filter((x) => x.year <= 1988)).slice(0, 6)) b.grade = 'D';
  for (const b of rng.shuffle(newNone.filter((x) => x.year <= 2008)).slice(0, 10)) b.grade = 'C';
  const oldAny = buildings.filter(
    (b) => b.year <= 2000 && b.year < 1990 && b.community.spec.category !== 'p2022' && b.grade !== 'D',
  );
  for (const b of rng.shuffle(oldAny).slice(0, 12)) b.complete = false;
  for (const b of rng.shuffle(newNone.filter((x) => !x.community.spec.highRise)).slice(0, 8)) b.complete = false;

  fit2022Totals(
    rng,
    buildings.filter((b) => b.community.spec.category === 'p2022'),
  );
  // 总投资 (万元, 2 decimals) = floor area × cost per m² / 10000, kept in hundredths.
  for (const b of buildings) {
    if (b.costPerM2 > 0) b.investHundredths = Math.round((b.areaTenths * b.costPerM2) / 1000);
  }
  return buildings;
}

/** Scale 2022 households and floor area to the programme's exact targets, then spread the remainder. */
function fit2022Totals(rng: Rng, list: Building[]): void {
  const fit = (
    get: (b: Building) => number,
    set: (b: Building, v: number) => void,
    target: number,
    min: number,
  ): void => {
    const sum = list.reduce((s, b) => s + get(b), 0);
    const f = target / sum;
    if (f < 0.75 || f > 1.3) throw new Error(`2022: scale factor ${f.toFixed(3)} is too far from 1`);
    for (const b of list) set(b, Math.max(min, Math.round(get(b) * f)));
    let rest = target - list.reduce((s, b) => s + get(b), 0);
    const order = rng.shuffle(list);
    for (let i = 0; rest !== 0; i = (i + 1) % order.length) {
      const step = rest > 0 ? 1 : -1;
      if (get(order[i]) + step < min) continue;
      set(order[i], get(order[i]) + step);
      rest -= step;
    }
  };
  fit(
    (b) => b.households,
    (b, v) => (b.households = v),
    TARGET_2022.households,
    2,
  );
  fit(
    (b) => b.areaTenths,
    (b, v) => (b.areaTenths = v),
    TARGET_2022.floorAreaM2 * 10,
    100,
  );
}

// ---------------------------------------------------------------------------
// Formatting

function formatTenths(t: number, commas: boolean): string {
  const whole = Math.floor(t / 10);
  const frac = t % 10;
  const w = commas ? String(whole).replace(/\B(?=(\d{3})+$)/g, ',') : String(whole);
  return frac === 0 ? w : `${w}.${frac}`;
}

function formatHundredths(h: number): string {
  const s = (h / 100).toFixed(2);
  return s.replace(/\.?0+$/, '');
}

function csvField(v: string): string {
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

function fixed6(x: number): string {
  return round6(x).toFixed(6);
}

export const BUILDING_COLUMNS = [
  '楼栋编号',
  '小区编号',
  '小区名称',
  '楼号',
  '街道',
  '社区',
  '片区',
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
  '总投资（万元）',
] as const;

function buildingRow(b: Building): string[] {
  const c = b.community;
  const gradeText = b.grade === 'C' || b.grade === 'D' ? `${b.grade}级` : b.grade;
  const date = (d: number | undefined): string => (d === undefined ? '' : formatDay(d, b.dateStyle));
  return [
    `${c.id}-${String(b.seq).padStart(2, '0')}`,
    c.id,
    c.spec.name,
    `${b.seq}号楼`,
    b.blankStreet ? '' : c.spec.street.name,
    b.blankStreet ? '' : c.shequ,
    c.spec.pianqu,
    fixed6(b.pos[0]),
    fixed6(b.pos[1]),
    b.yearText,
    String(b.floors),
    String(b.households),
    formatTenths(b.areaTenths, b.areaWithCommas && b.areaTenths >= 10000),
    gradeText,
    b.complete ? '是' : '否',
    b.renovationType,
    b.stageText,
    b.planYear === 0 ? '' : String(b.planYear),
    date(b.start),
    date(b.finish),
    date(b.accept),
    b.investHundredths === undefined ? '' : formatHundredths(b.investHundredths),
  ];
}

function coordsJson(ring: Ring): string {
  return `[${ring.map((p) => `[${fixed6(p[0])},${fixed6(p[1])}]`).join(',')}]`;
}

function polygonJson(poly: PolygonCoords): string {
  return `[${poly.map(coordsJson).join(',')}]`;
}

function featureCollection(features: string[]): string {
  return `{"type":"FeatureCollection","features":[\n${features.join(',\n')}\n]}\n`;
}

// ---------------------------------------------------------------------------
// Main

export interface SampleSummary {
  communities: number;
  buildings: number;
  byYear: Record<
    string,
    { communities: number; buildings: number; households: number; floorAreaM2: number; stages: Record<string, number> }
  >;
}

const defaultBoundaryDir = fileURLToPath(new URL('./boundaries/', import.meta.url));

export function generateSample(boundaryDir: string = defaultBoundaryDir): Map<string, string> {
  return generate(boundaryDir).files;
}

export function generate(boundaryDir: string = defaultBoundaryDir): {
  files: Map<string, string>;
  summary: SampleSummary;
} {
  const rng = new Rng(SEED);
  const rings = readStreetRings(boundaryDir);
  const streets: StreetShape[] = STREETS.map((def) => {
    const ring = rings.get(def.boundaryName);
    if (ring === undefined) throw new Error(`${BOUNDARY_FILE}: no polygon named ${def.boundaryName}`);
    return { def, ring, bbox: ringsBBox([ring]) };
  });
  if (rings.size !== STREETS.length)
    throw new Error(`${BOUNDARY_FILE}: expected ${STREETS.length} polygons, got ${rings.size}`);

  // 1. Specs, then placement street by street (overlaps are checked district-wide).
  const specs = buildSpecs(rng);
  const placedBoxes: BBox[] = [];
  const byStreet = new Map<StreetDef, Community[]>();
  for (const spec of specs) {
    const own = streets.find((s) => s.def === spec.street);
    if (own === undefined) throw new Error('unknown street');
    const placed = placeCommunity(rng, spec, own, streets, placedBoxes);
    placedBoxes.push(...placed.partBoxes);
    const c: Community = {
      spec,
      id: '',
      shequ: '',
      eraText: formatCommunityEra(rng, spec.era),
      parts: placed.parts,
      partBoxes: placed.partBoxes,
      center: placed.center,
      buildingSpots: placed.spots,
    };
    const list = byStreet.get(spec.street) ?? [];
    list.push(c);
    byStreet.set(spec.street, list);
  }

  // 2. Ids by a north-to-south, west-to-east sweep in ~600 m bands; 社区 by nearest seed.
  const communities: Community[] = [];
  for (const street of STREETS) {
    const list = byStreet.get(street) ?? [];
    const top = Math.max(...list.map((c) => c.center[1]));
    list.sort((a, b) => {
      const ba = Math.floor(((top - a.center[1]) * 110937) / 600);
      const bb = Math.floor(((top - b.center[1]) * 110937) / 600);
      return ba !== bb ? ba - bb : a.center[0] - b.center[0];
    });
    list.forEach((c, i) => (c.id = `XC-${street.abbr}-${String(i + 1).padStart(3, '0')}`));
    assignShequ(street, list);
    communities.push(...list);
  }

  // 3. Buildings.
  const buildings = makeBuildings(rng, communities);

  // 4. Files.
  const files = new Map<string, string>();
  files.set(
    'streets.geojson',
    featureCollection(
      streets.map(
        (s) =>
          `{"type":"Feature","properties":${JSON.stringify({ name: s.def.name, boundaryName: s.def.boundaryName })},` +
          `"geometry":{"type":"Polygon","coordinates":[${coordsJson(s.ring)}]}}`,
      ),
    ),
  );
  files.set(
    'communities.geojson',
    featureCollection(
      communities.map((c) => {
        const props = {
          小区编号: c.id,
          小区名称: c.spec.name,
          街道: c.spec.street.name,
          社区: c.shequ,
          片区: c.spec.pianqu,
          建成年代: c.eraText,
        };
        const geometry =
          c.parts.length === 1
            ? `{"type":"Polygon","coordinates":${polygonJson(c.parts[0])}}`
            : `{"type":"MultiPolygon","coordinates":[${c.parts.map(polygonJson).join(',')}]}`;
        return `{"type":"Feature","properties":${JSON.stringify(props)},"geometry":${geometry}}`;
      }),
    ),
  );
  const lines = [BUILDING_COLUMNS.join(','), ...buildings.map((b) => buildingRow(b).map(csvField).join(','))];
  files.set('buildings.csv', `\uFEFF${lines.join('\r\n')}\r\n`);

  const summary = summarise(communities, buildings);
  files.set('programme-2022.json', `${JSON.stringify(programme2022(), null, 2)}\n`);
  files.set('programme-2023.json', `${JSON.stringify(programme2023(communities), null, 2)}\n`);

  selfCheck(communities, buildings, summary, files);
  return { files, summary };
}

function programme2022(): object {
  return {
    kind: 'renovation-programme',
    name: '薛城区2022年老旧小区整治改造',
    district: '薛城区',
    year: 2022,
    source: '薛政办字〔2022〕4号《薛城区老旧小区整治改造实施方案》',
    targets: {
      communities: TARGET_2022.communities,
      households: TARGET_2022.households,
      floorAreaM2: TARGET_2022.floorAreaM2,
      streets: ['临城街道', '常庄街道', '新城街道'],
    },
    steps: [
      { key: 'publicity', name: '宣传发动阶段', stage: 'planned', start: '2022-04-01', end: '2022-04-15' },
      { key: 'works', name: '全面整治阶段', stage: 'acceptance', start: '2022-04-16', end: '2022-10-15' },
      { key: 'acceptance', name: '检查验收阶段', stage: 'completed', start: '2022-10-16', end: '2022-11-15' },
    ],
  };
}

function programme2023(communities: Community[]): object {
  const streets = STREETS.filter((s) =>
    communities.some((c) => c.spec.category === 'p2023' && c.spec.street === s),
  ).map((s) => s.name);
  for (const name of streets) check(name in TARGET_2023_BY_STREET, `2023 target of ${name}`);
  const byStreet = Object.fromEntries(streets.map((name) => [name, TARGET_2023_BY_STREET[name]]));
  const sum = (k: 'communities' | 'households'): number => Object.values(byStreet).reduce((n, t) => n + t[k], 0);
  return {
    kind: 'renovation-programme',
    name: '薛城区2023年老旧小区改造（示例）',
    district: '薛城区',
    year: 2023,
    source:
      '示例计划（合成数据），实施步骤与时限参照梨政办规〔2023〕3号《鸡西市梨树区2023年城镇老旧小区改造工作实施方案》',
    targets: {
      communities: sum('communities'),
      households: sum('households'),
      floorAreaM2: TARGET_2023_FLOOR_AREA_M2,
      streets,
      byStreet,
    },
    steps: LISHU_STEPS_2023,
  };
}

function summarise(communities: Community[], buildings: Building[]): SampleSummary {
  const byYear: SampleSummary['byYear'] = {};
  const tenths = new Map<string, number>();
  for (const b of buildings) {
    const key = b.planYear === 0 ? 'none' : String(b.planYear);
    const y = (byYear[key] ??= { communities: 0, buildings: 0, households: 0, floorAreaM2: 0, stages: {} });
    y.buildings++;
    y.households += b.households;
    tenths.set(key, (tenths.get(key) ?? 0) + b.areaTenths);
    y.stages[b.stage] = (y.stages[b.stage] ?? 0) + 1;
  }
  for (const [key, t] of tenths) byYear[key].floorAreaM2 = t / 10;
  for (const c of communities) {
    const cat = c.spec.category;
    const key = cat === 'p2022' ? '2022' : cat === 'p2023' ? '2023' : cat === 'p2024' ? '2024' : 'none';
    byYear[key].communities++;
  }
  return { communities: communities.length, buildings: buildings.length, byYear };
}

function check(ok: boolean, what: string): void {
  if (!ok) throw new Error(`sample self-check failed: ${what}`);
}

/** Throws when the generated sample breaks one of its promises. */
function selfCheck(
  communities: Community[],
  buildings: Building[],
  summary: SampleSummary,
  files: Map<string, string>,
): void {
  check(communities.length >= 250 && communities.length <= 350, `community count ${communities.length}`);
  check(buildings.length >= 3000 && buildings.length <= 5000, `building count ${buildings.length}`);
  check(new Set(communities.map((c) => c.id)).size === communities.length, 'community ids unique');
  check(new Set(communities.map((c) => c.spec.name)).size === communities.length, 'community names unique');

  // 2022 totals, recomputed from the CSV text as a reader would see it.
  const csv = files.get('buildings.csv') ?? '';
  const rows = csv
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter((l) => l !== '')
    .slice(1)
    .map(parseCsvLine);
  const col = (name: (typeof BUILDING_COLUMNS)[number]): number => BUILDING_COLUMNS.indexOf(name);
  const r2022 = rows.filter((r) => r[col('计划年度')] === '2022');
  const ids2022 = new Set(r2022.map((r) => r[col('小区编号')]));
  const hh2022 = r2022.reduce((s, r) => s + Number(r[col('户数')]), 0);
  const area2022Tenths = r2022.reduce(
    (s, r) => s + Math.round(Number(r[col('建筑面积（平方米）')].replace(/,/g, '')) * 10),
    0,
  );
  check(ids2022.size === TARGET_2022.communities, `2022 communities ${ids2022.size}`);
  check(hh2022 === TARGET_2022.households, `2022 households ${hh2022}`);
  check(area2022Tenths === TARGET_2022.floorAreaM2 * 10, `2022 floor area ${area2022Tenths / 10}`);
  check(rows.length === buildings.length, 'CSV row count');
  check(
    rows.every((r) => r.length === BUILDING_COLUMNS.length),
    'CSV column count',
  );
  const allowed2022 = new Set(['LC', 'CZ', 'XN']);
  for (const b of buildings) {
    if (b.planYear !== 2022) continue;
    check(allowed2022.has(b.community.spec.street.abbr), '2022 street');
    check(b.year <= 2000, '2022 build year');
  }

  // Every stage appears in the 2023 programme.
  for (const s of STAGE_ORDER) check((summary.byYear['2023'].stages[s] ?? 0) > 0, `2023 stage ${s} present`);

  // Geometry: rings closed and oriented, buildings inside, communities apart.
  for (const c of communities) {
    for (const poly of c.parts) {
      poly.forEach((ring, k) => {
        const first = ring[0];
        const last = ring[ring.length - 1];
        check(first[0] === last[0] && first[1] === last[1], `${c.id} ring closed`);
        check(k === 0 ? ringSignedArea(ring) > 0 : ringSignedArea(ring) < 0, `${c.id} ring orientation`);
      });
    }
  }
  for (const b of buildings) {
    check(
      b.community.parts.some((poly) => pointInPolygon(b.pos, poly)),
      `${b.community.id}-${b.seq} inside its community`,
    );
  }
  const boxes = communities.flatMap((c) => c.partBoxes.map((box) => ({ id: c.id, box })));
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      if (boxes[i].id !== boxes[j].id)
        check(!bboxesOverlap(boxes[i].box, boxes[j].box), `${boxes[i].id} / ${boxes[j].id} apart`);
    }
  }
  check(csv.length < 1_500_000, 'buildings.csv small');
}

/** Minimal CSV line parser for the self-check (quotes, no embedded newlines). */
function parseCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

// ---------------------------------------------------------------------------
// CLI

function main(): void {
  const outDir = resolve(process.argv[2] ?? fileURLToPath(new URL('./sample/', import.meta.url)));
  const lishuDir = resolve(process.argv[3] ?? fileURLToPath(new URL('./sample-lishu/', import.meta.url)));
  const { files, summary } = generate();
  mkdirSync(outDir, { recursive: true });
  for (const [name, content] of files) writeFileSync(join(outDir, name), content, 'utf8');
  const lishu = generateLishu(defaultBoundaryDir);
  mkdirSync(lishuDir, { recursive: true });
  for (const [name, content] of lishu) writeFileSync(join(lishuDir, name), content, 'utf8');
  const lines = [
    `wrote ${files.size} files to ${outDir}`,
    `wrote ${lishu.size} files to ${lishuDir} (梨树区)`,
    `communities ${summary.communities}, buildings ${summary.buildings}`,
  ];
  for (const key of ['2022', '2023', '2024', 'none']) {
    const y = summary.byYear[key];
    if (y === undefined) continue;
    const stages = STAGE_ORDER.concat(['none'])
      .filter((s) => y.stages[s] !== undefined)
      .map((s) => `${s} ${y.stages[s]}`)
      .join(', ');
    lines.push(
      `${key}: ${y.communities} communities, ${y.buildings} buildings, ${y.households} households, ${y.floorAreaM2} m² (${stages})`,
    );
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();
