/**
 * Where a street office lies, for zooming the map to it: the bounding box of its polygon, else
 * of its communities' polygons, else of its buildings' points.
 */
import type { BuildingTable } from './building-table.ts';
import { streetKey, type Community, type StreetOffice } from './community.ts';
import type { AreaGeometry } from './polygon-index.ts';

/** [west, south, east, north] in WGS84 degrees. */
export type LngLatBounds = [number, number, number, number];

class BoundsBuilder {
  w = Infinity;
  s = Infinity;
  e = -Infinity;
  n = -Infinity;

  add(x: number, y: number): void {
    if (x < this.w) this.w = x;
    if (x > this.e) this.e = x;
    if (y < this.s) this.s = y;
    if (y > this.n) this.n = y;
  }

  addGeometry(g: AreaGeometry): void {
    const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    for (const p of polygons) for (const [x, y] of p[0] ?? []) this.add(x, y);
  }

  result(): LngLatBounds | null {
    return this.w === Infinity ? null : [this.w, this.s, this.e, this.n];
  }
}

/**
 * The bounding box of one street office (any spelling of its name), or null when nothing of it
 * has a place. `rows` are its buildings (from filterByStreet), read only when no polygon says.
 * @example streetBounds(data, '临城街道', rows) // [117.18, 34.74, 117.31, 34.83]
 */
export function streetBounds(
  data: { buildings: BuildingTable; communities: readonly Community[]; streets: readonly StreetOffice[] },
  street: string,
  rows: Uint32Array,
): LngLatBounds | null {
  const key = streetKey(street);
  const own = new BoundsBuilder();
  for (const s of data.streets) if (s.geometry && streetKey(s.name) === key) own.addGeometry(s.geometry);
  if (own.result()) return own.result();
  const communities = new BoundsBuilder();
  for (const c of data.communities)
    if (c.geometry && c.street !== '' && streetKey(c.street) === key) communities.addGeometry(c.geometry);
  if (communities.result()) return communities.result();
  const points = new BoundsBuilder();
  for (const i of rows) points.add(data.buildings.lng[i], data.buildings.lat[i]);
  return points.result();
}

/**
 * The bounding box of buildings `rows` together with the polygons of the communities they are
 * linked to (a community chosen in the filters: its polygon, else its buildings), or null when
 * the rows are none.
 * @example rowsBounds(data, filterBuildings(t, communities, { ...EMPTY_FILTER, community: '法院家属院' }, null))
 */
export function rowsBounds(
  data: { buildings: BuildingTable; communities: readonly Community[] },
  rows: Uint32Array,
): LngLatBounds | null {
  const b = new BoundsBuilder();
  const seen = new Set<number>();
  for (const i of rows) {
    b.add(data.buildings.lng[i], data.buildings.lat[i]);
    const c = data.buildings.communityIndex[i];
    if (c < 0 || seen.has(c)) continue;
    seen.add(c);
    const g = data.communities[c]?.geometry;
    if (g) b.addGeometry(g);
  }
  return b.result();
}
