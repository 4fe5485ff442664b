/**
 * The one-page brief as a sheet of paper and a file: the landscape sheet sizes it is laid out on,
 * and the name its PNG or PDF is saved under.
 */

/** The sheets the brief is printed or exported on, landscape. */
export type PaperSize = 'A4' | 'A3';

/** Landscape sheet sizes in millimetres. */
export const PAPER_MM: Readonly<Record<PaperSize, { width: number; height: number }>> = {
  A4: { width: 297, height: 210 },
  A3: { width: 420, height: 297 },
};

/**
 * The brief's file name, without extension: prefix, district, plan year and the day the figures
 * are as of, e.g. "简报-薛城区-2023-2023-12-01". Characters file systems refuse become "_".
 * @example briefFileName('简报', '薛城区', 2023, '2023-12-01') // "简报-薛城区-2023-2023-12-01"
 */
export function briefFileName(prefix: string, district: string, year: number | null, isoDay: string): string {
  const parts = [prefix, district, year === null ? '' : String(year), isoDay].filter((p) => p !== '');
  return parts.join('-').replace(/[\\/:*?"<>|\s]+/g, '_');
}
