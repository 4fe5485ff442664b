/**
 * The system a GeoJSON's `crs` member names (the pre-RFC 7946 form GDAL, QGIS and ArcGIS still
 * write, and our own projected exports): `{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::4547"}}`,
 * `EPSG:4490`, `urn:ogc:def:crs:OGC:1.3:CRS84`, the older `{"type":"EPSG","properties":{"code":4326}}`,
 * a WKT (read as a .prj, prj.ts), or a name that says GCJ-02 or BD-09.
 */
import { parseCrs, type CrsKey } from './crs.ts';
import { readPrj } from './prj.ts';

/** What the member names: a system we read, or the text of one we do not (`name`, to report). */
export type GeoJsonCrsReading = { crs: CrsKey; name: string } | { crs: null; name: string };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The member's name as written: properties.name, or "EPSG:code" for the older EPSG form. */
function memberName(member: Record<string, unknown>): string | null {
  const props = isRecord(member.properties) ? member.properties : {};
  if (typeof props.name === 'string') return props.name.trim();
  const code = props.code;
  if ((typeof code === 'number' || typeof code === 'string') && String(code).trim() !== '') return `EPSG:${code}`;
  if (typeof props.href === 'string') return props.href.trim();
  return null;
}

/** A system from a name: an EPSG code in any of its spellings, CRS84, GCJ-02 / BD-09 words, a WKT. */
function systemOfName(name: string): CrsKey | null {
  if (/(^|[:/])CRS:?84$/i.test(name)) return 'wgs84';
  const epsg = name.match(/EPSG(?::+|\/(?:\d+\/)?|::?[\d.]*:)(\d+)$/i) ?? name.match(/^(\d{4,5})$/);
  if (epsg) return parseCrs(epsg[1]);
  const word = parseCrs(name);
  if (word) return word;
  if (/gcj[\s_-]?0?2|高德|火星/i.test(name)) return 'gcj02';
  if (/bd[\s_-]?0?9|百度|baidu/i.test(name)) return 'bd09';
  if (/^(GEOGCS|PROJCS)\s*\[/i.test(name)) return readPrj(name).crs;
  return null;
}

/**
 * The system a GeoJSON's `crs` member names; null when there is no member (or it is `null`, as
 * RFC 7946 allows), `crs: null` with the name as written when it names one we do not read.
 * @example readGeoJsonCrs({ type: 'name', properties: { name: 'EPSG::4547' } }) // { crs: 'epsg:4547', ... }
 * @example readGeoJsonCrs({ type: 'name', properties: { name: 'EPSG:3857' } }) // { crs: null, name: 'EPSG:3857' }
 */
export function readGeoJsonCrs(member: unknown): GeoJsonCrsReading | null {
  if (member === undefined || member === null) return null;
  if (!isRecord(member)) return { crs: null, name: JSON.stringify(member) };
  const name = memberName(member);
  if (name === null) return { crs: null, name: JSON.stringify(member) };
  return { crs: systemOfName(name), name };
}
