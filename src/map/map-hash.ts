/**
 * The map's position in the address, `#map=zoom/lat/lng` (MapLibre's own hash format, other
 * `&`-separated hash parts kept), always in WGS84 degrees: a link opens on the same place
 * whatever base map the reader has on. MapLibre's built-in `hash` option writes the camera's
 * centre as it is drawn, which over 高德 tiles is GCJ-02 (display-crs.ts); this one shifts it
 * back first, and shifts a position read from the address into the map's system.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { DisplayCrs } from './display-crs.ts';
import { toData, toDisplay } from './display-crs.ts';

/** The hash part's name: `#map=…`. */
const NAME = 'map';
/** MapLibre writes the hash at most this often (Safari limits replaceState to 100 per 30 s). */
const WRITE_EVERY_MS = 300;

/** A view as the address writes it: zoom and centre (WGS84 degrees). */
export interface MapPosition {
  zoom: number;
  lat: number;
  lng: number;
}

/**
 * The position in a location hash, or null when there is none or it is not a position.
 * @example readMapHash('#map=14.5/34.8/117.3&x=1') // { zoom: 14.5, lat: 34.8, lng: 117.3 }
 */
export function readMapHash(hash: string): MapPosition | null {
  const part = hash
    .replace(/^#/, '')
    .split('&')
    .find((p) => p.split('=')[0] === NAME);
  if (!part) return null;
  const [zoom, lat, lng] = (part.split('=')[1] ?? '').split('/').map((x) => (x === '' ? NaN : Number(x)));
  if (![zoom, lat, lng].every(Number.isFinite) || zoom < 0 || zoom > 24 || lat < -90 || lat > 90) return null;
  return { zoom, lat, lng };
}

/**
 * A location hash with the position written in (replacing an earlier one, other parts kept),
 * rounded as MapLibre rounds: zoom to 0.01, the centre to half a pixel at that zoom.
 * @example writeMapHash('#x=1', { zoom: 14.512, lat: 34.81234567, lng: 117.3 }) // '#x=1&map=14.51/34.81235/117.3'
 */
export function writeMapHash(hash: string, p: MapPosition): string {
  const zoom = Math.round(p.zoom * 100) / 100;
  // 512 px · 2^z / 360 / 10^d < 0.5 px (MapLibre's hash.ts)
  const m = 10 ** Math.ceil((zoom * Math.LN2 + Math.log(512 / 360 / 0.5)) / Math.LN10);
  const value = `${zoom}/${Math.round(p.lat * m) / m}/${Math.round(p.lng * m) / m}`;
  let found = false;
  const parts = hash
    .replace(/^#/, '')
    .split('&')
    .filter((x) => x)
    .map((x) => {
      if (x.split('=')[0] !== NAME) return x;
      found = true;
      return `${NAME}=${value}`;
    });
  if (!found) parts.push(`${NAME}=${value}`);
  return `#${parts.join('&')}`;
}

/** The map's view as the address writes it (WGS84), whatever system it draws in. */
export function positionOf(map: MapLibreMap, crs: DisplayCrs): MapPosition {
  const c = map.getCenter();
  const [lng, lat] = toData(crs)(c.lng, c.lat);
  return { zoom: map.getZoom(), lat, lng };
}

/**
 * Keep the address's `#map=` in step with the map: written after each move (throttled as
 * MapLibre does), and followed when the reader edits it. `crs` says what the map draws in now.
 */
export function attachMapHash(map: MapLibreMap, crs: () => DisplayCrs): { destroy: () => void } {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pending = false;
  const write = (): void => {
    const next = window.location.href.replace(/(#.*)?$/, writeMapHash(window.location.hash, positionOf(map, crs())));
    if (next !== window.location.href) window.history.replaceState(window.history.state, '', next);
  };
  const later = (): void => {
    timer = null;
    if (!pending) return;
    pending = false;
    write();
    timer = setTimeout(later, WRITE_EVERY_MS);
  };
  const onMove = (): void => {
    pending = true;
    if (!timer) later();
  };
  const onHashChange = (): void => {
    const p = readMapHash(window.location.hash);
    if (!p || p.zoom < map.getMinZoom() || p.zoom > map.getMaxZoom()) return;
    const [lng, lat] = toDisplay(crs())(p.lng, p.lat);
    map.jumpTo({ center: [lng, lat], zoom: p.zoom });
  };
  map.on('moveend', onMove);
  window.addEventListener('hashchange', onHashChange);
  onMove(); // the view the map opened on, as MapLibre's hash writes it at once
  return {
    destroy: () => {
      if (timer) clearTimeout(timer);
      map.off('moveend', onMove);
      window.removeEventListener('hashchange', onHashChange);
    },
  };
}
