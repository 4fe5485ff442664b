/**
 * The map legend as data: one item per colour class with its building count, whether the user
 * has hidden it, and where the eligibility cut-off line falls. The map's GPU filter takes the
 * visible class indices.
 */
import { COLOUR_MODE_LABELS, rgbHex } from './colour-classes.ts';
import type { Classification } from './colour-classify.ts';

export interface LegendItem {
  key: string;
  zh: string;
  en: string;
  /** CSS colour of the swatch. */
  hex: string;
  /** Buildings in the class. */
  count: number;
  hidden: boolean;
  /** Draw the eligibility cut-off line after this item. */
  cutoffAfter: boolean;
  /** Grade D: a whole-building danger case. */
  danger: boolean;
}

export interface Legend {
  title: { zh: string; en: string };
  items: LegendItem[];
  /** Buildings in classes not hidden. */
  shown: number;
}

/**
 * Buildings per class among `rows` (a filter's index list), or the classification's own counts.
 * @example countClasses(c, filterByStreet(data, '临城街道').rows)
 */
export function countClasses(c: Classification, rows: Uint32Array | null): Uint32Array {
  if (!rows) return c.counts;
  const counts = new Uint32Array(c.classes.length);
  for (const i of rows) counts[c.classOf[i]]++;
  return counts;
}

/**
 * The legend of a classification, with the keys the user has hidden, counting the buildings of
 * a filter's rows when one is given.
 * @example legendOf(classify(t, 'grade', s), ['grade-D']).items[3].hidden // true
 */
export function legendOf(c: Classification, hidden: readonly string[], rows: Uint32Array | null = null): Legend {
  const off = new Set(hidden);
  const counts = countClasses(c, rows);
  let shown = 0;
  const items = c.classes.map((k, j): LegendItem => {
    const isHidden = off.has(k.key);
    if (!isHidden) shown += counts[j];
    return {
      key: k.key,
      zh: k.zh,
      en: k.en,
      hex: rgbHex(k.colour),
      count: counts[j],
      hidden: isHidden,
      cutoffAfter: k.cutoffAfter === true,
      danger: k.danger === true,
    };
  });
  return { title: COLOUR_MODE_LABELS[c.mode], items, shown };
}

/**
 * Indices of the classes to draw (for a GPU category filter).
 * @example visibleClasses(c, [c.classes[0].key]) // [1, 2, …]
 */
export function visibleClasses(c: Classification, hidden: readonly string[]): number[] {
  const off = new Set(hidden);
  const out: number[] = [];
  c.classes.forEach((k, j) => {
    if (!off.has(k.key)) out.push(j);
  });
  return out;
}

/** The hidden list after a click on `key`: hidden keys are shown again, shown ones hidden. */
export function toggleHidden(hidden: readonly string[], key: string): string[] {
  return hidden.includes(key) ? hidden.filter((k) => k !== key) : [...hidden, key];
}
