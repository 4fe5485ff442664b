/**
 * The map's offline style: the district outline, street-office areas and boundaries, and
 * Chinese labels for street offices and communities. No tiles, sprite or glyphs: nothing is
 * fetched; labels are drawn with the machine's own fonts (MapLibre ≥ 5.11). Communities and
 * buildings are drawn by deck.gl (deck-layers.ts) between the areas and the labels. The areas
 * and labels are placed in the display coordinate system (display-crs.ts: GCJ-02 over 高德 tiles).
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { StyleSpecification } from 'maplibre-gl';
import type { Community, StreetOffice } from '../domain/community.ts';
import type { AreaGeometry } from '../domain/polygon-index.ts';
import type { Dataset } from '../domain/dataset.ts';
import { displayFeatures, type DisplayCrs } from './display-crs.ts';

const FONT = ['Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', 'sans-serif'];

/** deck.gl layers go under this one, so labels stay on top of the points. */
export const FIRST_LABEL_LAYER = 'communities-label';
/** Online base maps go under this one (see base-maps.ts). */
export const FIRST_AREA_LAYER = 'district-outline';
/** The street-office fill, made see-through when an online base map is on. */
export const STREET_FILL_LAYER = 'streets-fill';
/** The street-office names (left out of the brief's picture, which writes its own). */
export const STREET_LABEL_LAYER = 'streets-label';

export function streetsGeoJson(streets: readonly StreetOffice[]): FeatureCollection<Polygon | MultiPolygon> {
  return {
    type: 'FeatureCollection',
    features: streets
      .filter((s) => s.geometry)
      .map((s): Feature<AreaGeometry> => ({
        type: 'Feature',
        properties: { name: s.name },
        geometry: s.geometry as AreaGeometry,
      })),
  };
}

export function communitiesGeoJson(communities: readonly Community[]): FeatureCollection<Polygon | MultiPolygon> {
  return {
    type: 'FeatureCollection',
    features: communities
      .filter((c) => c.geometry)
      .map((c): Feature<AreaGeometry> => ({
        type: 'Feature',
        properties: { name: c.name, street: c.street },
        geometry: c.geometry as AreaGeometry,
      })),
  };
}

/**
 * The areas drawn under the buildings: the street offices, or the district outline when the
 * data has no street polygons (梨树: no public street boundaries exist).
 */
export function areasGeoJson(data: Pick<Dataset, 'streets' | 'outlines'>): FeatureCollection<Polygon | MultiPolygon> {
  const streets = data.streets.filter((s) => s.geometry);
  return streetsGeoJson(streets.length > 0 ? streets : (data.outlines ?? []));
}

/** The map's two GeoJSON sources' data as drawn: street offices (or the district outline) and communities. */
export function areaSources(
  data: Dataset,
  crs: DisplayCrs = 'wgs84',
): { streets: FeatureCollection<Polygon | MultiPolygon>; communities: FeatureCollection<Polygon | MultiPolygon> } {
  return {
    streets: displayFeatures(crs, areasGeoJson(data)),
    communities: displayFeatures(crs, communitiesGeoJson(data.communities)),
  };
}

/** [west, south, east, north] over the polygons, else the buildings (WGS84); null when there is nothing. */
export function dataBounds(data: Dataset): [number, number, number, number] | null {
  let w = Infinity,
    s = Infinity,
    e = -Infinity,
    n = -Infinity;
  const add = (x: number, y: number): void => {
    if (x < w) w = x;
    if (x > e) e = x;
    if (y < s) s = y;
    if (y > n) n = y;
  };
  const polygons = [
    ...data.streets.map((x) => x.geometry),
    ...(data.outlines ?? []).map((x) => x.geometry),
    ...data.communities.map((c) => c.geometry),
  ];
  for (const g of polygons) {
    if (!g) continue;
    const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    for (const p of polys) for (const [x, y] of p[0]) add(x, y);
  }
  if (w === Infinity) for (let i = 0; i < data.buildings.length; i++) add(data.buildings.lng[i], data.buildings.lat[i]);
  return w === Infinity ? null : [w, s, e, n];
}

/**
 * The whole style, sources filled from the dataset. The district outline is the street offices'
 * outer boundary: a wide line drawn under their opaque fill, so only its outer half shows and
 * the shared inner edges are covered.
 */
export function atlasStyle(data: Dataset, crs: DisplayCrs = 'wgs84'): StyleSpecification {
  const { streets, communities } = areaSources(data, crs);
  return {
    version: 8,
    sources: {
      streets: { type: 'geojson', data: streets },
      communities: { type: 'geojson', data: communities },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#eef2f6' } },
      {
        id: FIRST_AREA_LAYER,
        type: 'line',
        source: 'streets',
        paint: { 'line-color': '#073456', 'line-width': 6, 'line-opacity': 0.85 },
      },
      { id: STREET_FILL_LAYER, type: 'fill', source: 'streets', paint: { 'fill-color': '#ffffff', 'fill-opacity': 1 } },
      {
        id: 'streets-line',
        type: 'line',
        source: 'streets',
        paint: { 'line-color': '#0b4a78', 'line-width': 1.4, 'line-dasharray': [3, 1.5] },
      },
      {
        id: FIRST_LABEL_LAYER,
        type: 'symbol',
        source: 'communities',
        minzoom: 14.5,
        layout: { 'text-field': ['get', 'name'], 'text-font': FONT, 'text-size': 12, 'text-max-width': 6 },
        paint: { 'text-color': '#6b4a16', 'text-halo-color': '#ffffff', 'text-halo-width': 1.2 },
      },
      {
        id: STREET_LABEL_LAYER,
        type: 'symbol',
        source: 'streets',
        maxzoom: 14.5,
        layout: { 'text-field': ['get', 'name'], 'text-font': FONT, 'text-size': 14, 'text-max-width': 8 },
        paint: { 'text-color': '#073456', 'text-halo-color': '#ffffff', 'text-halo-width': 1.6 },
      },
    ],
  };
}
