/**
 * Drawing a selection on the MapLibre map. Box (框选): drag with the box tool, or shift-drag with
 * any tool (MapLibre's own shift-drag zoom is switched off for it). Lasso (圈选): click the
 * polygon's corners, double-click (or Enter) to close it; Backspace takes the last corner back,
 * Escape drops the drawing. The shape in progress is drawn by a GeoJSON source of its own, in
 * the map's display degrees; the finished shape is shifted back to the data's system (over 高德
 * tiles the map draws in GCJ-02: display-crs.ts) and goes to `onShape` in WGS84 degrees. Which
 * buildings it holds is src/domain/selection.ts's business. Holding Ctrl/⌘ when a shape is
 * finished adds to the selection, Alt takes the shape out of it; otherwise it replaces it.
 */
import type { GeoJSONSource, Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import type { CombineMode, LngLat, SelectionShape } from '../domain/selection.ts';
import { dataShape, type DisplayCrs } from './display-crs.ts';

/** browse / pick / box / lasso: see src/state/state-types.ts SelectTool. */
export type DrawTool = 'browse' | 'pick' | 'box' | 'lasso';

export interface DrawHandlers {
  /** The tool in use now. */
  tool: () => DrawTool;
  /** The system the map draws in now; WGS84 when absent. */
  crs?: () => DisplayCrs;
  /** A finished shape, in WGS84 degrees. */
  onShape: (shape: SelectionShape, mode: CombineMode) => void;
}

export interface SelectionDraw {
  setTool: (tool: DrawTool) => void;
  destroy: () => void;
}

const SOURCE = 'selection-draft';
/** A click this close (pixels) to the last corner is the same corner (a double-click's clicks). */
const SAME_POINT_PX = 4;
/** A drag shorter than this (pixels) is a click, not a box. */
const MIN_BOX_PX = 4;

type Point = [number, number];

function modeOf(e: MouseEvent | KeyboardEvent): CombineMode {
  return e.ctrlKey || e.metaKey ? 'add' : e.altKey ? 'remove' : 'replace';
}

function addDraftLayers(map: MapLibreMap): void {
  map.addSource(SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
  map.addLayer({
    id: `${SOURCE}-fill`,
    type: 'fill',
    source: SOURCE,
    filter: ['==', ['geometry-type'], 'Polygon'],
    paint: { 'fill-color': '#0066ff', 'fill-opacity': 0.12 },
  });
  map.addLayer({
    id: `${SOURCE}-line`,
    type: 'line',
    source: SOURCE,
    paint: { 'line-color': '#0048cc', 'line-width': 2, 'line-dasharray': [2, 1] },
  });
  map.addLayer({
    id: `${SOURCE}-corner`,
    type: 'circle',
    source: SOURCE,
    filter: ['==', ['geometry-type'], 'Point'],
    paint: {
      'circle-radius': 4,
      'circle-color': '#ffffff',
      'circle-stroke-color': '#0048cc',
      'circle-stroke-width': 2,
    },
  });
}

/** The shape in progress, drawn by the draft source: its outline or area, and its corners. */
interface Draft {
  show: (ring: readonly LngLat[], corners: readonly LngLat[], closed: boolean) => void;
  clear: () => void;
}

/** A finished shape, in the map's display degrees, with how it combines with the selection. */
type Finish = (shape: SelectionShape, mode: CombineMode) => void;

/** Start drawing on a loaded map. */
export function attachSelectionDraw(map: MapLibreMap, handlers: DrawHandlers): SelectionDraw {
  addDraftLayers(map);
  const finish: Finish = (shape, mode) => handlers.onShape(dataShape(handlers.crs?.() ?? 'wgs84', shape), mode);
  const draft = draftOn(map);
  const detachBox = attachBox(map, handlers, draft, finish);
  const lasso = attachLasso(map, handlers, draft, finish);
  const container = map.getContainer();
  const setTool = (tool: DrawTool): void => {
    container.dataset.tool = tool;
    if (tool !== 'lasso') lasso.reset();
    if (tool === 'lasso') map.doubleClickZoom.disable();
    else map.doubleClickZoom.enable();
  };
  map.boxZoom.disable();
  setTool(handlers.tool());
  return {
    setTool,
    destroy: () => {
      detachBox();
      lasso.detach();
    },
  };
}

/** Drawing into the draft source: corners as points, a ring as a line or (closed) a polygon. */
function draftOn(map: MapLibreMap): Draft {
  const show = (ring: readonly LngLat[], corners: readonly LngLat[], closed: boolean): void => {
    const features: GeoJSON.Feature[] = corners.map((c) => ({
      type: 'Feature',
      properties: {},
      geometry: { type: 'Point', coordinates: [c[0], c[1]] },
    }));
    if (ring.length >= 2) {
      const coords = ring.map((c) => [c[0], c[1]]);
      features.push(
        closed && ring.length >= 3
          ? { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[...coords, coords[0]]] } }
          : { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: coords } },
      );
    }
    (map.getSource(SOURCE) as GeoJSONSource | undefined)?.setData({ type: 'FeatureCollection', features });
  };
  return { show, clear: () => show([], [], false) };
}

/**
 * The box: the mouse-down captured before MapLibre's pan handler sees it, the box followed to the
 * mouse-up. Returns what takes its listener off again.
 */
function attachBox(map: MapLibreMap, handlers: DrawHandlers, draft: Draft, finish: Finish): () => void {
  const container = map.getContainer();
  const lngLatOf = (p: Point): [number, number] => {
    const ll = map.unproject(p);
    return [ll.lng, ll.lat];
  };
  const pointOf = (e: MouseEvent): Point => {
    const r = map.getCanvasContainer().getBoundingClientRect();
    return [e.clientX - r.left, e.clientY - r.top];
  };
  const onDown = (e: MouseEvent): void => {
    if (e.button !== 0 || !(e.shiftKey || handlers.tool() === 'box')) return;
    if (!(e.target instanceof HTMLCanvasElement)) return; // the zoom buttons, the attribution
    e.preventDefault();
    e.stopPropagation();
    const start = pointOf(e);
    const box = (end: Point): LngLat[] => [
      lngLatOf(start),
      lngLatOf([end[0], start[1]]),
      lngLatOf(end),
      lngLatOf([start[0], end[1]]),
    ];
    const move = (ev: MouseEvent): void => draft.show(box(pointOf(ev)), [], true);
    const up = (ev: MouseEvent): void => {
      window.removeEventListener('mousemove', move);
      window.removeEventListener('mouseup', up);
      draft.clear();
      const end = pointOf(ev);
      if (Math.abs(end[0] - start[0]) < MIN_BOX_PX && Math.abs(end[1] - start[1]) < MIN_BOX_PX) return;
      // The browser follows the drag with a click: it must not open the details of what is under it.
      const swallow = (c: MouseEvent): void => c.stopPropagation();
      container.addEventListener('click', swallow, { capture: true, once: true });
      setTimeout(() => container.removeEventListener('click', swallow, { capture: true }), 0);
      const [a, , c] = box(end);
      finish(
        { kind: 'box', box: [Math.min(a[0], c[0]), Math.min(a[1], c[1]), Math.max(a[0], c[0]), Math.max(a[1], c[1])] },
        modeOf(ev),
      );
    };
    window.addEventListener('mousemove', move);
    window.addEventListener('mouseup', up);
  };
  container.addEventListener('mousedown', onDown, true);
  return () => container.removeEventListener('mousedown', onDown, true);
}

/**
 * The lasso: corners by click, closed by double-click or Enter; Backspace takes the last corner
 * back, Escape drops the drawing. `reset` drops it too (another tool taken up).
 */
function attachLasso(
  map: MapLibreMap,
  handlers: DrawHandlers,
  draft: Draft,
  finish: Finish,
): { reset: () => void; detach: () => void } {
  let corners: { px: Point; lngLat: LngLat }[] = [];
  const lassoRing = (): LngLat[] => corners.map((c) => c.lngLat);
  const reset = (): void => {
    corners = [];
    draft.clear();
  };
  const close = (e: MouseEvent | KeyboardEvent): void => {
    const ring = lassoRing();
    reset();
    if (ring.length >= 3) finish({ kind: 'polygon', ring }, modeOf(e));
  };
  const onClick = (e: MapMouseEvent): void => {
    if (handlers.tool() !== 'lasso') return;
    const px: Point = [e.point.x, e.point.y];
    const last = corners.at(-1);
    if (last && Math.hypot(last.px[0] - px[0], last.px[1] - px[1]) < SAME_POINT_PX) return;
    corners.push({ px, lngLat: [e.lngLat.lng, e.lngLat.lat] });
    draft.show(lassoRing(), lassoRing(), false);
  };
  const onMove = (e: MapMouseEvent): void => {
    if (handlers.tool() !== 'lasso' || corners.length === 0) return;
    const ring = [...lassoRing(), [e.lngLat.lng, e.lngLat.lat] as LngLat];
    draft.show(ring, lassoRing(), ring.length >= 3);
  };
  const onDblClick = (e: MapMouseEvent): void => {
    if (handlers.tool() !== 'lasso') return;
    e.preventDefault(); // no zoom
    close(e.originalEvent);
  };
  const onKey = (e: KeyboardEvent): void => {
    if (handlers.tool() !== 'lasso' || corners.length === 0) return;
    if (e.key === 'Escape') reset();
    else if (e.key === 'Enter') close(e);
    else if (e.key === 'Backspace') {
      corners.pop();
      draft.show(lassoRing(), lassoRing(), false);
    } else return;
    e.preventDefault();
  };
  map.on('click', onClick);
  map.on('mousemove', onMove);
  map.on('dblclick', onDblClick);
  window.addEventListener('keydown', onKey);
  const detach = (): void => {
    window.removeEventListener('keydown', onKey);
    map.off('click', onClick);
    map.off('mousemove', onMove);
    map.off('dblclick', onDblClick);
  };
  return { reset, detach };
}
