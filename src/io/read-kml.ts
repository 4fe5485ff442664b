/**
 * KML (奥维互动地图, Google Earth) and KMZ (a zip holding the KML, usually doc.kml) in, as the
 * features of a layer that the importer reads as it reads GeoJSON (read-geojson.ts): polygons
 * are communities unless their properties say street offices or district outlines, points are
 * buildings. @tmcw/togeojson turns the KML into GeoJSON (name, description and ExtendedData as
 * properties) over @xmldom/xmldom's DOMParser, which the worker and Node lack; both are loaded
 * only when a KML arrives.
 *
 * The text is decoded by the encoding its XML declaration names (GBK happens), UTF-8 otherwise.
 * KML is WGS84 by definition, but 奥维 exports are often GCJ-02: the coordinate-system suggestion
 * of report-crs.ts looks at the layer as at any other.
 */
import type { Feature, FeatureCollection, Geometry, GeometryCollection, GeoJsonProperties } from 'geojson';
import type { RowIssue } from '../domain/import-report.ts';
import { said } from '../domain/messages/render.ts';
import type { FileLayer } from './input-file.ts';

type ToGeoJson = typeof import('@tmcw/togeojson');
type XmlDom = typeof import('@xmldom/xmldom');

async function libraries(): Promise<{ kml: ToGeoJson['kml']; DOMParser: XmlDom['DOMParser'] }> {
  const [t, x] = await Promise.all([import('@tmcw/togeojson'), import('@xmldom/xmldom')]);
  const xml = x as XmlDom & { default?: XmlDom };
  return { kml: t.kml, DOMParser: xml.DOMParser ?? xml.default!.DOMParser };
}

/**
 * The encoding label the XML declaration names ('gb18030' for any GB name), else UTF-8; UTF-16
 * by its byte-order mark.
 * @example xmlEncoding(bytesOf('<?xml version="1.0" encoding="GBK"?>')) // 'gb18030'
 */
export function xmlEncoding(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const head = String.fromCharCode(...bytes.subarray(0, 200));
  const label = /^(?:\xef\xbb\xbf)?\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/
    .exec(head)?.[1]
    ?.toLowerCase();
  if (!label) return 'utf-8';
  if (/^(gbk|gb2312|gb18030|cp936|x-gbk|euc-cn)$/.test(label)) return 'gb18030';
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return 'utf-8';
  }
}

/** togeojson's properties drawn from <Style>: how the map drew it, not the user's data. */
const STYLE_KEYS =
  /^(styleUrl|styleHash|styleMapHash|stroke|stroke-opacity|stroke-width|fill|fill-opacity|icon|icon-.*|label-.*)$/;

function tidyProperties(props: GeoJsonProperties): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props ?? {})) {
    if (STYLE_KEYS.test(k)) continue;
    // An HTML description comes as { '@type': 'html', value }.
    out[k] = v !== null && typeof v === 'object' && 'value' in v ? (v as { value: unknown }).value : v;
  }
  return out;
}

/** A MultiGeometry of polygons (or of points) as the one Multi geometry it is; others as they are. */
function tidyGeometry(g: Geometry | null): Geometry | null {
  if (!g || g.type !== 'GeometryCollection') return g;
  const parts = (g as GeometryCollection).geometries;
  if (parts.length > 0 && parts.every((p) => p.type === 'Polygon' || p.type === 'MultiPolygon'))
    return {
      type: 'MultiPolygon',
      coordinates: parts.flatMap((p) => (p.type === 'Polygon' ? [p.coordinates] : p.coordinates)),
    };
  if (parts.length > 0 && parts.every((p) => p.type === 'Point'))
    return { type: 'MultiPoint', coordinates: parts.map((p) => (p as { coordinates: number[] }).coordinates) };
  return g;
}

export interface KmlLayer extends FileLayer {
  encoding: string;
}

/**
 * A KML file's placemarks as one layer's features, in the order written (the report's "line" is
 * the placemark's number); XML that cannot be parsed is a problem naming the file, never thrown.
 * @example (await readKml('小区.kml', bytes)).collection.features[0].properties.name // '东风小区'
 */
export async function readKml(name: string, bytes: Uint8Array): Promise<KmlLayer | { problem: RowIssue }> {
  const encoding = xmlEncoding(bytes);
  try {
    const { kml, DOMParser } = await libraries();
    const text = new TextDecoder(encoding).decode(bytes);
    const doc = new DOMParser({
      onError: (level, msg) => {
        if (level !== 'warning') throw new Error(msg);
      },
    }).parseFromString(text, 'text/xml');
    const got = kml(doc as unknown as Parameters<typeof kml>[0]);
    const features = got.features.map((f): Feature<Geometry | null> => ({
      type: 'Feature',
      geometry: tidyGeometry(f.geometry),
      properties: tidyProperties(f.properties),
    }));
    const collection: FeatureCollection<Geometry | null> = { type: 'FeatureCollection', features };
    return { collection, sourceBytes: bytes.length, encoding, unnamedPolygons: 'communities' };
  } catch (e) {
    const detail = (e as Error).message.split('\n')[0];
    return { problem: { file: name, line: 0, code: 'bad-kml', ...said('kml.unreadable', { detail }) } };
  }
}

/**
 * The KML inside a KMZ (or any zip of KML without Shapefiles): doc.kml, else the first .kml at
 * the top; named `archive.kmz/doc.kml` in the report, as a Shapefile zip's layers are.
 */
export function kmzEntry(entries: Readonly<Record<string, Uint8Array>>): string | null {
  const kmls = Object.keys(entries).filter((n) => /\.kml$/i.test(n) && !n.includes('__MACOSX/'));
  const depth = (n: string): number => n.split('/').length;
  return kmls.find((n) => n.toLowerCase() === 'doc.kml') ?? kmls.sort((a, b) => depth(a) - depth(b))[0] ?? null;
}
