/**
 * The communities behind their programme's schedule, for the one-page brief's list of what is
 * late: from a per-community summary with the overdue counts (summarize() with an overdue mask).
 */
import { communityKeys, type Summary } from './aggregate.ts';
import type { Community } from './community.ts';

/** A community behind its programme's schedule, for the brief's list of what is late. */
export interface LateCommunity {
  /** The community as the summary names it (name, with its street office when names repeat). */
  key: string;
  street: string;
  overdueBuildings: number;
  overdueHouseholds: number;
}

/**
 * Communities with overdue buildings, the most overdue buildings first (then households, then
 * name), from summarize() per community with the same filter, rules, day and overdue mask.
 * @example lateCommunities(summarize(d, { by: 'community', year: 2023, overdue }), d.communities)[0].overdueBuildings
 */
export function lateCommunities(byCommunity: Summary, communities: readonly Community[]): LateCommunity[] {
  const keys = communityKeys(communities);
  const streetOf = new Map<string, string>();
  keys.forEach((k, i) => streetOf.set(k, communities[i].street));
  return byCommunity.groups
    .filter((g) => g.overdueBuildings > 0)
    .map((g) => ({
      key: g.key,
      street: streetOf.get(g.key) ?? '',
      overdueBuildings: g.overdueBuildings,
      overdueHouseholds: g.overdueHouseholds,
    }))
    .sort(
      (a, b) =>
        b.overdueBuildings - a.overdueBuildings ||
        b.overdueHouseholds - a.overdueHouseholds ||
        a.key.localeCompare(b.key, 'zh-CN'),
    );
}
