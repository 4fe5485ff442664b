/**
 * Colouring the map: every building falls in one class of the chosen colour mode (build year,
 * safety grade, renovation type, stage, schedule: on time / overdue on the chosen day). One pass over the columns, typed arrays out, so that
 * switching the colouring of a million buildings costs one loop and no objects.
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
import type { BuildingTable } from './building-table.ts';
import type { Community } from './community.ts';
import { inProgramme } from './aggregate.ts';
import { YEAR_AFTER, YEAR_BEFORE } from './parse-values.ts';
import { SCHEDULE_COMPLETED, SCHEDULE_ON_TIME, SCHEDULE_OUTSIDE, SCHEDULE_OVERDUE } from './schedule.ts';
import { STAGE_LABEL_EN, STAGE_LABEL_ZH, STAGE_NONE, STAGES, TYPE_BIT } from './vocabulary.ts';

export type ColourMode = 'buildYear' | 'grade' | 'type' | 'stage' | 'schedule';
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

export interface ColourClass {
  /** Stable key (a legend's data-class and the hidden-class list use it). */
  key: string;
  zh: string;
  en: string;
  colour: Rgb;
  /** The eligibility cut-off falls right after this class (build-year mode): the legend draws the line there. */
  cutoffAfter?: boolean;
  /** Grade D: a whole-building danger case, drawn larger and outlined. */
  danger?: boolean;
  /** "Unknown" or "not in the plan": drawn see-through, so the classes that say something stand out. */
  muted?: boolean;
}

export interface ColourSettings {
  /** Eligibility cut-off: built no later than the end of this year. */
  cutoffYear: number;
  /** Plan year the stage colouring is for; null = every year. */
  year: number | null;
  /**
   * The schedule colouring's input: SCHEDULE_* status per building (schedule.ts scheduleOf, on
   * the check day); without it every building is outside the programme.
   */
  schedule?: Uint8Array;
}

export interface Classification {
  mode: ColourMode;
  classes: ColourClass[];
  /** Class index of each building (row i). */
  classOf: Uint8Array;
  /** Buildings in each class, by class index. */
  counts: Uint32Array;
}

/** Greys for "unknown" and "not in any class", shared by every mode. */
export const UNKNOWN_GREY: Rgb = [184, 194, 204];
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
 * A building's stage as the stage colouring and the totals read it: its stage code when it is
 * in the programme of `year` (a plan year with no stage reads as planned), else STAGE_NONE.
 */
export function effectiveStage(stage: number, planYear: number, year: number | null): number {
  if (!inProgramme(stage, planYear, year)) return STAGE_NONE;
  return stage === 0 ? STAGE_NONE + 1 : stage;
}

/** Which of the five year slots (year-1 … year-5) a year falls in, under edges e1 < e2 < e3 < e4. */
function slotOf(v: number, e1: number, e2: number, e3: number, e4: number): number {
  return v <= e1 ? 0 : v <= e2 ? 1 : v <= e3 ? 2 : v <= e4 ? 3 : 4;
}

/** Class index of a build year [from, to] of a kind, under the classes of buildYearClasses(cutoff). */
function yearClass(from: number, to: number, kind: number, cutoff: number, c0: number): number {
  if (kind === 0) return 6;
  const lo = kind === YEAR_BEFORE ? -Infinity : from;
  const hi = kind === YEAR_AFTER ? Infinity : to;
  // Last year of each class: ≤c0−11, c0−10…c0−1, c0…cut-off, …cut-off+10.
  const a = slotOf(lo, c0 - 11, c0 - 1, cutoff, cutoff + 10);
  const b = slotOf(hi, c0 - 11, c0 - 1, cutoff, cutoff + 10);
  if (a === b) return a < 3 ? a : a + 1; // class indices skip 'year-approx' at 3
  return hi <= cutoff ? 3 : 6;
}

/**
 * Classify every building for a colour mode: one pass, typed arrays out.
 * @example classify(table, 'grade', { cutoffYear: 2000, year: null }).counts[3] // grade D buildings
 */
export function classify(t: BuildingTable, mode: ColourMode, settings: ColourSettings): Classification {
  const classOf = new Uint8Array(t.length);
  // One small loop per mode: V8 optimises each on its own (one big function with four loops
  // ran the last-used one unoptimised, ~15× slower over a million rows).
  let classes: ColourClass[];
  if (mode === 'buildYear') {
    classes = buildYearClasses(settings.cutoffYear);
    classifyYears(t, settings.cutoffYear, classOf);
  } else if (mode === 'grade') {
    classes = GRADE_CLASSES.slice();
    classifyGrades(t, classOf);
  } else if (mode === 'type') {
    classes = TYPE_CLASSES.slice();
    classifyTypes(t, classOf);
  } else if (mode === 'schedule') {
    classes = SCHEDULE_CLASSES.slice();
    classifySchedule(settings.schedule ?? null, classOf);
  } else {
    classes = stageClasses();
    classifyStages(t, settings.year, classOf);
  }
  const counts = new Uint32Array(classes.length);
  for (let i = 0; i < classOf.length; i++) counts[classOf[i]]++;
  return { mode, classes, classOf, counts };
}

function classifyYears(t: BuildingTable, cutoff: number, out: Uint8Array): void {
  const c0 = Math.floor((cutoff - 1) / 10) * 10;
  for (let i = 0; i < out.length; i++) out[i] = yearClass(t.yearFrom[i], t.yearTo[i], t.yearKind[i], cutoff, c0);
}

function classifyGrades(t: BuildingTable, out: Uint8Array): void {
  for (let i = 0; i < out.length; i++) {
    const g = t.grade[i];
    out[i] = g >= 1 && g <= 4 ? g - 1 : 4;
  }
}

function classifyTypes(t: BuildingTable, out: Uint8Array): void {
  // Class by mask: 0 none, basic, improvement, upgrade alone, anything else several.
  const lut = new Uint8Array(256).fill(3);
  lut[0] = 4;
  lut[TYPE_BIT.basic] = 0;
  lut[TYPE_BIT.improvement] = 1;
  lut[TYPE_BIT.upgrade] = 2;
  for (let i = 0; i < out.length; i++) out[i] = lut[t.types[i]];
}

function classifySchedule(status: Uint8Array | null, out: Uint8Array): void {
  const outside = SCHEDULE_CLASS_OF[SCHEDULE_OUTSIDE];
  if (!status) {
    out.fill(outside);
    return;
  }
  const lut = new Uint8Array(256).fill(outside);
  for (const [code, k] of Object.entries(SCHEDULE_CLASS_OF)) lut[Number(code)] = k;
  for (let i = 0; i < out.length; i++) out[i] = lut[status[i]];
}

/** effectiveStage(…) − 1 for every building, inlined. */
function classifyStages(t: BuildingTable, year: number | null, out: Uint8Array): void {
  for (let i = 0; i < out.length; i++) {
    const st = t.stage[i];
    const py = t.planYear[i];
    const planned = st > STAGE_NONE || (st === 0 && py !== 0);
    out[i] = planned && (year === null || py === year) ? (st === 0 ? STAGE_NONE : st - 1) : 0;
  }
}

/** Opacity (0–255) of a muted class's points. */
export const MUTED_ALPHA = 150;

/**
 * RGBA per building (4 bytes a row) from a classification: the colour attribute of the map's
 * point layer, muted classes see-through. Built once per mode and kept; hiding classes is done
 * by the GPU filter, not here.
 */
export function colourBuffer(c: Classification): Uint8Array {
  const out = new Uint8Array(c.classOf.length * 4);
  const lut = new Uint8Array(c.classes.length * 4);
  c.classes.forEach((k, j) => lut.set([k.colour[0], k.colour[1], k.colour[2], k.muted ? MUTED_ALPHA : 255], j * 4));
  for (let i = 0, o = 0; i < c.classOf.length; i++, o += 4) {
    const k = c.classOf[i] * 4;
    out[o] = lut[k];
    out[o + 1] = lut[k + 1];
    out[o + 2] = lut[k + 2];
    out[o + 3] = lut[k + 3];
  }
  return out;
}

/** "#rrggbb" of a colour, for CSS. @example rgbHex([230, 0, 110]) // '#e6006e' */
export function rgbHex(c: Rgb): string {
  return `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * Each community's least-advanced stage over its buildings in the programme of `year` (the stage
 * that decides whether it has started or finished, as in summarize); a community without building
 * rows takes its own stage. STAGE_NONE when it is not in that programme.
 * @example communityStages(table, communities, 2022)[ci] === STAGE_CODE.construction
 */
export function communityStages(t: BuildingTable, communities: readonly Community[], year: number | null): Uint8Array {
  const out = new Uint8Array(communities.length); // 0 = no programme building seen yet
  const hasRows = new Uint8Array(communities.length);
  for (let i = 0; i < t.length; i++) {
    const ci = t.communityIndex[i];
    if (ci < 0) continue;
    hasRows[ci] = 1;
    const s = effectiveStage(t.stage[i], t.planYear[i], year);
    if (s === STAGE_NONE) continue;
    if (out[ci] === 0 || s < out[ci]) out[ci] = s;
  }
  communities.forEach((c, ci) => {
    if (!hasRows[ci]) out[ci] = effectiveStage(c.attrs.stage, c.attrs.planYear, year);
    else if (out[ci] === 0) out[ci] = STAGE_NONE;
  });
  return out;
}
