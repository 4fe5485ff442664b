/**
 * Derived from the rules in force: each building's eligibility codes (reason bits) and what the
 * reserve tier holds. The codes are computed once per (dataset, rules, plan year) and shared by
 * the totals, the filter and the detail panel.
 */
import { DEFAULT_ELIGIBILITY, eligibilityCodes, reserveStatus } from '../../domain/eligibility.ts';
import type { ReserveStatus } from '../../domain/reserve-tier.ts';
import type { Dataset } from '../../domain/dataset.ts';
import { memoLast } from '../memo-last.ts';
import { selectViewDataset } from './schedule-selectors.ts';
import type { AtlasState, Rules } from '../state-types.ts';

const codesOf = memoLast((d: Dataset, rules: Rules, year: number | null): Uint16Array =>
  eligibilityCodes(d.buildings, rules, year),
);

/**
 * The plan year the codes depend on: the reserve tier's cap is a share of that year's programme;
 * without a reserve tier the year does not matter, and a year change computes nothing again.
 */
const codesYear = (s: AtlasState): number | null => (s.rules.reserveTo === null ? null : s.year);

/** Reason bits of every building under the rules in force (eligibility.ts); null before data. */
export const selectEligibilityCodes = (s: AtlasState): Uint16Array | null => {
  const d = selectViewDataset(s);
  return d ? codesOf(d, s.rules, codesYear(s)) : null;
};

const reserveOf = memoLast((d: Dataset, rules: Rules, year: number | null, codes: Uint16Array): ReserveStatus | null =>
  reserveStatus(d.buildings, rules, year, codes),
);

/** The reserve tier's cap and what it took, for the rules panel; null without a tier. */
export const selectReserveStatus = (s: AtlasState): ReserveStatus | null => {
  const codes = selectEligibilityCodes(s);
  const d = selectViewDataset(s);
  return d && codes ? reserveOf(d, s.rules, codesYear(s), codes) : null;
};

/** Do the rules differ from the defaults (the header marks it)? */
export function rulesChanged(r: Rules): boolean {
  return (Object.keys(DEFAULT_ELIGIBILITY) as (keyof Rules)[]).some((k) => r[k] !== DEFAULT_ELIGIBILITY[k]);
}
