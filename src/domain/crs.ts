/**
 * Coordinate systems files arrive in, and the transforms to and from WGS84 (the map's and the
 * maths' system):
 * - WGS84 / CGCS2000 longitude-latitude (the default; the two agree to centimetres),
 * - GCJ-02 (高德, 腾讯 pickers and Aliyun DataV boundaries) and BD-09 (百度), via gcoord,
 * - projected CGCS2000 Gauss-Krüger, 3° and 6° zones, with or without the zone number in front
 *   of the easting: EPSG:4491–4554, via proj4.
 *
 * Well-kept libraries do the maths (gcoord for the Chinese offsets, proj4 for the projections);
 * this module names the systems, builds the proj4 definitions and recognises projected numbers.
 * gcoord.transform changes GeoJSON in place: only fresh [x, y] arrays are passed to it.
 */
import gcoord from 'gcoord';
import proj4 from 'proj4';

/** 'wgs84', 'gcj02', 'bd09', or a Gauss-Krüger EPSG code as 'epsg:4527'. */
export type CrsKey = 'wgs84' | 'gcj02' | 'bd09' | `epsg:${number}`;

export interface GkZone {
  epsg: number;
  /** Zone width in degrees. */
  width: 3 | 6;
  /** Zone number (3°: 25–45, 6°: 13–23). */
  zone: number;
  centralMeridian: number;
  /** Is the zone number written in front of the easting (false easting zone×10⁶ + 500 000)? */
  prefixed: boolean;
}

/** The four EPSG ranges of CGCS2000 Gauss-Krüger (EPSG registry). */
const RANGES = [
  { first: 4491, width: 6, prefixed: true, firstZone: 13, count: 11 },
  { first: 4502, width: 6, prefixed: false, firstZone: 13, count: 11 },
  { first: 4513, width: 3, prefixed: true, firstZone: 25, count: 21 },
  { first: 4534, width: 3, prefixed: false, firstZone: 25, count: 21 },
] as const;

const GK_EPSG_FIRST = 4491;
const GK_EPSG_LAST = 4554;

/**
 * The zone an EPSG code names, or null outside 4491–4554.
 * @example gkZone(4527) // { epsg: 4527, width: 3, zone: 39, centralMeridian: 117, prefixed: true }
 */
export function gkZone(epsg: number): GkZone | null {
  for (const r of RANGES) {
    if (epsg >= r.first && epsg < r.first + r.count) {
      const zone = r.firstZone + (epsg - r.first);
      const centralMeridian = r.width === 6 ? zone * 6 - 3 : zone * 3;
      return { epsg, width: r.width, zone, centralMeridian, prefixed: r.prefixed };
    }
  }
  return null;
}

/**
 * The EPSG code of a zone.
 * @example gkEpsg(3, 39, true) // 4527
 */
export function gkEpsg(width: 3 | 6, zone: number, prefixed: boolean): number | null {
  const r = RANGES.find((x) => x.width === width && x.prefixed === prefixed);
  if (!r || zone < r.firstZone || zone >= r.firstZone + r.count) return null;
  return r.first + (zone - r.firstZone);
}

/** The proj4 definition of a zone (CGCS2000 ≈ GRS80, same axes as WGS84 to a few cm). */
export function proj4Definition(z: GkZone): string {
  const falseEasting = (z.prefixed ? z.zone * 1_000_000 : 0) + 500_000;
  return (
    `+proj=tmerc +lat_0=0 +lon_0=${z.centralMeridian} +k=1 +x_0=${falseEasting} +y_0=0 ` +
    '+ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs'
  );
}

/** The zone of a key, or null for the geographic systems. */
export function zoneOf(key: CrsKey): GkZone | null {
  return key.startsWith('epsg:') ? gkZone(Number(key.slice(5))) : null;
}

/**
 * Read a system from what users and flags write: wgs84, cgcs2000, 4326, 4490, gcj02, gcj-02, 高德,
 * bd09, 百度, EPSG:4527, 4527. Null when not recognised.
 * @example parseCrs('EPSG:4527') // 'epsg:4527'
 */
export function parseCrs(text: string): CrsKey | null {
  const s = text.trim().toLowerCase().replace(/[\s_]/g, '');
  if (['wgs84', 'wgs-84', 'cgcs2000', '4326', 'epsg:4326', '4490', 'epsg:4490', 'gps'].includes(s)) return 'wgs84';
  if (['gcj02', 'gcj-02', 'gcj', '高德', '火星', 'amap', 'gaode', 'tencent', '腾讯'].includes(s)) return 'gcj02';
  if (['bd09', 'bd-09', 'bd09ll', '百度', 'baidu'].includes(s)) return 'bd09';
  const m = s.match(/^(?:epsg:)?(\d{4})$/);
  if (m && gkZone(Number(m[1]))) return `epsg:${Number(m[1])}`;
  return null;
}

/** Every key the app offers: the geographic systems and all Gauss-Krüger zones. */
export function allCrsKeys(): CrsKey[] {
  const out: CrsKey[] = ['wgs84', 'gcj02', 'bd09'];
  for (let e = GK_EPSG_FIRST; e <= GK_EPSG_LAST; e++) out.push(`epsg:${e}`);
  return out;
}

/**
 * A short label: "WGS84 / CGCS2000", "GCJ-02", "BD-09", "CGCS2000 3° GK zone 39 (EPSG:4527)".
 */
export function crsLabel(key: CrsKey, lang: 'zh' | 'en' = 'zh'): string {
  if (key === 'wgs84') return lang === 'zh' ? 'WGS84 / CGCS2000 经纬度' : 'WGS84 / CGCS2000 lon/lat';
  if (key === 'gcj02') return lang === 'zh' ? 'GCJ-02（高德、腾讯）' : 'GCJ-02 (AMap, Tencent)';
  if (key === 'bd09') return lang === 'zh' ? 'BD-09（百度）' : 'BD-09 (Baidu)';
  const z = zoneOf(key);
  if (!z) return key;
  const where = z.prefixed
    ? lang === 'zh'
      ? `${z.zone}带`
      : `zone ${z.zone}`
    : lang === 'zh'
      ? `中央经线${z.centralMeridian}°`
      : `CM ${z.centralMeridian}°E`;
  const prefix = z.prefixed ? '' : lang === 'zh' ? '，无带号' : ', no zone prefix';
  return lang === 'zh'
    ? `CGCS2000 高斯-克吕格 ${z.width}° ${where}${prefix}（EPSG:${z.epsg}）`
    : `CGCS2000 Gauss-Krüger ${z.width}° ${where}${prefix} (EPSG:${z.epsg})`;
}

type Xy = [number, number];
type Transform = (x: number, y: number) => Xy;

const converters = new Map<string, proj4.Converter>();

function gkConverter(z: GkZone): proj4.Converter {
  let c = converters.get(String(z.epsg));
  if (!c) converters.set(String(z.epsg), (c = proj4(proj4Definition(z), 'WGS84')));
  return c;
}

/** One system's numbers to WGS84 lon/lat. */
export function toWgs84(key: CrsKey): Transform {
  if (key === 'wgs84') return (x, y) => [x, y];
  if (key === 'gcj02') return (x, y) => gcoord.transform([x, y], gcoord.GCJ02, gcoord.WGS84) as Xy;
  if (key === 'bd09') return (x, y) => gcoord.transform([x, y], gcoord.BD09, gcoord.WGS84) as Xy;
  const z = zoneOf(key);
  if (!z) throw new Error(`unknown coordinate system ${key}`);
  const c = gkConverter(z);
  return (x, y) => c.forward([x, y]) as Xy;
}

/** WGS84 lon/lat to one system's numbers (for exports). */
export function fromWgs84(key: CrsKey): Transform {
  if (key === 'wgs84') return (x, y) => [x, y];
  if (key === 'gcj02') return (x, y) => gcoord.transform([x, y], gcoord.WGS84, gcoord.GCJ02) as Xy;
  if (key === 'bd09') return (x, y) => gcoord.transform([x, y], gcoord.WGS84, gcoord.BD09) as Xy;
  const z = zoneOf(key);
  if (!z) throw new Error(`unknown coordinate system ${key}`);
  const c = gkConverter(z);
  return (x, y) => c.inverse([x, y]) as Xy;
}

/** What projected numbers say about their system. */
export type ProjectedGuess =
  /** An 8-digit easting names its zone: 3° zones 25–45, 6° zones 13–23. */
  | { kind: 'zone'; epsg: number }
  /** Metres without a zone number: the central meridian cannot be read off them; ask. */
  | { kind: 'no-zone'; candidates: number[] }
  | null;

/**
 * Do these numbers look projected (metres), and which zone? Looks at the finite pairs; most of
 * them must agree. Northings in China run from about 2 000 000 (18°N) to 6 000 000 (54°N).
 * @example guessProjected([39_512_345], [3_853_210]) // { kind: 'zone', epsg: 4527 }
 */
export function guessProjected(xs: ArrayLike<number>, ys: ArrayLike<number>): ProjectedGuess {
  const zones = new Map<number, number>();
  let unprefixed = 0;
  let seen = 0;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i];
    const y = ys[i];
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    seen++;
    if (y < 1_000_000 || y > 7_000_000) continue;
    if (x >= 10_000_000 && x < 100_000_000) {
      const zone = Math.floor(x / 1_000_000);
      const epsg =
        zone >= 25 && zone <= 45 ? gkEpsg(3, zone, true) : zone >= 13 && zone <= 23 ? gkEpsg(6, zone, true) : null;
      if (epsg !== null) zones.set(epsg, (zones.get(epsg) ?? 0) + 1);
    } else if (x > 0 && x < 1_000_000) unprefixed++;
  }
  if (seen === 0) return null;
  let best: [number, number] | null = null;
  for (const e of zones) if (!best || e[1] > best[1]) best = e;
  if (best && best[1] * 2 > seen) return { kind: 'zone', epsg: best[0] };
  if (unprefixed * 2 > seen) {
    const candidates: number[] = [];
    for (let e = GK_EPSG_FIRST; e <= GK_EPSG_LAST; e++) if (!gkZone(e)!.prefixed) candidates.push(e);
    return { kind: 'no-zone', candidates };
  }
  return null;
}

type AnyPositions = number[] | AnyPositions[];

/**
 * A geometry's coordinates passed through a transform, as a new geometry (the input is left as
 * it was). Points, lines, polygons and their multi forms; other types come back unchanged.
 * @example transformGeometry({ type: 'Point', coordinates: [1, 2] }, (x, y) => [y, x]).coordinates // [2, 1]
 */
export function transformGeometry<G extends { type: string; coordinates?: unknown }>(g: G, f: Transform): G {
  if (!('coordinates' in g) || !Array.isArray(g.coordinates)) return g;
  const walk = (c: AnyPositions): AnyPositions =>
    typeof c[0] === 'number' ? f(c[0], c[1] as number) : (c as AnyPositions[]).map(walk);
  return { ...g, coordinates: walk(g.coordinates as AnyPositions) };
}
