/**
 * Making the MapLibre map with deck.gl drawn into it (interleaved: one WebGL context, the labels
 * on top of the points), once, for AtlasMap.tsx. Its handlers read the newest props and the
 * display system at the time of each event, through `live`, so the map is never made again.
 */
import { MapboxOverlay, type MapboxOverlayProps } from '@deck.gl/mapbox';
import maplibregl from 'maplibre-gl';
import type { Dataset } from '../domain/dataset.ts';
import { atlasStyle, dataBounds } from './atlas-style.ts';
import type { AtlasMapProps } from './atlas-map-props.ts';
import { pickTarget } from './deck-layers.ts';
import { displayBounds, toDisplay, type DisplayCrs } from './display-crs.ts';
import { idleFrames, wakeOnMapEvents, type IdleFrames } from './idle-frames.ts';
import { attachMapHash, readMapHash } from './map-hash.ts';
import { registerMap } from './map-snapshot.ts';
import { attachSelectionDraw, type SelectionDraw } from './selection-draw.ts';

/** Fitting the data: a margin for the dots, and no closer than a few streets for a handful of buildings. */
export const FIT = { padding: 24, maxZoom: 16 };

/** What the map's handlers read when an event comes: the newest props and the system drawn in now. */
export interface MapLive {
  props: () => AtlasMapProps;
  crs: () => DisplayCrs;
}

/** The map and what was attached to it, for AtlasMap to update and, at the end, take down. */
export interface MadeMap {
  map: maplibregl.Map;
  overlay: MapboxOverlay;
  /** deck.gl's frames: full rate while something happens, a few a second when the map stands still. */
  frames: IdleFrames;
  hash: { destroy: () => void };
  /** Opened fitted to the data (no #map= view asked for in the address). */
  fitted: boolean;
}

/**
 * The map in `container`, showing `dataset` drawn in `crs`. A URL hash (#map=zoom/lat/lng, WGS84)
 * opens it on that view, else it fits `focus` (or the whole data). `onLoad` comes once the style
 * has loaded, with the selection drawing attached.
 */
export function createMap(
  container: HTMLDivElement,
  dataset: Dataset,
  crs: DisplayCrs,
  focus: AtlasMapProps['focusBounds'],
  live: MapLive,
  onLoad: (draw: SelectionDraw) => void,
): MadeMap {
  const asked = readMapHash(window.location.hash);
  const map = new maplibregl.Map({
    container,
    style: atlasStyle(dataset, crs),
    ...(asked
      ? { center: toDisplay(crs)(asked.lng, asked.lat), zoom: asked.zoom }
      : { bounds: displayBounds(crs, focus ?? dataBounds(dataset)) ?? undefined, fitBoundsOptions: FIT }),
    attributionControl: { compact: true },
    dragRotate: false,
    pitchWithRotate: false,
  });
  map.touchZoomRotate.disableRotation();
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');
  const frames = idleFrames();
  wakeOnMapEvents(map, frames);
  const overlay = hoverOverlay(map, live, frames);
  pickOnClick(map, overlay, live);
  map.on('load', () => {
    map.addControl(overlay);
    const draw = attachSelectionDraw(map, {
      tool: () => live.props().selectTool ?? 'browse',
      crs: live.crs,
      onShape: (shape, mode) => live.props().onShape?.(shape, mode),
    });
    // For the brief's picture of the map (map-snapshot.ts), which places WGS84 bounds and areas.
    registerMap(map, live.crs);
    onLoad(draw);
  });
  map.on('idle', () => container.setAttribute('data-map-idle', 'true'));
  return { map, overlay, frames, hash: attachMapHash(map, live.crs), fitted: !asked };
}

/** The deck.gl overlay, with no layers yet: hovering a building or community points the cursor at it. */
function hoverOverlay(map: maplibregl.Map, live: MapLive, frames: IdleFrames): MapboxOverlay {
  // luma.gl's AnimationLoop takes a frame provider; deck.gl hands it on but does not declare it.
  const props: MapboxOverlayProps & { animationFrameProvider: IdleFrames } = {
    interleaved: true,
    animationFrameProvider: frames,
    layers: [],
    onHover: (info) => {
      const { dataset, filter, onHover } = live.props();
      const target = dataset ? pickTarget(info, dataset, filter?.rows ?? null) : null;
      map.getCanvas().style.cursor = target ? 'pointer' : '';
      onHover(target ? { ...target, x: info.x, y: info.y } : null);
    },
  };
  return new MapboxOverlay(props);
}

/**
 * Clicks picked here, at once: deck.gl's own click waits to tell a single from a double tap.
 * The lasso takes its clicks as corners (selection-draw.ts); the pick tool and Ctrl/⌘ select.
 */
function pickOnClick(map: maplibregl.Map, overlay: MapboxOverlay, live: MapLive): void {
  map.on('click', (e) => {
    const props = live.props();
    const tool = props.selectTool ?? 'browse';
    if (tool === 'lasso') return;
    const info = overlay.pickObject({ x: e.point.x, y: e.point.y, radius: 2 });
    const target = props.dataset && info ? pickTarget(info, props.dataset, props.filter?.rows ?? null) : null;
    const selecting = tool === 'pick' || e.originalEvent.ctrlKey || e.originalEvent.metaKey;
    if (selecting && target?.kind === 'building') props.onToggle?.(target.index);
    else if (!selecting) props.onPick(target);
  });
}
