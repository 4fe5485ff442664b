/** Group keys of communities, for a summary by community. */
import type { Community } from './community.ts';

const keysCache = new WeakMap<readonly Community[], readonly string[]>();

/**
 * Community names as group keys; equal names in two streets get the street added. Made once per
 * communities list (a filter change or a re-total reads them again): the same array comes back.
 */
export function communityKeys(communities: readonly Community[]): readonly string[] {
  let keys = keysCache.get(communities);
  if (!keys) {
    const count = new Map<string, number>();
    for (const c of communities) count.set(c.name, (count.get(c.name) ?? 0) + 1);
    keys = communities.map((c) =>
      (count.get(c.name) ?? 0) > 1 && c.street ? `${c.name}（${c.street}）` : c.name || c.id,
    );
    keysCache.set(communities, keys);
  }
  return keys;
}
