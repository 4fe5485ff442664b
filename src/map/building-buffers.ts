/**
 * The typed arrays deck.gl draws from, built once and kept: positions once per dataset, a colour
 * buffer once per classification (so switching back to a colouring reuses it), and the grade D
 * buildings' own small list. A filter adds one 0/1 mask per row list. Each attribute descriptor
 * ({ value, size }) is kept too: deck.gl compares descriptors by identity, so a new filter
 * uploads its mask and nothing else — never the positions. Nothing here touches deck.gl or the
 * map: plain arrays, testable in Node.
 *
 * Each takes the display coordinate system (display-crs.ts): under GCJ-02 (高德 tiles) the
 * positions are a shifted copy, made once per table and kept beside the WGS84 ones, so
 * switching base maps back and forth rebuilds nothing.
 */
import type { BuildingTable } from '../domain/building-table.ts';
import { colourBuffer, type Classification } from '../domain/colour-classify.ts';
import type { Community } from '../domain/community.ts';
import { GRADE_D } from '../domain/vocabulary.ts';
import { displayGeometry, shiftedPositions, type DisplayCrs } from './display-crs.ts';

/** deck.gl binary data: `length` rows, attributes keyed by accessor name. */
export interface BinaryPoints {
  length: number;
  attributes: {
    /** lng, lat pairs (display degrees: WGS84, or GCJ-02 over 高德), 2 per row. */
    getPosition: { value: Float64Array; size: 2 };
    /** RGBA 0–255, 4 per row. */
    getFillColor?: { value: Uint8Array; size: 4; normalized: true };
    /** Class index per row, for the GPU category filter. */
    getFilterCategory?: { value: Uint8Array; size: 1 };
    /** 1 for a row the view keeps (the filter), 0 for the rest; absent = every row. */
    getFilterValue?: { value: Float32Array; size: 1 };
  };
}

const positionCache = new WeakMap<BuildingTable, Float64Array>();

/** Interleaved lng/lat of every building (16 bytes a building), built once per table. */
export function positionsOf(t: BuildingTable): Float64Array {
  let p = positionCache.get(t);
  if (!p) {
    p = new Float64Array(t.length * 2);
    for (let i = 0; i < t.length; i++) {
      p[2 * i] = t.lng[i];
      p[2 * i + 1] = t.lat[i];
    }
    positionCache.set(t, p);
  }
  return p;
}

const maskCache = new WeakMap<Uint32Array, Float32Array>();

/** 1 at each listed row, 0 elsewhere (4 bytes a building), once per row list. */
export function rowMask(length: number, rows: Uint32Array): Float32Array {
  let m = maskCache.get(rows);
  if (!m || m.length !== length) {
    m = new Float32Array(length);
    for (const i of rows) m[i] = 1;
    maskCache.set(rows, m);
  }
  return m;
}

type Descriptor<T> = { value: T; size: 1 | 2 | 4; normalized?: true };

/** The positions as drawn: the table's own (WGS84), or their shifted copy, made once. */
export function displayPositionsOf(t: BuildingTable, crs: DisplayCrs): Float64Array {
  return shiftedPositions(crs, positionsOf(t));
}

const positionDescriptors = {
  wgs84: new WeakMap<BuildingTable, { value: Float64Array; size: 2 }>(),
  gcj02: new WeakMap<BuildingTable, { value: Float64Array; size: 2 }>(),
};

/** The one position descriptor of a table in a system (so every data object made from it shares it). */
function positionAttribute(t: BuildingTable, crs: DisplayCrs): { value: Float64Array; size: 2 } {
  let d = positionDescriptors[crs].get(t);
  if (!d) positionDescriptors[crs].set(t, (d = { value: displayPositionsOf(t, crs), size: 2 }));
  return d;
}

const maskDescriptors = new WeakMap<Uint32Array, { value: Float32Array; size: 1 }>();

/** The one mask descriptor of a row list. */
function maskAttribute(length: number, rows: Uint32Array): { value: Float32Array; size: 1 } {
  let d = maskDescriptors.get(rows);
  if (!d || d.value.length !== length) maskDescriptors.set(rows, (d = { value: rowMask(length, rows), size: 1 }));
  return d;
}

/** Data objects of one classification in one display system: all rows, and per filter's rows. */
interface PointsSet {
  all?: BinaryPoints;
  byRows: WeakMap<Uint32Array, BinaryPoints>;
}

interface PointsEntry {
  colours: Descriptor<Uint8Array> & { size: 4; normalized: true };
  classes: Descriptor<Uint8Array> & { size: 1 };
  byCrs: Record<DisplayCrs, PointsSet>;
}

const pointsCache = new WeakMap<Classification, PointsEntry>();

/**
 * The buildings layer's data for a classification (and a street filter's rows): the table's one
 * position array, this classification's colours and classes, the filter's mask. The same object
 * comes back for the same classification, rows and display system, so deck.gl uploads nothing again.
 */
export function buildingPoints(
  t: BuildingTable,
  c: Classification,
  rows: Uint32Array | null = null,
  crs: DisplayCrs = 'wgs84',
): BinaryPoints {
  let entry = pointsCache.get(c);
  if (!entry) {
    const byCrs = { wgs84: { byRows: new WeakMap() }, gcj02: { byRows: new WeakMap() } };
    pointsCache.set(
      c,
      (entry = {
        colours: { value: colourBuffer(c), size: 4, normalized: true },
        classes: { value: c.classOf, size: 1 },
        byCrs,
      }),
    );
  }
  const set = entry.byCrs[crs];
  let d = rows ? set.byRows.get(rows) : set.all;
  if (!d) {
    d = {
      length: t.length,
      attributes: {
        getPosition: positionAttribute(t, crs),
        getFillColor: entry.colours,
        getFilterCategory: entry.classes,
        ...(rows ? { getFilterValue: maskAttribute(t.length, rows) } : {}),
      },
    };
    if (rows) set.byRows.set(rows, d);
    else set.all = d;
  }
  return d;
}

/** Grade D buildings: their rows and positions, drawn again on top, larger and outlined. */
export interface DangerPoints extends BinaryPoints {
  /** Row in the building table of each point: every grade D building, whatever the filter. */
  rows: Uint32Array;
}

const dangerCache = new WeakMap<
  BuildingTable,
  { all?: DangerPoints; shifted?: DangerPoints; byRows: Record<DisplayCrs, WeakMap<Uint32Array, DangerPoints>> }
>();

/**
 * Every grade D building, once per table (positions built once, and shifted once for GCJ-02);
 * with a filter's rows, the same points and a 0/1 mask of those the filter keeps.
 */
export function dangerPoints(
  t: BuildingTable,
  rows: Uint32Array | null = null,
  crs: DisplayCrs = 'wgs84',
): DangerPoints {
  let entry = dangerCache.get(t);
  if (!entry) dangerCache.set(t, (entry = { byRows: { wgs84: new WeakMap(), gcj02: new WeakMap() } }));
  if (!entry.all) {
    const found: number[] = [];
    for (let i = 0; i < t.length; i++) if (t.grade[i] === GRADE_D) found.push(i);
    const value = new Float64Array(found.length * 2);
    found.forEach((i, k) => {
      value[2 * k] = t.lng[i];
      value[2 * k + 1] = t.lat[i];
    });
    entry.all = {
      length: found.length,
      rows: Uint32Array.from(found),
      attributes: { getPosition: { value, size: 2 } },
    };
  }
  if (crs !== 'wgs84' && !entry.shifted) {
    const own = entry.all;
    entry.shifted = {
      ...own,
      attributes: { getPosition: { value: shiftedPositions(crs, own.attributes.getPosition.value), size: 2 } },
    };
  }
  const all = crs === 'wgs84' ? entry.all : entry.shifted!;
  if (!rows) return all;
  let d = entry.byRows[crs].get(rows);
  if (!d) {
    const keep = rowMask(t.length, rows);
    const mask = new Float32Array(all.length);
    all.rows.forEach((i, k) => (mask[k] = keep[i]));
    d = { ...all, attributes: { getPosition: all.attributes.getPosition, getFilterValue: { value: mask, size: 1 } } };
    entry.byRows[crs].set(rows, d);
  }
  return d;
}

const contextCache = {
  wgs84: new WeakMap<BuildingTable, BinaryPoints>(),
  gcj02: new WeakMap<BuildingTable, BinaryPoints>(),
};

/** Every building's position alone (the same array), for the faint layer behind a filter. */
export function contextPoints(t: BuildingTable, crs: DisplayCrs = 'wgs84'): BinaryPoints {
  let d = contextCache[crs].get(t);
  if (!d) contextCache[crs].set(t, (d = { length: t.length, attributes: { getPosition: positionAttribute(t, crs) } }));
  return d;
}

/** One polygon of a community (a MultiPolygon gives several), rings of [lng, lat] in display degrees. */
export interface CommunityPart {
  polygon: number[][][];
  /** Index of the community in dataset.communities. */
  community: number;
}

const partsCache = {
  wgs84: new WeakMap<readonly Community[], CommunityPart[]>(),
  gcj02: new WeakMap<readonly Community[], CommunityPart[]>(),
};

/** The communities' polygons, one part per polygon, as drawn; once per list and display system. */
export function communityParts(communities: readonly Community[], crs: DisplayCrs = 'wgs84'): CommunityPart[] {
  let parts = partsCache[crs].get(communities);
  if (!parts) {
    parts = [];
    communities.forEach((c, ci) => {
      const g = c.geometry && displayGeometry(crs, c.geometry);
      if (!g) return;
      const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
      for (const p of polys) parts?.push({ polygon: p, community: ci });
    });
    partsCache[crs].set(communities, parts);
  }
  return parts;
}
