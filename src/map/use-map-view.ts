/**
 * Keeping AtlasMap's view in step with its props, once the map is ready: the same ground in view
 * across a change of display system (a base map in another system), the view fitted to a new
 * dataset, a street office picked or dropped, or a frame of a new size, and the street labels'
 * size for meeting mode.
 */
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useMemo, useRef, type RefObject } from 'react';
import type { Dataset } from '../domain/dataset.ts';
import type { AtlasMapProps } from './atlas-map-props.ts';
import { areaSources, dataBounds } from './atlas-style.ts';
import { FIT } from './create-map.ts';
import { displayBounds, toData, toDisplay, type Bounds, type DisplayCrs } from './display-crs.ts';
import type { AtlasMapState } from './use-atlas-map.ts';

/** The street office labels' layer (atlas-style.ts). */
const STREET_LABELS = 'streets-label';

/** What the view follows: the map's props that move the camera or the areas, and the system it draws in. */
export type ViewProps = Pick<AtlasMapProps, 'dataset' | 'focusBounds' | 'fitKey'> & { crs: DisplayCrs };

/** The effects that move the view of the map in `shownRef` when these props change. */
export function useMapView(shownRef: RefObject<AtlasMapState>, ready: boolean, view: ViewProps): void {
  const { dataset, focusBounds, crs, fitKey } = view;
  // Where the last fit left the camera: a new layout fits again only if the user has not moved since.
  const fitted = useRef<Camera | null>(null);
  const fitNow = (map: MapLibreMap, crs: DisplayCrs, bounds: Bounds | null) => {
    fit(map, crs, bounds);
    fitted.current = cameraOf(map);
  };
  // A map opened fitted to the data counts as fitted (its constructor did it).
  useEffect(() => {
    const made = shownRef.current.made;
    if (ready && made?.fitted && fitted.current === null) fitted.current = cameraOf(made.map);
  }, [shownRef, ready]);
  const bounds = useMemo(() => (dataset ? (focusBounds ?? dataBounds(dataset)) : null), [dataset, focusBounds]);
  useRefitOnResize(shownRef, ready, fitted, bounds);
  // Another display system: the areas shifted, and the camera moved by the same shift, so the
  // same ground stays in view (and the address keeps its centre).
  useEffect(() => {
    const s = shownRef.current;
    const map = s.made?.map;
    if (!ready || !map || !dataset || s.crs === crs) return;
    const c = map.getCenter();
    const centre = toDisplay(crs)(...toData(s.crs)(c.lng, c.lat));
    s.crs = crs;
    setAreas(map, dataset, crs);
    map.jumpTo({ center: centre });
  }, [shownRef, ready, dataset, crs]);

  // A new dataset: new areas and labels, and the view fitted to it.
  useEffect(() => {
    const s = shownRef.current;
    const map = s.made?.map;
    if (!ready || !map || !dataset || s.dataset === dataset) return;
    setAreas(map, dataset, s.crs);
    fitNow(map, s.crs, dataBounds(dataset));
    s.dataset = dataset;
  }, [shownRef, ready, dataset]);

  // A street office picked (or dropped): fit to it, or back to the whole data.
  useEffect(() => {
    const s = shownRef.current;
    const map = s.made?.map;
    if (!ready || !map || !dataset || s.focus === focusBounds) return;
    s.focus = focusBounds;
    fitNow(map, s.crs, focusBounds ?? dataBounds(dataset));
  }, [shownRef, ready, dataset, focusBounds]);

  // The frame resized by a new layout: measure it now (not on the next resize observation) and
  // fit again — into or out of meeting mode always; into or out of the full map or the folded
  // figures only while the camera is where the last fit left it, so the place a user zoomed to
  // for lasso work stays in view.
  const shownFitKey = useRef(fitKey);
  useEffect(() => {
    const map = shownRef.current.made?.map;
    if (!ready || !map || !dataset || shownFitKey.current === fitKey) return;
    const meetingChange = shownFitKey.current === 'meeting' || fitKey === 'meeting';
    shownFitKey.current = fitKey;
    const unmoved = fitted.current !== null && sameCamera(fitted.current, cameraOf(map));
    map.resize();
    if (meetingChange || unmoved) fitNow(map, shownRef.current.crs, focusBounds ?? dataBounds(dataset));
  }, [shownRef, ready, dataset, focusBounds, fitKey]);
}

/** The street office labels at `scale` times the style's size (and halo), once the map is ready. */
export function useLabelScale(shownRef: RefObject<AtlasMapState>, ready: boolean, scale: number): void {
  const baseLabel = useRef<{ size: number; halo: number } | null>(null);
  useEffect(() => {
    const map = shownRef.current.made?.map;
    if (!ready || !map?.getLayer(STREET_LABELS)) return;
    baseLabel.current ??= {
      size: Number(map.getLayoutProperty(STREET_LABELS, 'text-size')) || 14,
      halo: Number(map.getPaintProperty(STREET_LABELS, 'text-halo-width')) || 1.6,
    };
    map.setLayoutProperty(STREET_LABELS, 'text-size', baseLabel.current.size * scale);
    map.setPaintProperty(STREET_LABELS, 'text-halo-width', baseLabel.current.halo * scale);
  }, [shownRef, ready, scale]);
}

/**
 * The frame resized (the title bar wrapped, the window moved onto the projector): fitted again to
 * `bounds` while the camera is where the last fit (`fitted`) left it, so the data stay whole in
 * view; a view the user chose keeps its centre (MapLibre's own resize).
 */
function useRefitOnResize(
  shownRef: RefObject<AtlasMapState>,
  ready: boolean,
  fitted: RefObject<Camera | null>,
  bounds: Bounds | null,
): void {
  const target = useRef<Bounds | null>(bounds);
  useEffect(() => {
    target.current = bounds;
  }, [bounds]);
  useEffect(() => {
    const map = shownRef.current.made?.map;
    if (!ready || !map) return;
    const el = map.getContainer();
    let size = `${el.clientWidth}×${el.clientHeight}`;
    const observer = new ResizeObserver(() => {
      const now = `${el.clientWidth}×${el.clientHeight}`;
      if (now === size || el.clientWidth === 0 || el.clientHeight === 0) return;
      size = now;
      if (!fitted.current || !sameCamera(fitted.current, cameraOf(map))) return;
      map.resize();
      fit(map, shownRef.current.crs, target.current);
      fitted.current = cameraOf(map);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [shownRef, ready, fitted]);
}

/** Where the camera is: centre and zoom. */
interface Camera {
  lng: number;
  lat: number;
  zoom: number;
}

function cameraOf(map: MapLibreMap): Camera {
  const c = map.getCenter();
  return { lng: c.lng, lat: c.lat, zoom: map.getZoom() };
}

/** The same camera, give or take rounding (a resize by the page's own observer moves nothing). */
function sameCamera(a: Camera, b: Camera): boolean {
  return Math.abs(a.zoom - b.zoom) < 1e-6 && Math.abs(a.lng - b.lng) < 1e-9 && Math.abs(a.lat - b.lat) < 1e-9;
}

/** Fit the map at once to WGS84 `bounds`, drawn in `crs`; nothing when they give no box. */
function fit(map: MapLibreMap, crs: DisplayCrs, bounds: Bounds | null): void {
  const shownBounds = displayBounds(crs, bounds);
  if (shownBounds) map.fitBounds(shownBounds, { ...FIT, duration: 0 });
}

/** The street offices (or district outline) and communities' labels, as drawn in `crs`. */
function setAreas(map: MapLibreMap, dataset: Dataset, crs: DisplayCrs): void {
  const { streets, communities } = areaSources(dataset, crs);
  (map.getSource('streets') as GeoJSONSource | undefined)?.setData(streets);
  (map.getSource('communities') as GeoJSONSource | undefined)?.setData(communities);
}
