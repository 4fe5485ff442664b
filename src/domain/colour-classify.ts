/**
 * Colouring the map: every building falls in one class of the chosen colour mode (colour-classes.ts).
 * One pass over the columns, typed arrays out, so that switching the colouring of a million buildings
 * costs one loop and no objects. How a build year written as a range or bound is classed: see
 * colour-classes.ts.
 */
import type { BuildingTable } from './building-table.ts';
import {
  buildYearClasses,
  GRADE_CLASSES,
  SCHEDULE_CLASS_OF,
  SCHEDULE_CLASSES,
  stageClasses,
  TYPE_CLASSES,
  type ColourClass,
  type ColourMode,
} from './colour-classes.ts';
import { YEAR_AFTER, YEAR_BEFORE } from './parse-values.ts';
import { SCHEDULE_OUTSIDE } from './schedule.ts';
import { STAGE_NONE, TYPE_BIT } from './vocabulary.ts';

/** What a colouring reads besides the table. */
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

/** Every building's class under one colour mode, and how many fall in each. */
export interface Classification {
  mode: ColourMode;
  classes: ColourClass[];
  /** Class index of each building (row i). */
  classOf: Uint8Array;
  /** Buildings in each class, by class index. */
  counts: Uint32Array;
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
  c.classes.forEach((k, j) => {
    lut.set([k.colour[0], k.colour[1], k.colour[2], k.muted ? MUTED_ALPHA : 255], j * 4);
  });
  for (let i = 0, o = 0; i < c.classOf.length; i++, o += 4) {
    const k = c.classOf[i] * 4;
    out[o] = lut[k];
    out[o + 1] = lut[k + 1];
    out[o + 2] = lut[k + 2];
    out[o + 3] = lut[k + 3];
  }
  return out;
}
