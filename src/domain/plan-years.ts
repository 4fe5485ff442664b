/**
 * The plan years a dataset knows: those of its programmes and those written on its buildings and
 * communities. The page opens on the newest programme's year and offers the others to pick.
 */
import type { Dataset } from './dataset.ts';

/**
 * The year a freshly loaded dataset opens on: its newest programme's, else every year (null).
 * @example defaultYear(sample) // 2023 (programmes of 2022 and 2023)
 */
export function defaultYear(dataset: Pick<Dataset, 'programmes'>): number | null {
  return dataset.programmes.reduce<number | null>((y, p) => (y === null || p.year > y ? p.year : y), null);
}

/**
 * Plan years to pick from: programme years and the years written on buildings and communities,
 * newest first.
 * @example planYears(sample) // [2024, 2023, 2022]
 */
export function planYears(dataset: Pick<Dataset, 'programmes' | 'buildings' | 'communities'>): number[] {
  const years = new Set<number>(dataset.programmes.map((p) => p.year));
  const py = dataset.buildings.planYear;
  for (let i = 0; i < py.length; i++) if (py[i] !== 0) years.add(py[i]);
  for (const c of dataset.communities) if (c.attrs.planYear) years.add(c.attrs.planYear);
  return [...years].sort((a, b) => b - a);
}

/**
 * Plan years a selection can be added to the candidate list for: the year before the default one
 * to two years after it, and on through next calendar year and the one after (a list for next
 * year can be started whatever year the data's newest programme is), with the list's own years.
 * @example listPlanYears(2024, [], 2026) // [2023, 2024, 2025, 2026, 2027, 2028]
 */
export function listPlanYears(next: number, listYears: readonly number[], thisYear: number): number[] {
  const last = Math.max(next + 2, thisYear + 2);
  const years = new Set<number>(listYears);
  for (let y = next - 1; y <= last; y++) years.add(y);
  return [...years].sort((a, b) => a - b);
}

/**
 * The years the plan-year picker offers: the data's (newest first) and, so that next year's
 * programme can be drawn up in the page, next calendar year and the one after.
 * @example offeredPlanYears([2023, 2022], 2026) // [2028, 2027, 2023, 2022]
 */
export function offeredPlanYears(years: readonly number[], thisYear: number): number[] {
  return [...new Set([...years, thisYear + 1, thisYear + 2])].sort((a, b) => b - a);
}
