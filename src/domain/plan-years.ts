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
