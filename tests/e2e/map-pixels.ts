/**
 * Where a longitude/latitude is on the page's map, by Web Mercator arithmetic (MapLibre's
 * 512-pixel world), for tests that click or draw at known places: the view is set by the map link
 * #map=zoom/lat/lng, so the map's centre pixel is that point.
 */
import type { Page } from 'playwright-core';
import type { LngLat } from '../../src/domain/selection.ts';

/** World pixels at a zoom. */
export function toPixels(lng: number, lat: number, zoom: number): [number, number] {
  const size = 512 * 2 ** zoom;
  const s = Math.sin((lat * Math.PI) / 180);
  return [((lng + 180) / 360) * size, (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * size];
}

export function toLngLat(x: number, y: number, zoom: number): [number, number] {
  const size = 512 * 2 ** zoom;
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / size))) * 180) / Math.PI;
  return [(x / size) * 360 - 180, lat];
}

/** A map view: centre and zoom, and the map element's box on the page. */
export interface MapView {
  lng: number;
  lat: number;
  zoom: number;
  box: { x: number; y: number; width: number; height: number };
}

export async function mapView(page: Page, lng: number, lat: number, zoom: number): Promise<MapView> {
  const box = await page.locator('[data-testid="atlas-map"]').boundingBox();
  if (!box) throw new Error('no map on the page');
  return { lng, lat, zoom, box };
}

/** The page pixel of a lng/lat in a view. */
export function pagePoint(v: MapView, p: LngLat): [number, number] {
  const [cx, cy] = toPixels(v.lng, v.lat, v.zoom);
  const [x, y] = toPixels(p[0], p[1], v.zoom);
  return [v.box.x + v.box.width / 2 + (x - cx), v.box.y + v.box.height / 2 + (y - cy)];
}

/** The lng/lat under a page pixel. */
export function lngLatAt(v: MapView, px: number, py: number): LngLat {
  const [cx, cy] = toPixels(v.lng, v.lat, v.zoom);
  return toLngLat(cx + px - (v.box.x + v.box.width / 2), cy + py - (v.box.y + v.box.height / 2), v.zoom);
}

/** Distance in pixels from a point to a segment. */
function segmentDistance(p: [number, number], a: [number, number], b: [number, number]): number {
  const dx = b[0] - a[0],
    dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  const k = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
  return Math.hypot(p[0] - a[0] - k * dx, p[1] - a[1] - k * dy);
}

/**
 * The smallest distance (pixels) from any point to the ring's edges: a drawn shape whose edges
 * pass no nearer than a few pixels to any building selects the same buildings however the clicks
 * round.
 */
export function clearance(v: MapView, ring: readonly [number, number][], points: Iterable<LngLat>): number {
  let best = Infinity;
  for (const p of points) {
    const q = pagePoint(v, p);
    for (let k = 0; k < ring.length; k++)
      best = Math.min(best, segmentDistance(q, ring[k], ring[(k + 1) % ring.length]));
  }
  return best;
}
