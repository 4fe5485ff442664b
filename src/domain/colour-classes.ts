/**
 * The map's colour classes: for each colour mode (build year, safety grade, renovation type, stage,
 * schedule: on time / overdue on the chosen day) the classes a building can fall in, with their
 * words and colours. Which class each building falls in is colour-classify.ts.
 *
 * Build-year classes follow the eligibility cut-off Y (2000 by default): decades before it,
 * the decade that ends at the cut-off, ten years after, and later; the legend draws the cut-off line:
 *   Y = 2000: ≤1979 · 1980–1989 · 1990–2000 · ≤2000 (decade unknown) | cut-off | 2001–2010 · ≥2011 · unknown
 * A build year written as a range (a decade, "1980-1985") or as an upper bound ("2000年底前")
 * goes in the class that holds the whole range; a range that lies wholly on or before the cut-off
 * but spans classes ("八九十年代", "2000年底前") goes in "≤Y, decade unknown" — still eligible by
 * year; everything else (no year, a range across the cut-off, a lower bound that spans the
 * classes after it) is "unknown".
 */
import { SCHEDULE_COMPLETED, SCHEDULE_ON_TIME, SCHEDULE_OUTSIDE, SCHEDULE_OVERDUE } from './schedule.ts';
import { STAGE_LABEL_EN, STAGE_LABEL_ZH, STAGES } from './vocabulary.ts';

/** What the map colours buildings by. */
export type ColourMode = 'buildYear' | 'grade' | 'type' | 'stage' | 'schedule';
/** Every colour mode, in the picker's order. */
export const COLOUR_MODES: readonly ColourMode[] = ['buildYear', 'grade', 'type', 'stage', 'schedule'];

/** What the mode picker and legend call each mode. */
export const COLOUR_MODE_LABELS: Readonly<Record<ColourMode, { zh: string; en: string }>> = {
  buildYear: { zh: '建成年代', en: 'Build year' },
  grade: { zh: '安全等级', en: 'Safety grade' },
  type: { zh: '改造类型', en: 'Renovation type' },
  stage: { zh: '改造进度', en: 'Stage' },
  schedule: { zh: '计划进度', en: 'Schedule' },
};

/** An sRGB colour, 0–255 per channel. */
export type Rgb = readonly [number, number, number];

/** One class of a colour mode: a legend entry and the colour of its buildings. */
export interface ColourClass {
  /** Stable key (a legend's data-class and the hidden-class list use it). */
  key: string;
  zh: string;
  en: string;
  colour: Rgb;
  /**
   * The eligibility cut-off falls right after this class (build-year mode): the legend draws the
   * line there.
   */
  cutoffAfter?: boolean;
  /** Grade D: a whole-building danger case, drawn larger and outlined. */
  danger?: boolean;
  /** "Unknown" or "not in the plan": drawn see-through, so the classes that say something stand out. */
  muted?: boolean;
}

/** Greys for "unknown" and "not in any class", shared by every mode. */
const UNKNOWN_GREY: Rgb = [184, 194, 204];
/** Viridis, cut before its pale yellow end so every class shows on white and beige. */
const VIRIDIS_5: readonly Rgb[] = [
  [68, 1, 84],
  [59, 82, 139],
  [33, 145, 140],
  [94, 201, 98],
  [170, 214, 40],
];

/** Build-year classes for a cut-off year; the third ends at the cut-off. */
export function buildYearClasses(cutoffYear: number): ColourClass[] {
  const y = cutoffYear;
  const c0 = Math.floor((y - 1) / 10) * 10; // first year of the cut-off's class (1990 for 2000)
  return [
    { key: 'year-1', zh: `${c0 - 11}年及以前`, en: `${c0 - 11} and before`, colour: VIRIDIS_5[0] },
    { key: 'year-2', zh: `${c0 - 10}–${c0 - 1}年`, en: `${c0 - 10}–${c0 - 1}`, colour: VIRIDIS_5[1] },
    { key: 'year-3', zh: `${c0}–${y}年`, en: `${c0}–${y}`, colour: VIRIDIS_5[2] },
    {
      key: 'year-approx',
      zh: `≤${y}·年代不详`,
      en: `≤${y}, decade unknown`,
      colour: [123, 104, 150],
      cutoffAfter: true,
    },
    { key: 'year-4', zh: `${y + 1}–${y + 10}年`, en: `${y + 1}–${y + 10}`, colour: VIRIDIS_5[3] },
    { key: 'year-5', zh: `${y + 11}年及以后`, en: `${y + 11} and after`, colour: VIRIDIS_5[4] },
    { key: 'year-unknown', zh: '不详', en: 'unknown', colour: UNKNOWN_GREY, muted: true },
  ];
}

/** Okabe–Ito blues and orange for A–C; D a saturated red-magenta no other grade comes near. */
export const GRADE_CLASSES: readonly ColourClass[] = [
  { key: 'grade-A', zh: 'A级', en: 'Grade A', colour: [0, 114, 178] },
  { key: 'grade-B', zh: 'B级', en: 'Grade B', colour: [86, 180, 233] },
  { key: 'grade-C', zh: 'C级 局部危房', en: 'Grade C, partly unsafe', colour: [230, 159, 0] },
  { key: 'grade-D', zh: 'D级 整幢危房', en: 'Grade D, whole building unsafe', colour: [230, 0, 110], danger: true },
  { key: 'grade-unknown', zh: '未鉴定/不详', en: 'Not appraised', colour: UNKNOWN_GREY, muted: true },
];

/** Okabe–Ito: blue, green, pink, orange; grey for none. */
export const TYPE_CLASSES: readonly ColourClass[] = [
  { key: 'type-basic', zh: '基础类', en: 'Basic', colour: [0, 114, 178] },
  { key: 'type-improvement', zh: '完善类', en: 'Improvement', colour: [0, 158, 115] },
  { key: 'type-upgrade', zh: '提升类', en: 'Upgrade', colour: [204, 121, 167] },
  { key: 'type-several', zh: '多类', en: 'Several types', colour: [230, 159, 0] },
  { key: 'type-none', zh: '未定', en: 'None given', colour: UNKNOWN_GREY, muted: true },
];

/** Stage colours in order (YlGnBu, light to dark): the further along, the darker. */
export const STAGE_COLOURS: readonly Rgb[] = [
  UNKNOWN_GREY,
  [161, 218, 180],
  [127, 205, 187],
  [65, 182, 196],
  [29, 145, 192],
  [34, 94, 168],
  [37, 52, 148],
  [8, 29, 88],
];

/**
 * Stage classes, index = stage code − 1 (none … completed). "None" means not in the programme of
 * the chosen plan year (the year picker beside the map says which), or of any year.
 */
export function stageClasses(): ColourClass[] {
  return STAGES.map((s, k) => ({
    key: `stage-${s}`,
    zh: STAGE_LABEL_ZH[s],
    en: STAGE_LABEL_EN[s],
    colour: STAGE_COLOURS[k],
    muted: s === 'none',
  }));
}

/**
 * Schedule classes (colour mode 'schedule'): on time, overdue (red, drawn like grade D so late
 * work stands out), completed, and outside the chosen year's programme (muted). The order is the
 * legend's; SCHEDULE_CLASS_OF maps a SCHEDULE_* status to its class index.
 */
export const SCHEDULE_CLASSES: readonly ColourClass[] = [
  { key: 'schedule-onTime', zh: '按期推进', en: 'On time', colour: [0, 158, 115] },
  { key: 'schedule-overdue', zh: '逾期', en: 'Overdue', colour: [214, 39, 40], danger: true },
  { key: 'schedule-completed', zh: '已完工', en: 'Completed', colour: [37, 52, 148] },
  { key: 'schedule-outside', zh: '不在计划内', en: 'Not in the programme', colour: UNKNOWN_GREY, muted: true },
];

/** Class index in SCHEDULE_CLASSES of each SCHEDULE_* status. */
export const SCHEDULE_CLASS_OF: Readonly<Record<number, number>> = {
  [SCHEDULE_ON_TIME]: 0,
  [SCHEDULE_OVERDUE]: 1,
  [SCHEDULE_COMPLETED]: 2,
  [SCHEDULE_OUTSIDE]: 3,
};

/**
 * "#rrggbb" of a colour, for CSS.
 * @example rgbHex([230, 0, 110]) // '#e6006e'
 */
export function rgbHex(c: Rgb): string {
  return `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}
