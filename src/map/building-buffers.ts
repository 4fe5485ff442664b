/**
 * The typed arrays deck.gl draws from, built once and kept: positions once per dataset, a colour
 * buffer once per classification (so switching back to a colouring reuses it), and the grade D
 * buildings' own small list. Nothing here touches deck.gl or the map: plain arrays, testable in Node.
 */
import type { BuildingTable } from '../domain/building-table.ts';
import { colourBuffer, type Classification } from '../domain/colour-classes.ts';
import type { Community } from '../domain/community.ts';
import { GRADE_D } from '../domain/vocabulary.ts';

/** deck.gl binary data: `length` rows, attributes keyed by accessor name. */
export interface BinaryPoints {
  length: number;
  attributes: {
    /** lng, lat pairs (WGS84 degrees), 2 per row. */
    getPosition: { value: Float64Array; size: 2 };
    /** RGBA 0–255, 4 per row. */
    getFillColor?: { value: Uint8Array; size: 4; normalized: true };
    /** Class index per row, for the GPU category filter. */
    getFilterCategory?: { value: Uint8Array; size: 1 };
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

const pointsCache = new WeakMap<Classification, BinaryPoints>();

/**
 * The buildings layer's data for a classification: the table's one position array, this
 * classification's colours and classes. The same object comes back for the same classification.
 */
export function buildingPoints(t: BuildingTable, c: Classification): BinaryPoints {
  let d = pointsCache.get(c);
  if (!d) {
    d = {
      length: t.length,
      attributes: {
        getPosition: { value: positionsOf(t), size: 2 },
        getFillColor: { value: colourBuffer(c), size: 4, normalized: true },
        getFilterCategory: { value: c.classOf, size: 1 },
      },
    };
    pointsCache.set(c, d);
  }
  return d;
}

/** Grade D buildings: their rows and positions, drawn again on top, larger and outlined. */
export interface DangerPoints extends BinaryPoints {
  /** Row in the building table of each point. */
  rows: Uint32Array;
}

const dangerCache = new WeakMap<BuildingTable, DangerPoints>();

export function dangerPoints(t: BuildingTable): DangerPoints {
  let d = dangerCache.get(t);
  if (!d) {
    let n = 0;
    for (let i = 0; i < t.length; i++) if (t.grade[i] === GRADE_D) n++;
    const rows = new Uint32Array(n);
    const value = new Float64Array(n * 2);
    for (let i = 0, k = 0; i < t.length; i++) {
      if (t.grade[i] !== GRADE_D) continue;
      rows[k] = i;
      value[2 * k] = t.lng[i];
      value[2 * k + 1] = t.lat[i];
      k++;
    }
    d = { length: n, rows, attributes: { getPosition: { value, size: 2 } } };
    dangerCache.set(t, d);
  }
  return d;
}

/** One polygon of a community (a MultiPolygon gives several), rings of [lng, lat]. */
export interface CommunityPart {
  polygon: number[][][];
  /** Index of the community in dataset.communities. */
  community: number;
}

const partsCache = new WeakMap<readonly Community[], CommunityPart[]>();

export function communityParts(communities: readonly Community[]): CommunityPart[] {
  let parts = partsCache.get(communities);
  if (!parts) {
    parts = [];
    communities.forEach((c, ci) => {
      const g = c.geometry;
      if (!g) return;
      const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
      for (const p of polys) parts?.push({ polygon: p, community: ci });
    });
    partsCache.set(communities, parts);
  }
  return parts;
}
