/**
 * Online base maps, switched on by the user only: OpenStreetMap raster tiles, 天地图 (vector map
 * vec_w + Chinese annotation cva_w, web-mercator WMTS tiles) with the user's own key, and 高德
 * raster tiles. OpenStreetMap and 天地图 are in WGS84 / CGCS2000, like the data; 高德 is in GCJ-02,
 * so over it the map draws everything shifted (displayCrs, display-crs.ts). With none on, the map
 * fetches nothing.
 */
import type maplibregl from 'maplibre-gl';
import type { RasterSourceSpecification } from 'maplibre-gl';
import { FIRST_AREA_LAYER, STREET_FILL_LAYER } from './atlas-style.ts';
import type { DisplayCrs } from './display-crs.ts';

export type BaseMapChoice = 'offline' | 'osm' | 'tianditu' | 'amap';

/**
 * The system the map draws in over a base map: GCJ-02 over 高德's tiles, else WGS84 (the data's).
 * @example displayCrs('amap') // 'gcj02'
 */
export function displayCrs(choice: BaseMapChoice): DisplayCrs {
  return choice === 'amap' ? 'gcj02' : 'wgs84';
}

const OSM: RasterSourceSpecification = {
  type: 'raster',
  tiles: ['https://tile.openstreetmap.org/{z}/{x}/{y}.png'],
  tileSize: 256,
  maxzoom: 19,
  attribution: '© OpenStreetMap contributors',
};

/** 天地图 WMTS tile URLs for one layer (vec or cva), over its eight hosts t0–t7. */
export function tiandituTiles(layer: 'vec' | 'cva', key: string): string[] {
  // A GetTile request in WMTS's key-value form, the {z}/{y}/{x} left for MapLibre to fill in.
  const query = [
    'SERVICE=WMTS',
    'REQUEST=GetTile',
    'VERSION=1.0.0',
    `LAYER=${layer}`,
    'STYLE=default',
    'TILEMATRIXSET=w',
    'FORMAT=tiles',
    'TILEMATRIX={z}',
    'TILEROW={y}',
    'TILECOL={x}',
    `tk=${encodeURIComponent(key)}`,
  ].join('&');
  return Array.from({ length: 8 }, (_, s) => `https://t${s}.tianditu.gov.cn/${layer}_w/wmts?${query}`);
}

/** 高德 road map tiles (style 8: roads and Chinese labels), over its four hosts webrd01–04. GCJ-02. */
export const AMAP_TILES: readonly string[] = [1, 2, 3, 4].map(
  (h) => `https://webrd0${h}.is.autonavi.com/appmaptile?lang=zh_cn&size=1&scale=1&style=8&x={x}&y={y}&z={z}`,
);

const AMAP: RasterSourceSpecification = {
  type: 'raster',
  tiles: [...AMAP_TILES],
  tileSize: 256,
  maxzoom: 18,
  attribution: '© 高德地图 AutoNavi',
};

function tianditu(layer: 'vec' | 'cva', key: string): RasterSourceSpecification {
  return {
    type: 'raster',
    tiles: tiandituTiles(layer, key),
    tileSize: 256,
    maxzoom: 18,
    attribution: '© 天地图 国家地理信息公共服务平台',
  };
}

/** The raster sources of a choice, bottom first; none offline or without a 天地图 key. */
export function baseMapSources(choice: BaseMapChoice, key: string): [string, RasterSourceSpecification][] {
  if (choice === 'osm') return [['base-osm', OSM]];
  if (choice === 'amap') return [['base-amap', AMAP]];
  if (choice === 'tianditu' && key)
    return [
      ['base-tdt-vec', tianditu('vec', key)],
      ['base-tdt-cva', tianditu('cva', key)],
    ];
  return [];
}

const BASE_PREFIX = 'base-';

/**
 * Make the map's base layers those of `choice`: remove the previous ones, add the new under the
 * district's areas, and let the street-office fill show the tiles through.
 */
export function applyBaseMap(map: maplibregl.Map, choice: BaseMapChoice, key: string): void {
  for (const layer of map.getStyle().layers ?? []) if (layer.id.startsWith(BASE_PREFIX)) map.removeLayer(layer.id);
  for (const id of Object.keys(map.getStyle().sources ?? {})) if (id.startsWith(BASE_PREFIX)) map.removeSource(id);
  const sources = baseMapSources(choice, key);
  for (const [id, spec] of sources) {
    map.addSource(id, spec);
    map.addLayer({ id, type: 'raster', source: id }, FIRST_AREA_LAYER);
  }
  const online = sources.length > 0;
  map.setPaintProperty(STREET_FILL_LAYER, 'fill-opacity', online ? 0.12 : 1);
  // The outline's inner half hides under an opaque fill only: over tiles, keep it thin.
  map.setPaintProperty(FIRST_AREA_LAYER, 'line-width', online ? 2.5 : 6);
}
