/**
 * Sorting the summary table by a column: numbers as numbers, names as the summary sorts them
 * (Chinese collation, numbers in names by value), the unnamed group ('') always last, ties in
 * name order. The totals row is not a group and never moves.
 */
import type { SummaryRow } from './aggregate.ts';

export type SortField = keyof SummaryRow;

export interface SortOrder {
  field: SortField;
  dir: 'asc' | 'desc';
}

/** The summary's own order. */
export const DEFAULT_SORT: SortOrder = { field: 'key', dir: 'asc' };

const collator = new Intl.Collator('zh-CN', { numeric: true });

/**
 * The groups in a new array, sorted.
 * @example sortGroups(summary.groups, { field: 'programmeHouseholds', dir: 'desc' })[0].key // '临城街道'
 */
export function sortGroups(groups: readonly SummaryRow[], order: SortOrder): SummaryRow[] {
  const sign = order.dir === 'asc' ? 1 : -1;
  const byName = (a: SummaryRow, b: SummaryRow): number => collator.compare(a.key, b.key);
  return [...groups].sort((a, b) => {
    if ((a.key === '') !== (b.key === '')) return a.key === '' ? 1 : -1;
    if (order.field === 'key') return sign * byName(a, b);
    const x = a[order.field] as number;
    const y = b[order.field] as number;
    return x !== y ? sign * (x < y ? -1 : 1) : byName(a, b);
  });
}

/**
 * The order after a click on a column header: a new column starts descending (largest first)
 * for figures and ascending for names; the same column flips. No order (null) is by name, ascending.
 */
export function nextSort(current: SortOrder | null, field: SortField): SortOrder {
  const cur = current ?? DEFAULT_SORT;
  if (cur.field === field) return { field, dir: cur.dir === 'asc' ? 'desc' : 'asc' };
  return { field, dir: field === 'key' ? 'asc' : 'desc' };
}
