/**
 * What the filter's pickers offer: the 社区 and the communities of the chosen street office (and
 * 社区), as the data names them. Read from the buildings' columns (one pass, dictionary codes) and
 * from communities without building rows, so a picker never offers a value that keeps nothing.
 */
import { communityKeys } from './aggregate.ts';
import type { BuildingTable } from './building-table.ts';
import { streetKey, type Community } from './community.ts';

interface OptionData {
  buildings: BuildingTable;
  communities: readonly Community[];
}

const collator = new Intl.Collator('zh-CN', { numeric: true });
const sorted = (xs: Iterable<string>): string[] => [...xs].sort((a, b) => collator.compare(a, b));

/** Does a street office name (any spelling) match `key` (a streetKey), or is there no office chosen? */
const inStreet = (name: string, key: string | null): boolean =>
  key === null || (name !== '' && streetKey(name) === key);

/**
 * 社区 names in a street office (every office when null), sorted.
 * @example shequOptions(data, '临城街道') // ['东风社区', '幸福社区']
 */
export function shequOptions(data: OptionData, street: string | null): string[] {
  const t = data.buildings;
  const key = street === null ? null : streetKey(street);
  const streetOk = t.street.values.map((v) => inStreet(v, key));
  const seen = new Uint8Array(t.shequ.values.length);
  for (let i = 0; i < t.length; i++) if (streetOk[t.street.codes[i]]) seen[t.shequ.codes[i]] = 1;
  const out = new Set<string>();
  t.shequ.values.forEach((v, code) => {
    if (seen[code] && v.trim() !== '') out.add(v.trim());
  });
  for (const c of data.communities) if (c.shequ.trim() !== '' && inStreet(c.street, key)) out.add(c.shequ.trim());
  return sorted(out);
}

/**
 * Communities (their names, or "name（street）" where two offices share a name: communityKeys)
 * in a street office and 社区 (every one when null), sorted.
 * @example communityOptions(data, '临城街道', null) // ['东风小区', '幸福小区']
 */
export function communityOptions(data: OptionData, street: string | null, shequ: string | null): string[] {
  const t = data.buildings;
  const keys = communityKeys(data.communities);
  const key = street === null ? null : streetKey(street);
  const streetOk = t.street.values.map((v) => inStreet(v, key));
  const shequOk = t.shequ.values.map((v) => shequ === null || v.trim() === shequ);
  const kept = new Uint8Array(data.communities.length);
  const hasRows = new Uint8Array(data.communities.length);
  for (let i = 0; i < t.length; i++) {
    const ci = t.communityIndex[i];
    if (ci < 0) continue;
    hasRows[ci] = 1;
    if (streetOk[t.street.codes[i]] && shequOk[t.shequ.codes[i]]) kept[ci] = 1;
  }
  data.communities.forEach((c, ci) => {
    if (!hasRows[ci] && inStreet(c.street, key) && (shequ === null || c.shequ.trim() === shequ)) kept[ci] = 1;
  });
  const out = new Set<string>();
  keys.forEach((k, ci) => {
    if (kept[ci] && k !== '') out.add(k);
  });
  return sorted(out);
}

/** Is `name` a community of the data, by name or by key? */
export function hasCommunity(communities: readonly Community[], name: string): boolean {
  const n = name.trim();
  const keys = communityKeys(communities);
  return communities.some((c, ci) => c.name === n || keys[ci] === n);
}
