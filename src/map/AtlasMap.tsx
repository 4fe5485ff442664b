/**
 * The MapLibre map with deck.gl drawn into it (interleaved: one WebGL context, the labels on top
 * of the points). Created once; on a new dataset its sources are replaced and the view fits the
 * data; on a new colouring, hidden class or selection only the deck.gl layers' props change.
 * Loaded lazily (MapLibre and deck.gl are most of the bundle) so the figures appear first.
 *
 * Over 高德 tiles the map draws in GCJ-02 (base-maps.ts displayCrs): sources, layers and the
 * bounds it fits are shifted on the way in (display-crs.ts), drawn selections and the address's
 * centre shifted back to WGS84 on the way out. Switching base maps keeps the same ground in view.
 */
import { MapboxOverlay } from '@deck.gl/mapbox';
import maplibregl, { type GeoJSONSource } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useEffect, useRef, useState } from 'react';
import type { Classification } from '../domain/colour-classify.ts';
import type { CombineMode, SelectionShape } from '../domain/selection.ts';
import type { Dataset } from '../domain/dataset.ts';
import { areaSources, atlasStyle, dataBounds } from './atlas-style.ts';
import { applyBaseMap, displayCrs, type BaseMapChoice } from './base-maps.ts';
import { atlasLayers, pickTarget, type PickTarget } from './deck-layers.ts';
import { displayBounds, toData, toDisplay, type DisplayCrs } from './display-crs.ts';
import { attachMapHash, readMapHash } from './map-hash.ts';
import { registerMap, unregisterMap } from './map-snapshot.ts';
import { attachSelectionDraw, type DrawTool, type SelectionDraw } from './selection-draw.ts';
import { selectionLayers } from './selection-layer.ts';

/** Fitting the data: a margin for the dots, and no closer than a few streets for a handful of buildings. */
const FIT = { padding: 24, maxZoom: 16 };
/** Marked on the first frame that draws a newly loaded dataset's buildings (after 'atlas:data-ready'). */
export const MARK_FIRST_FRAME = 'atlas:first-frame';
/** The street office labels' layer (atlas-style.ts). */
const STREET_LABELS = 'streets-label';

export interface AtlasMapProps {
  dataset: Dataset | null;
  classification: Classification | null;
  /** Class indices to draw. */
  visible: readonly number[];
  communityStages: Uint8Array | null;
  /** Building row in the detail panel, or -1. */
  selectedBuilding: number;
  /** A street filter's buildings and communities: the rest are drawn faint. null = all. */
  filter: { rows: Uint32Array; communities: Uint32Array } | null;
  /** Where to look, [west, south, east, north]: fitted whenever a new array comes; null = the whole data. */
  focusBounds: [number, number, number, number] | null;
  baseMap: BaseMapChoice;
  tiandituKey: string;
  /** The pointer is over a building or community (x, y in the map's pixels), or over nothing. */
  onHover: (target: (PickTarget & { x: number; y: number }) | null) => void;
  /** A click on a building or community, or on nothing. */
  onPick: (target: PickTarget | null) => void;
  /** The selection tool in use (selection-draw.ts); 'browse' when absent. */
  selectTool?: DrawTool;
  /** Selected building rows, ringed by a layer of their own. */
  selection?: Uint32Array;
  /** A click that selects or unselects a building (pick tool, or Ctrl/⌘-click). */
  onToggle?: (row: number) => void;
  /** A box or lasso drawn. */
  onShape?: (shape: SelectionShape, mode: CombineMode) => void;
  /** A new value fits the view again to focusBounds (or the data): the frame changed size (meeting mode). */
  fitKey?: string;
  /** Street office labels at this many times their size (meeting mode, read from across a room); 1 when absent. */
  labelScale?: number;
}

const NO_SELECTION = new Uint32Array(0);

export default function AtlasMap(props: AtlasMapProps) {
  const {
    dataset,
    classification,
    visible,
    communityStages,
    selectedBuilding,
    filter,
    focusBounds,
    baseMap,
    tiandituKey,
  } = props;
  const crs = displayCrs(baseMap);
  const selectTool = props.selectTool ?? 'browse';
  const selection = props.selection ?? NO_SELECTION;
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<maplibregl.Map | null>(null);
  const overlayRef = useRef<MapboxOverlay | null>(null);
  const drawRef = useRef<SelectionDraw | null>(null);
  const shownDataset = useRef<Dataset | null>(null);
  const shownFocus = useRef<AtlasMapProps['focusBounds']>(null);
  /** The system the map's sources and camera are in now. */
  const shownCrs = useRef<DisplayCrs>(crs);
  const hashRef = useRef<{ destroy: () => void } | null>(null);
  const latest = useRef(props);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    latest.current = props;
  });

  // The map, once there is something to show. A URL hash (#map=zoom/lat/lng, WGS84) opens on that view.
  useEffect(() => {
    if (mapRef.current || !container.current || !dataset) return;
    const asked = readMapHash(window.location.hash);
    const map = new maplibregl.Map({
      container: container.current,
      style: atlasStyle(dataset, crs),
      ...(asked
        ? { center: toDisplay(crs)(asked.lng, asked.lat), zoom: asked.zoom }
        : { bounds: displayBounds(crs, focusBounds ?? dataBounds(dataset)) ?? undefined, fitBoundsOptions: FIT }),
      attributionControl: { compact: true },
      dragRotate: false,
      pitchWithRotate: false,
    });
    map.touchZoomRotate.disableRotation();
    map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');
    const overlay = new MapboxOverlay({
      interleaved: true,
      layers: [],
      onHover: (info) => {
        const d = latest.current.dataset;
        const target = d ? pickTarget(info, d, latest.current.filter?.rows ?? null) : null;
        map.getCanvas().style.cursor = target ? 'pointer' : '';
        latest.current.onHover(target ? { ...target, x: info.x, y: info.y } : null);
      },
    });
    // Clicks picked here, at once: deck.gl's own click waits to tell a single from a double tap.
    // The lasso takes its clicks as corners (selection-draw.ts); the pick tool and Ctrl/⌘ select.
    map.on('click', (e) => {
      const tool = latest.current.selectTool ?? 'browse';
      if (tool === 'lasso') return;
      const d = latest.current.dataset;
      const info = overlayRef.current?.pickObject({ x: e.point.x, y: e.point.y, radius: 2 });
      const target = d && info ? pickTarget(info, d, latest.current.filter?.rows ?? null) : null;
      const selecting = tool === 'pick' || e.originalEvent.ctrlKey || e.originalEvent.metaKey;
      if (selecting && target?.kind === 'building') latest.current.onToggle?.(target.index);
      else if (!selecting) latest.current.onPick(target);
    });
    map.on('load', () => {
      map.addControl(overlay);
      drawRef.current = attachSelectionDraw(map, {
        tool: () => latest.current.selectTool ?? 'browse',
        crs: () => shownCrs.current,
        onShape: (shape, mode) => latest.current.onShape?.(shape, mode),
      });
      // For the brief's picture of the map (map-snapshot.ts), which fits WGS84 bounds.
      registerMap(map, (b) => displayBounds(shownCrs.current, b));
      setReady(true);
    });
    map.on('idle', () => container.current?.setAttribute('data-map-idle', 'true'));
    hashRef.current = attachMapHash(map, () => shownCrs.current);
    mapRef.current = map;
    overlayRef.current = overlay;
    shownDataset.current = dataset;
    shownFocus.current = focusBounds;
    shownCrs.current = crs;
    // Only the first dataset makes the map; later ones and focus changes are the effects below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [dataset]);

  useEffect(
    () => () => {
      drawRef.current?.destroy();
      drawRef.current = null;
      hashRef.current?.destroy();
      hashRef.current = null;
      unregisterMap(mapRef.current);
      mapRef.current?.remove();
      mapRef.current = null;
      overlayRef.current = null;
    },
    [],
  );

  // Another display system (a base map in another system): the areas shifted, and the camera moved
  // by the same shift, so the same ground stays in view (and the address keeps its centre).
  useEffect(() => {
    const map = mapRef.current;
    if (!ready || !map || !dataset || shownCrs.current === crs) return;
    const c = map.getCenter();
    const centre = toDisplay(crs)(...toData(shownCrs.current)(c.lng, c.lat));
    shownCrs.current = crs;
    setAreas(map, dataset, crs);
    map.jumpTo({ center: centre });
  }, [ready, dataset, crs]);

  // A new dataset: new areas and labels, and the view fitted to it.
  useEffect(() => {
    const map = mapRef.current;
    if (!ready || !map || !dataset || shownDataset.current === dataset) return;
    setAreas(map, dataset, shownCrs.current);
    const bounds = displayBounds(shownCrs.current, dataBounds(dataset));
    if (bounds) map.fitBounds(bounds, { ...FIT, duration: 0 });
    shownDataset.current = dataset;
  }, [ready, dataset]);

  // A street office picked (or dropped): fit to it, or back to the whole data.
  useEffect(() => {
    const map = mapRef.current;
    if (!ready || !map || !dataset || shownFocus.current === focusBounds) return;
    shownFocus.current = focusBounds;
    const bounds = displayBounds(shownCrs.current, focusBounds ?? dataBounds(dataset));
    if (bounds) map.fitBounds(bounds, { ...FIT, duration: 0 });
  }, [ready, dataset, focusBounds]);

  // The frame resized by a new layout: measure it now (not on the next resize observation) and fit again.
  const shownFitKey = useRef(props.fitKey);
  useEffect(() => {
    const map = mapRef.current;
    if (!ready || !map || !dataset || shownFitKey.current === props.fitKey) return;
    shownFitKey.current = props.fitKey;
    map.resize();
    const bounds = displayBounds(shownCrs.current, focusBounds ?? dataBounds(dataset));
    if (bounds) map.fitBounds(bounds, { ...FIT, duration: 0 });
  }, [ready, dataset, focusBounds, props.fitKey]);

  const baseLabel = useRef<{ size: number; halo: number } | null>(null);
  useEffect(() => {
    const map = mapRef.current;
    if (!ready || !map?.getLayer(STREET_LABELS)) return;
    baseLabel.current ??= {
      size: Number(map.getLayoutProperty(STREET_LABELS, 'text-size')) || 14,
      halo: Number(map.getPaintProperty(STREET_LABELS, 'text-halo-width')) || 1.6,
    };
    const k = props.labelScale ?? 1;
    map.setLayoutProperty(STREET_LABELS, 'text-size', baseLabel.current.size * k);
    map.setPaintProperty(STREET_LABELS, 'text-halo-width', baseLabel.current.halo * k);
  }, [ready, props.labelScale]);

  // The deck.gl layers: cheap to make, since their arrays are cached per dataset and colouring.
  useEffect(() => {
    const overlay = overlayRef.current;
    if (!ready || !overlay || !dataset || !classification) return;
    mapRef.current?.getContainer().removeAttribute('data-map-idle'); // set again on the next 'idle'
    const onBuildingsDrawn = firstFrameMarker(dataset);
    const layers = atlasLayers({
      dataset,
      classification,
      visible,
      communityStages,
      selectedBuilding,
      filter,
      onBuildingsDrawn,
      crs,
    });
    overlay.setProps({ layers: [...layers, ...selectionLayers(dataset.buildings, selection, crs)] });
  }, [ready, dataset, classification, visible, communityStages, selectedBuilding, filter, selection, crs]);

  useEffect(() => {
    if (ready) drawRef.current?.setTool(selectTool);
  }, [ready, selectTool]);

  useEffect(() => {
    const map = mapRef.current;
    if (!ready || !map) return;
    applyBaseMap(map, baseMap, tiandituKey);
  }, [ready, baseMap, tiandituKey]);

  return <div ref={container} className="atlas-map" data-testid="atlas-map" />;
}

/** The street offices (or district outline) and communities' labels, as drawn in `crs`. */
function setAreas(map: maplibregl.Map, dataset: Dataset, crs: DisplayCrs): void {
  const { streets, communities } = areaSources(dataset, crs);
  (map.getSource('streets') as GeoJSONSource | undefined)?.setData(streets);
  (map.getSource('communities') as GeoJSONSource | undefined)?.setData(communities);
}

const markers = new WeakMap<Dataset, () => void>();

/**
 * One callback per dataset (a stable prop for deck.gl) that marks MARK_FIRST_FRAME the first time
 * the buildings layer made from that dataset draws.
 */
function firstFrameMarker(dataset: Dataset): () => void {
  let m = markers.get(dataset);
  if (!m) {
    let marked = false;
    m = () => {
      if (marked) return;
      marked = true;
      performance.mark(MARK_FIRST_FRAME);
    };
    markers.set(dataset, m);
  }
  return m;
}
