/**
 * Street offices ranked as the ministry ranks provinces: by start rate (开工率) and by completion
 * rate (完工率), both counted by households; equal household rates are told apart by the same
 * rate counted by communities, and rows still equal on both share a rank (1, 1, 3) and stand in
 * name order. A row with no programme (no programme households and no programme communities)
 * has no rate to rank: it comes last, unranked and flagged.
 */
import type { SummaryRow } from './aggregate.ts';

/** Which rate a ranking orders by. */
export type RankMeasure = 'start' | 'completion';

export interface StreetRank {
  /** The summary row (a street office of a by-street summary), not copied. */
  row: SummaryRow;
  /** 1 = highest start rate; null for a row with no programme. */
  startRank: number | null;
  /** 1 = highest completion rate; null for a row with no programme. */
  completionRank: number | null;
  /** Nothing of this office is in the programme: its rates mean nothing; listed last. */
  noProgramme: boolean;
}

/** The rates each measure reads: households first (the ministry's), then communities. */
const RATES: Record<RankMeasure, readonly [keyof SummaryRow, keyof SummaryRow]> = {
  start: ['startRateHouseholds', 'startRateCommunities'],
  completion: ['completionRateHouseholds', 'completionRateCommunities'],
};

const collator = new Intl.Collator('zh-CN', { numeric: true });

/** True when a row has nothing in the programme to take a rate of. */
const hasNoProgramme = (r: SummaryRow): boolean => r.programmeHouseholds === 0 && r.programmeCommunities === 0;

/** Negative when a ranks above b on the measure's rates (names not looked at); 0 when equal on both. */
function compareRates(a: SummaryRow, b: SummaryRow, measure: RankMeasure): number {
  for (const f of RATES[measure]) {
    const x = a[f] as number;
    const y = b[f] as number;
    if (x !== y) return y - x;
  }
  return 0;
}

/**
 * Rows in the order of a measure: ranked rows by their rates (highest first), equal ones by name
 * (Chinese collation, the unnamed group last), then the rows with no programme by name.
 */
function orderOf(rows: readonly SummaryRow[], measure: RankMeasure): SummaryRow[] {
  const byName = (a: SummaryRow, b: SummaryRow): number => {
    if ((a.key === '') !== (b.key === '')) return a.key === '' ? 1 : -1;
    return collator.compare(a.key, b.key);
  };
  return [...rows].sort((a, b) => {
    const na = hasNoProgramme(a);
    const nb = hasNoProgramme(b);
    if (na !== nb) return na ? 1 : -1;
    return (na ? 0 : compareRates(a, b, measure)) || byName(a, b);
  });
}

/** Competition ranks (1, 1, 3) of rows already in the measure's order; null for no programme. */
function ranksOf(ordered: readonly SummaryRow[], measure: RankMeasure): Map<SummaryRow, number | null> {
  const out = new Map<SummaryRow, number | null>();
  ordered.forEach((r, i) => {
    if (hasNoProgramme(r)) out.set(r, null);
    else {
      const prev = i > 0 ? ordered[i - 1] : null;
      const tied = prev !== null && !hasNoProgramme(prev) && compareRates(prev, r, measure) === 0;
      out.set(r, tied ? (out.get(prev) ?? i + 1) : i + 1);
    }
  });
  return out;
}

/**
 * Rank the groups of a by-street summary by start rate and by completion rate, returned in the
 * order of `orderBy` (start rate by default). The rows are not copied or changed.
 * @example
 * rankStreets(summarize(data, { by: 'street', year: 2022 }).groups)[0]
 * // { row: { key: '常庄街道', … }, startRank: 1, completionRank: 1, noProgramme: false }
 */
export function rankStreets(groups: readonly SummaryRow[], orderBy: RankMeasure = 'start'): StreetRank[] {
  const start = ranksOf(orderOf(groups, 'start'), 'start');
  const completion = ranksOf(orderOf(groups, 'completion'), 'completion');
  return orderOf(groups, orderBy).map((row) => ({
    row,
    startRank: start.get(row) ?? null,
    completionRank: completion.get(row) ?? null,
    noProgramme: hasNoProgramme(row),
  }));
}

/**
 * The next street office when stepping through a ranking: from the whole district (null) the
 * first, from the last back to the whole district; backwards the other way round.
 * @example stepStreet(['临城街道', '常庄街道'], null, 1) // '临城街道'
 */
export function stepStreet(keys: readonly string[], current: string | null, step: 1 | -1): string | null {
  if (keys.length === 0) return null;
  const at = current === null ? -1 : keys.indexOf(current);
  // An office not in the list (a filter set elsewhere) steps as if from the whole district.
  const from = at === -1 ? (step === 1 ? -1 : keys.length) : at;
  const next = from + step;
  return next < 0 || next >= keys.length ? null : keys[next];
}
