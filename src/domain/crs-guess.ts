/**
 * Is a layer in the wrong coordinate system? GCJ-02 and BD-09 numbers look like WGS84 ones (they
 * are offset by a few hundred metres), so they are told apart by where the points fall: when few
 * of a layer's points lie in any reference polygon (communities, or street offices) as they are,
 * and most would once read as GCJ-02 or BD-09, the importer says so and offers the conversion.
 * Latitude and longitude swapped (34.8, 117.2) is caught the same way.
 */
import { toWgs84 } from './crs.ts';
import type { PolygonIndex } from './polygon-index.ts';

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

/**
 * Share of points inside the reference polygons as written, read as GCJ-02, as BD-09, and with
 * longitude and latitude swapped; and which reading to suggest.
 * @example guessShift(lngs, lats, createPolygonIndex(communityGeometries)).suggest // 'gcj02'
 */
export function guessShift(lngs: ArrayLike<number>, lats: ArrayLike<number>, reference: PolygonIndex, opts: GuessOptions = {}): ShiftVerdict {
  const maxSample = opts.maxSample ?? 2000;
  const minShare = opts.minShare ?? 0.5;
  const minGain = opts.minGain ?? 0.3;
  const n = Math.min(lngs.length, lats.length);
  const step = Math.max(1, Math.ceil(n / maxSample));
  const fromGcj = toWgs84('gcj02');
  const fromBd = toWgs84('bd09');
  const hits: Record<Reading, number> = { 'as-is': 0, gcj02: 0, bd09: 0, swapped: 0 };
  let sampled = 0;
  for (let i = 0; i < n; i += step) {
    const x = lngs[i];
    const y = lats[i];
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    sampled++;
    if (reference.find(x, y) >= 0) hits['as-is']++;
    if (reference.find(...fromGcj(x, y)) >= 0) hits.gcj02++;
    if (reference.find(...fromBd(x, y)) >= 0) hits.bd09++;
    if (reference.find(y, x) >= 0) hits.swapped++;
  }
  const share = (r: Reading): number => (sampled > 0 ? hits[r] / sampled : 0);
  const inside = { 'as-is': share('as-is'), gcj02: share('gcj02'), bd09: share('bd09'), swapped: share('swapped') };
  let suggest: ShiftVerdict['suggest'] = null;
  let best = inside['as-is'];
  for (const r of ['gcj02', 'bd09', 'swapped'] as const) {
    if (inside[r] >= minShare && inside[r] >= inside['as-is'] + minGain && inside[r] > best) {
      suggest = r;
      best = inside[r];
    }
  }
  return { inside, sampled, suggest };
}
