/**
 * The map's data and offline style: street-office and community polygons, and buildings
 * coloured by where they stand in the chosen year's programme. No tiles, sprite or glyphs:
 * nothing is fetched; labels are drawn with the machine's own fonts (MapLibre ≥ 5.11).
 */
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { StyleSpecification } from 'maplibre-gl';
import { inProgramme } from '../domain/aggregate.ts';
import type { Community, StreetOffice } from '../domain/community.ts';
import type { AreaGeometry } from '../domain/polygon-index.ts';
import { STAGE_COMPLETED, STAGE_STARTED_MIN } from '../domain/vocabulary.ts';
import type { Dataset } from '../io/import-files.ts';

/** Most buildings drawn as GeoJSON points; above this the map leaves them out (deck.gl later). */
export const MAX_BUILDING_POINTS = 50_000;

/** Where a building stands for the chosen year: 0 not in the programme, 1 planned, 2 started, 3 completed. */
export type BuildingStatus = 0 | 1 | 2 | 3;

export const STATUS_COLOURS: Readonly<Record<BuildingStatus, string>> = {
  0: '#9aa5b1',
  1: '#2f6fb0',
  2: '#e08a1e',
  3: '#2e8b57',
};

export const STATUS_LABELS: Readonly<Record<BuildingStatus, { zh: string; en: string }>> = {
  3: { zh: '已完工', en: 'Completed' },
  2: { zh: '已开工', en: 'Started' },
  1: { zh: '计划中', en: 'Planned' },
  0: { zh: '不在计划', en: 'Not in plan' },
};

const FONT = ['Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', 'sans-serif'];

export function streetsGeoJson(streets: readonly StreetOffice[]): FeatureCollection<Polygon | MultiPolygon> {
  return {
    type: 'FeatureCollection',
    features: streets.filter((s) => s.geometry).map((s): Feature<AreaGeometry> => ({ type: 'Feature', properties: { name: s.name }, geometry: s.geometry as AreaGeometry })),
  };
}

export function communitiesGeoJson(communities: readonly Community[]): FeatureCollection<Polygon | MultiPolygon> {
  return {
    type: 'FeatureCollection',
    features: communities.filter((c) => c.geometry).map((c): Feature<AreaGeometry> => ({ type: 'Feature', properties: { name: c.name, street: c.street }, geometry: c.geometry as AreaGeometry })),
  };
}

/** Buildings as points with their status for `year` (null = every year); empty above MAX_BUILDING_POINTS. */
export function buildingsGeoJson(data: Dataset, year: number | null): FeatureCollection<Point> {
  const t = data.buildings;
  const features: Feature<Point>[] = [];
  if (t.length > MAX_BUILDING_POINTS) return { type: 'FeatureCollection', features };
  for (let i = 0; i < t.length; i++) {
    const stage = t.stage[i];
    let status: BuildingStatus = 0;
    if (inProgramme(stage, t.planYear[i], year)) status = stage === STAGE_COMPLETED ? 3 : stage >= STAGE_STARTED_MIN ? 2 : 1;
    features.push({ type: 'Feature', properties: { s: status }, geometry: { type: 'Point', coordinates: [t.lng[i], t.lat[i]] } });
  }
  return { type: 'FeatureCollection', features };
}

/** [west, south, east, north] over the polygons, else the buildings; null when there is nothing. */
export function dataBounds(data: Dataset): [number, number, number, number] | null {
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  const add = (x: number, y: number): void => {
    if (x < w) w = x;
    if (x > e) e = x;
    if (y < s) s = y;
    if (y > n) n = y;
  };
  const polygons = [...data.streets.map((x) => x.geometry), ...data.communities.map((c) => c.geometry)];
  for (const g of polygons) {
    if (!g) continue;
    const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    for (const p of polys) for (const [x, y] of p[0]) add(x, y);
  }
  if (w === Infinity) for (let i = 0; i < data.buildings.length; i++) add(data.buildings.lng[i], data.buildings.lat[i]);
  return w === Infinity ? null : [w, s, e, n];
}

/** The whole style, sources filled from the dataset. */
export function atlasStyle(data: Dataset, year: number | null): StyleSpecification {
  return {
    version: 8,
    sources: {
      streets: { type: 'geojson', data: streetsGeoJson(data.streets) },
      communities: { type: 'geojson', data: communitiesGeoJson(data.communities) },
      buildings: { type: 'geojson', data: buildingsGeoJson(data, year) },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#eef2f6' } },
      { id: 'streets-fill', type: 'fill', source: 'streets', paint: { 'fill-color': '#ffffff', 'fill-opacity': 0.9 } },
      { id: 'communities-fill', type: 'fill', source: 'communities', paint: { 'fill-color': '#f4d9a8', 'fill-opacity': 0.75 } },
      { id: 'communities-line', type: 'line', source: 'communities', paint: { 'line-color': '#c8954a', 'line-width': 0.6 } },
      { id: 'streets-line', type: 'line', source: 'streets', paint: { 'line-color': '#0b4a78', 'line-width': 1.6 } },
      {
        id: 'buildings',
        type: 'circle',
        source: 'buildings',
        // Programme buildings on top and larger: they are what a meeting looks for.
        layout: { 'circle-sort-key': ['get', 's'] },
        paint: {
          'circle-radius': ['interpolate', ['linear'], ['zoom'], 9, ['match', ['get', 's'], 0, 1, 2.2], 13, ['match', ['get', 's'], 0, 2.5, 4], 17, 7],
          'circle-color': ['match', ['get', 's'], 3, STATUS_COLOURS[3], 2, STATUS_COLOURS[2], 1, STATUS_COLOURS[1], STATUS_COLOURS[0]],
          'circle-opacity': ['match', ['get', 's'], 0, 0.5, 0.95],
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': ['match', ['get', 's'], 0, 0, 0.5],
        },
      },
      {
        id: 'communities-label',
        type: 'symbol',
        source: 'communities',
        minzoom: 14,
        layout: { 'text-field': ['get', 'name'], 'text-font': FONT, 'text-size': 12, 'text-max-width': 6 },
        paint: { 'text-color': '#6b4a16', 'text-halo-color': '#ffffff', 'text-halo-width': 1.2 },
      },
      {
        id: 'streets-label',
        type: 'symbol',
        source: 'streets',
        maxzoom: 15,
        layout: { 'text-field': ['get', 'name'], 'text-font': FONT, 'text-size': 14, 'text-max-width': 8 },
        paint: { 'text-color': '#073456', 'text-halo-color': '#ffffff', 'text-halo-width': 1.6 },
      },
    ],
  };
}
