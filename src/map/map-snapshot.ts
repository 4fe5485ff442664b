/**
 * A picture of the live map for the one-page brief. The map's WebGL canvas keeps no drawing
 * buffer (preserveDrawingBuffer is off, which keeps every frame cheap), so it reads back blank
 * outside a frame: the picture is taken in the 'render' event of a frame asked for, right after
 * MapLibre (and deck.gl, interleaved into the same context) drew it.
 *
 * AtlasMap registers its map here; the brief calls captureMap(). Only a type comes from
 * maplibre-gl, so this module stays out of the map's lazily loaded chunk.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { metersPerPixel } from '../domain/scale-bar.ts';
import { STREET_FILL_LAYER, STREET_LABEL_LAYER } from './atlas-style.ts';
import { displayBounds, toDisplay, type DisplayCrs } from './display-crs.ts';

type Bounds = [number, number, number, number];
/** [x, y]: WGS84 longitude and latitude, or a picture's pixels. */
type Pair = [number, number];

let current: MapLibreMap | null = null;
/** The system the map draws in now (shifted over 高德 tiles: display-crs.ts). */
let drawnIn: () => DisplayCrs = () => 'wgs84';

/**
 * AtlasMap calls this with its map once it has loaded: the latest map shown is the one pictured.
 * `crs` says the system the map draws in at the time, to place a frame's WGS84 places in it.
 */
export function registerMap(map: MapLibreMap, crs: () => DisplayCrs = () => 'wgs84'): void {
  current = map;
  drawnIn = crs;
}

/** AtlasMap calls this as its map goes (another map shown since stays registered). */
export function unregisterMap(map: MapLibreMap | null): void {
  if (current === map) current = null;
}

/** Is there a map to take a picture of? */
export const hasMap = (): boolean => current !== null;

export interface MapSnapshot {
  /** PNG data URL of the canvas, at its full (device-pixel) resolution. */
  dataUrl: string;
  /** Image size in pixels. */
  width: number;
  height: number;
  /** Ground metres one image pixel spans at the map's centre latitude. */
  metersPerPixel: number;
  /** Map bearing, degrees clockwise from north (a north arrow turns by −bearing). */
  bearing: number;
  /** The frame's `areas`, each vertex where it lies in the picture (image pixels). */
  areas: PictureArea[];
}

/** A named area's rings: WGS84 in a frame, image pixels in a snapshot. */
export interface PictureArea {
  name: string;
  rings: Pair[][];
}

/** The map picture as the brief's preview has it: being taken, taken, or not to be had. */
export type SnapshotState = { status: 'wait' } | { status: 'ok'; snapshot: MapSnapshot } | { status: 'none' };

/** How long the map may take to settle and draw (software rendering draws slowly). */
const FRAME_TIMEOUT_MS = 20_000;

/** A picture of a given shape and sharpness: CSS pixels, and image pixels per CSS pixel. */
export interface SnapshotFrame {
  width: number;
  height: number;
  pixelRatio: number;
  /** What to fit into the picture, [west, south, east, north] in WGS84; the view on screen when absent. */
  bounds?: Bounds | null;
  /** Areas to be placed in the picture (those the brief writes names on), rings in WGS84. */
  areas?: readonly PictureArea[];
  /** The map's own street-office names left out of the picture (the brief writes its own). */
  noStreetLabels?: boolean;
  /** A street office (as the data names it) whose boundary is drawn bold: the office a brief is about. */
  outline?: string | null;
}

/** Share of the frame's shorter side kept clear around the fitted bounds, so no edge of them meets the frame. */
const FIT_MARGIN = 0.04;
/** The bold boundary of `outline`, drawn for the picture only. */
const OUTLINE_LAYER = 'brief-outline';

/**
 * The map as it is drawn now, or, given a frame, drawn at that size and sharpness with the
 * frame's bounds (else the view on screen) fitted into it, and the frame's areas placed in the
 * picture: the map's element is set to the frame's size (and its style dressed: street names
 * off, an office's boundary bold) for the picture and put back, with the camera, right after.
 * Rejects when no map is shown or no frame comes.
 * @example const { dataUrl, metersPerPixel } = await captureMap({ width: 430, height: 470, pixelRatio: 2 });
 */
export async function captureMap(frame?: SnapshotFrame): Promise<MapSnapshot> {
  if (!current) throw new Error('no map');
  const map: MapLibreMap = current;
  if (!frame) return nextFrame(map, []);
  const el = map.getContainer();
  const crs = drawnIn();
  const saved = {
    width: el.style.width,
    height: el.style.height,
    // The map follows the screen's devicePixelRatio unless told otherwise: put that back as it was.
    ratio: map.getPixelRatio() === devicePixelRatio ? undefined : map.getPixelRatio(),
    bounds: map.getBounds(),
    camera: { center: map.getCenter(), zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch() },
  };
  const undo = dressForPicture(map, frame);
  try {
    el.style.width = `${frame.width}px`;
    el.style.height = `${frame.height}px`;
    map.setPixelRatio(frame.pixelRatio);
    map.resize();
    map.fitBounds(frame.bounds ? displayBounds(crs, frame.bounds) : saved.bounds, {
      padding: frame.bounds ? Math.round(Math.min(frame.width, frame.height) * FIT_MARGIN) : 0,
      duration: 0,
      bearing: saved.camera.bearing,
    });
    // Labels fade in and the sources re-tile after the jump: wait until all of it has settled.
    await settled(map);
    const shown = toDisplay(crs);
    const areas = (frame.areas ?? []).map((a) => ({
      name: a.name,
      rings: a.rings.map((r) =>
        r.map(([lng, lat]): Pair => {
          const p = map.project(shown(lng, lat));
          return [p.x * frame.pixelRatio, p.y * frame.pixelRatio];
        }),
      ),
    }));
    return await nextFrame(map, areas);
  } finally {
    undo();
    el.style.width = saved.width;
    el.style.height = saved.height;
    // MapLibre reads an unset ratio (undefined) as "follow devicePixelRatio"; setPixelRatio resizes.
    map.setPixelRatio(saved.ratio as number);
    map.jumpTo(saved.camera);
  }
}

/** The picture's own changes to the map's style (street names off, an office's boundary bold): returns the undoing. */
function dressForPicture(map: MapLibreMap, frame: SnapshotFrame): () => void {
  const undo: (() => void)[] = [];
  if (frame.noStreetLabels && map.getLayer(STREET_LABEL_LAYER)) {
    const was = map.getLayoutProperty(STREET_LABEL_LAYER, 'visibility') as 'visible' | 'none' | undefined;
    map.setLayoutProperty(STREET_LABEL_LAYER, 'visibility', 'none');
    undo.push(() => map.setLayoutProperty(STREET_LABEL_LAYER, 'visibility', was ?? 'visible'));
  }
  if (frame.outline && map.getLayer(STREET_FILL_LAYER) && !map.getLayer(OUTLINE_LAYER)) {
    const above = map.getStyle().layers.findIndex((l) => l.id === STREET_FILL_LAYER);
    map.addLayer(
      {
        id: OUTLINE_LAYER,
        type: 'line',
        source: 'streets',
        filter: ['==', ['get', 'name'], frame.outline],
        paint: { 'line-color': '#0b4a78', 'line-width': 3, 'line-opacity': 0.9 },
      },
      map.getStyle().layers[above + 1]?.id,
    );
    undo.push(() => map.removeLayer(OUTLINE_LAYER));
  }
  return () => undo.reverse().forEach((f) => f());
}

/** Resolves on the map's next 'idle' (everything loaded, no transition running). */
function settled(map: MapLibreMap): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, FRAME_TIMEOUT_MS);
    function done(): void {
      clearTimeout(timer);
      map.off('idle', done);
      resolve();
    }
    map.on('idle', done);
    map.triggerRepaint();
  });
}

/** The canvas read inside the next frame's 'render' event, while its drawing buffer still holds the frame. */
function nextFrame(map: MapLibreMap, areas: PictureArea[]): Promise<MapSnapshot> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      map.off('render', onRender);
      reject(new Error('the map drew no frame'));
    }, FRAME_TIMEOUT_MS);
    const onRender = (): void => {
      clearTimeout(timer);
      map.off('render', onRender);
      try {
        const canvas = map.getCanvas();
        // A map in a hidden part of the page has no size to draw at.
        if (canvas.width === 0 || canvas.height === 0) throw new Error('the map is not shown');
        // Canvas pixels per CSS pixel (the map's pixel ratio).
        const ratio = canvas.width / Math.max(1, canvas.clientWidth || canvas.width);
        resolve({
          dataUrl: canvas.toDataURL('image/png'),
          width: canvas.width,
          height: canvas.height,
          metersPerPixel: metersPerPixel(map.getCenter().lat, map.getZoom()) / ratio,
          bearing: map.getBearing(),
          areas,
        });
      } catch (e) {
        reject(e instanceof Error ? e : new Error(String(e)));
      }
    };
    map.on('render', onRender);
    map.triggerRepaint();
  });
}
