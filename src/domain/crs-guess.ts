/**
 * Is a layer in the wrong coordinate system? GCJ-02 and BD-09 numbers look like WGS84 ones (they
 * are offset by a few hundred metres), so they are told apart by where the points fall: when few
 * of a layer's points lie in any reference polygon (communities, or street offices) as they are,
 * and most would once read as GCJ-02 or BD-09, the importer says so and offers the conversion.
 * Latitude and longitude swapped (34.8, 117.2) is caught the same way.
 */
import { fromWgs84, toWgs84 } from './crs.ts';
import { labelPoint } from './link-dataset.ts';
import { createPolygonIndex, type AreaGeometry, type PolygonIndex } from './polygon-index.ts';

/** A reading of the points other than as written. */
export type Reading = 'as-is' | 'gcj02' | 'bd09' | 'swapped';

export interface ShiftVerdict {
  /** Share of the sampled points inside a reference polygon under each reading, 0–1. */
  inside: Record<Reading, number>;
  /** Points looked at (a spread-out sample of at most `maxSample`). */
  sampled: number;
  /** The reading to suggest, or null when the points are fine as they are (or nothing fits). */
  suggest: Exclude<Reading, 'as-is'> | null;
}

export interface GuessOptions {
  /** At most this many points are tested per reading (every k-th point). */
  maxSample?: number;
  /** A suggestion needs at least this share inside under it… */
  minShare?: number;
  /** …and this much more than as written. */
  minGain?: number;
}

type Transform = (x: number, y: number) => [number, number];

/**
 * Share of a spread-out sample of the points inside the reference polygons under each reading
 * (a transform of the points; null = as written), and the reading to suggest: one with at least
 * `minShare` inside, `minGain` more than as written, and more than any other.
 */
function verdictOf<R extends Exclude<Reading, 'as-is'>>(
  lngs: ArrayLike<number>,
  lats: ArrayLike<number>,
  reference: PolygonIndex,
  readings: Record<R, Transform>,
  opts: GuessOptions,
): ShiftVerdict {
  const maxSample = opts.maxSample ?? 2000;
  const minShare = opts.minShare ?? 0.5;
  const minGain = opts.minGain ?? 0.3;
  const n = Math.min(lngs.length, lats.length);
  const step = Math.max(1, Math.ceil(n / maxSample));
  const keys = Object.keys(readings) as R[];
  const hits = { 'as-is': 0, gcj02: 0, bd09: 0, swapped: 0 };
  let sampled = 0;
  for (let i = 0; i < n; i += step) {
    const x = lngs[i];
    const y = lats[i];
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    sampled++;
    if (reference.find(x, y) >= 0) hits['as-is']++;
    for (const r of keys) if (reference.find(...readings[r](x, y)) >= 0) hits[r]++;
  }
  const share = (r: Reading): number => (sampled > 0 ? hits[r] / sampled : 0);
  const inside = { 'as-is': share('as-is'), gcj02: share('gcj02'), bd09: share('bd09'), swapped: share('swapped') };
  let suggest: ShiftVerdict['suggest'] = null;
  let best = inside['as-is'];
  for (const r of keys) {
    if (inside[r] >= minShare && inside[r] >= inside['as-is'] + minGain && inside[r] > best) {
      suggest = r;
      best = inside[r];
    }
  }
  return { inside, sampled, suggest };
}

/**
 * Share of points inside the reference polygons as written, read as GCJ-02, as BD-09, and with
 * longitude and latitude swapped; and which reading to suggest.
 * @example guessShift(lngs, lats, createPolygonIndex(communityGeometries)).suggest // 'gcj02'
 */
export function guessShift(
  lngs: ArrayLike<number>,
  lats: ArrayLike<number>,
  reference: PolygonIndex,
  opts: GuessOptions = {},
): ShiftVerdict {
  return verdictOf(
    lngs,
    lats,
    reference,
    { gcj02: toWgs84('gcj02'), bd09: toWgs84('bd09'), swapped: (x, y) => [y, x] },
    opts,
  );
}

/**
 * The other way round: do the points fall inside the reference polygons once the POLYGONS are
 * read as GCJ-02 or BD-09? Moving the polygons back to WGS84 is, relative to the points, moving
 * the points from WGS84 into that system. A layer in GCJ-02 moves one way against WGS84 and the
 * other against it, so the direction tells which of two files is the shifted one.
 * @example guessReferenceShift(wgsBuildingLngs, wgsBuildingLats, gcjCommunityIndex).suggest // 'gcj02'
 */
function guessReferenceShift(
  lngs: ArrayLike<number>,
  lats: ArrayLike<number>,
  reference: PolygonIndex,
  opts: GuessOptions = {},
): ShiftVerdict {
  return verdictOf(lngs, lats, reference, { gcj02: fromWgs84('gcj02'), bd09: fromWgs84('bd09') }, opts);
}

/** A layer whose points or areas fit another layer better read in another system. */
export interface LayerShift {
  /** The layer to convert (as in the dataset's fileNames). */
  file: string;
  verdict: ShiftVerdict & { suggest: Exclude<Reading, 'as-is'> };
  /** The files it was tested against. */
  against: string[];
  /**
   * True when the shares are of the OTHER files' points inside this layer's areas (this layer
   * read as suggested); false when they are of this layer's points inside the others' areas.
   */
  byOthers: boolean;
}

interface Area {
  geometry: AreaGeometry | null;
  file: string;
}

export interface LayerCheckInput {
  lng: ArrayLike<number>;
  lat: ArrayLike<number>;
  fileIndex: ArrayLike<number>;
  communities: readonly Area[];
  streets: readonly Area[];
  outlines: readonly Area[];
  fileNames: readonly string[];
  /** Files whose system the user set (or asked to swap): never second-guessed. */
  fixed: ReadonlySet<string>;
}

function withGeometry(areas: readonly Area[]): Area[] {
  return areas.filter((a) => a.geometry !== null);
}

function filesOf(areas: readonly Area[]): string[] {
  return [...new Set(areas.map((a) => a.file))];
}

/**
 * The layers read as WGS84 that are in another system, told by where they fall. Each buildings
 * file's points are tested against the community polygons of other files (else the street
 * offices, else the district outline): when they fit read as GCJ-02 / BD-09 / swapped, the
 * buildings file is the one to convert; when they fit with the communities read that way, the
 * community file is. Community polygons are also tested (a point inside each) against the
 * street offices. Street offices are coarse (a 500 m shift leaves most points in their office),
 * so communities decide where there are any.
 * @example
 * layerShifts({ ...table, communities, streets, outlines, fileNames, fixed: new Set() })[0]?.verdict.suggest
 * // 'gcj02'
 */
export function layerShifts(input: LayerCheckInput, opts: GuessOptions = {}): LayerShift[] {
  const out = new Map<string, LayerShift>();
  const add = (file: string, verdict: ShiftVerdict, against: string[], byOthers = false): void => {
    if (verdict.suggest && !input.fixed.has(file) && !out.has(file))
      out.set(file, { file, verdict: { ...verdict, suggest: verdict.suggest }, against, byOthers });
  };
  const communities = withGeometry(input.communities);
  const streets = withGeometry(input.streets);
  const outlines = withGeometry(input.outlines);
  // Nothing to tell a layer against: no pass over the rows.
  if (communities.length + streets.length + outlines.length === 0) return [];
  const byFile = new Map<number, number[]>();
  for (let i = 0; i < input.fileIndex.length; i++) {
    const f = input.fileIndex[i];
    const rows = byFile.get(f);
    if (rows) rows.push(i);
    else byFile.set(f, [i]);
  }
  for (const [f, rows] of byFile) {
    const file = input.fileNames[f];
    if (input.fixed.has(file)) continue;
    const candidates = [communities, streets, outlines].map((c) => c.filter((a) => a.file !== file));
    const level = candidates.findIndex((c) => c.length > 0);
    if (level < 0) continue;
    const reference = candidates[level];
    const index = createPolygonIndex(reference.map((a) => a.geometry));
    // A spread-out sample is all the verdict looks at (guessShift's maxSample).
    const step = Math.max(1, Math.ceil(rows.length / (opts.maxSample ?? 2000)));
    const picked = rows.filter((_, k) => k % step === 0);
    const xs = picked.map((i) => input.lng[i]);
    const ys = picked.map((i) => input.lat[i]);
    const own = guessShift(xs, ys, index, opts);
    if (own.suggest) {
      add(file, own, filesOf(reference));
      continue;
    }
    if (level !== 0 || own.inside['as-is'] >= (opts.minShare ?? 0.5)) continue;
    const theirs = guessReferenceShift(xs, ys, index, opts);
    for (const ref of filesOf(reference)) add(ref, theirs, [file], true);
  }
  for (const file of filesOf(communities)) {
    const reference = streets.filter((a) => a.file !== file);
    if (input.fixed.has(file) || out.has(file) || reference.length === 0) continue;
    const points = communities.filter((c) => c.file === file).map((c) => labelPoint(c.geometry as AreaGeometry));
    add(
      file,
      guessShift(
        points.map((p) => p[0]),
        points.map((p) => p[1]),
        createPolygonIndex(reference.map((a) => a.geometry)),
        opts,
      ),
      filesOf(reference),
    );
  }
  return [...out.values()];
}
