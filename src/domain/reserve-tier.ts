/**
 * The reserve tier (储备) of eligibility.ts: buildings built in the years just after the cut-off that
 * no other rule makes eligible, ranked oldest first and taken while their households fit under a
 * share of the programme's households.
 */
import type { BuildingTable } from './building-table.ts';
import { BY_RESERVE, ELIGIBLE_MASK, FLAG_EXCLUDED_D, FLAG_RESERVE_OVER_CAP } from './eligibility-codes.ts';
import { inProgramme } from './in-programme.ts';
import { YEAR_EXACT, YEAR_RANGE } from './parse-values.ts';

/** A reserve tier as the settings define it. */
export interface ReserveTier {
  /** First and last build year of the tier (the year after the cut-off, and reserveTo). */
  from: number;
  to: number;
  /** The cap as a share (0–1) of the plan year's programme households. */
  share: number;
}

/** Households of the programme of `year` (every year's when null), buildings table only; NaN counts 0. */
export function programmeHouseholds(t: BuildingTable, year: number | null): number {
  let sum = 0;
  for (let i = 0; i < t.length; i++) {
    if (!inProgramme(t.stage[i], t.planYear[i], year)) continue;
    const hh = t.households[i];
    if (hh === hh) sum += hh;
  }
  return sum;
}

/**
 * Mark the reserve tier in `codes`: candidates ranked oldest first by a stable counting sort
 * (build years in the tier are few), taken while their households fit under the cap.
 */
export function markReserve(t: BuildingTable, tier: ReserveTier, year: number | null, codes: Uint16Array): void {
  const first = tier.from;
  const last = tier.to;
  const span = last - first + 1;
  if (span <= 0) return;
  const key = new Int32Array(t.length).fill(-1);
  const bucketSize = new Uint32Array(span * span + 1);
  for (let i = 0; i < t.length; i++) {
    const kind = t.yearKind[i];
    if (kind !== YEAR_EXACT && kind !== YEAR_RANGE) continue;
    const f = t.yearFrom[i];
    const l = t.yearTo[i];
    if (f < first || l > last || (codes[i] & (ELIGIBLE_MASK | FLAG_EXCLUDED_D)) !== 0) continue;
    const k = (f - first) * span + (l - first);
    key[i] = k;
    bucketSize[k + 1]++;
  }
  for (let k = 1; k < bucketSize.length; k++) bucketSize[k] += bucketSize[k - 1];
  const order = new Uint32Array(bucketSize[bucketSize.length - 1]);
  for (let i = 0; i < t.length; i++) if (key[i] >= 0) order[bucketSize[key[i]]++] = i;
  const cap = tier.share * programmeHouseholds(t, year);
  let taken = 0;
  let over = false;
  for (const i of order) {
    const hh = t.households[i];
    if (!over && taken + (hh === hh ? hh : 0) <= cap + 1e-9) {
      taken += hh === hh ? hh : 0;
      codes[i] |= BY_RESERVE;
    } else {
      over = true; // oldest first: once one does not fit, none after it is taken
      codes[i] |= FLAG_RESERVE_OVER_CAP;
    }
  }
}

/** What the reserve tier holds under some settings, for the rules panel. */
export interface ReserveStatus {
  /** First and last build year of the tier. */
  from: number;
  to: number;
  /** Cap in households: share × programme households. */
  capHouseholds: number;
  programmeHouseholds: number;
  withinBuildings: number;
  withinHouseholds: number;
  overBuildings: number;
  overHouseholds: number;
}

/** The tier's cap and what it took, from codes marked with the same tier and year (see reserveStatus). */
export function tierStatus(
  t: BuildingTable,
  tier: ReserveTier,
  year: number | null,
  codes: Uint16Array,
): ReserveStatus {
  const programme = programmeHouseholds(t, year);
  const r: ReserveStatus = {
    from: tier.from,
    to: tier.to,
    capHouseholds: Math.round(tier.share * programme * 100) / 100,
    programmeHouseholds: programme,
    withinBuildings: 0,
    withinHouseholds: 0,
    overBuildings: 0,
    overHouseholds: 0,
  };
  for (let i = 0; i < t.length; i++) {
    const hh = t.households[i] === t.households[i] ? t.households[i] : 0;
    if (codes[i] & BY_RESERVE) {
      r.withinBuildings++;
      r.withinHouseholds += hh;
    } else if (codes[i] & FLAG_RESERVE_OVER_CAP) {
      r.overBuildings++;
      r.overHouseholds += hh;
    }
  }
  return r;
}
