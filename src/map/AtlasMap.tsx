/**
 * The MapLibre map with deck.gl drawn into it (interleaved: one WebGL context, the labels on top
 * of the points). Created once; on a new dataset its sources are replaced and the view fits the
 * data; on a new colouring, hidden class or selection only the deck.gl layers' props change.
 * Loaded lazily (MapLibre and deck.gl are most of the bundle) so the figures appear first.
 *
 * Over 高德 tiles the map draws in GCJ-02 (base-maps.ts displayCrs): sources, layers and the
 * bounds it fits are shifted on the way in (display-crs.ts), drawn selections and the address's
 * centre shifted back to WGS84 on the way out. Switching base maps keeps the same ground in view.
 *
 * Made in create-map.ts (kept by use-atlas-map.ts), its view moved in use-map-view.ts; here the
 * deck.gl layers, the selection tool and the base map follow the props.
 */
import 'maplibre-gl/dist/maplibre-gl.css';
import { useEffect, useRef } from 'react';
import type { Dataset } from '../domain/dataset.ts';
import type { AtlasMapProps } from './atlas-map-props.ts';
import { applyBaseMap, displayCrs } from './base-maps.ts';
import { atlasLayers } from './deck-layers.ts';
import { selectionLayers } from './selection-layer.ts';
import { useAtlasMap } from './use-atlas-map.ts';
import { useLabelScale, useMapView } from './use-map-view.ts';

/** Marked on the first frame that draws a newly loaded dataset's buildings (after 'atlas:data-ready'). */
export const MARK_FIRST_FRAME = 'atlas:first-frame';

const NO_SELECTION = new Uint32Array(0);

/** The map panel's map: see the file's head, and AtlasMapProps for what it is handed. */
export default function AtlasMap(props: AtlasMapProps) {
  const { dataset, classification, visible, communityStages, selectedBuilding, filter, baseMap, tiandituKey } = props;
  const crs = displayCrs(baseMap);
  const selectTool = props.selectTool ?? 'browse';
  const selection = props.selection ?? NO_SELECTION;
  const container = useRef<HTMLDivElement>(null);
  const { shownRef, ready } = useAtlasMap(container, props, crs);
  useMapView(shownRef, ready, { dataset, focusBounds: props.focusBounds, fitKey: props.fitKey, crs });
  useLabelScale(shownRef, ready, props.labelScale ?? 1);

  // The deck.gl layers: cheap to make, since their arrays are cached per dataset and colouring.
  useEffect(() => {
    const overlay = shownRef.current.made?.overlay;
    if (!ready || !overlay || !dataset || !classification) return;
    shownRef.current.made?.map.getContainer().removeAttribute('data-map-idle'); // set again on the next 'idle'
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
    shownRef.current.made?.frames.wake();
    overlay.setProps({ layers: [...layers, ...selectionLayers(dataset.buildings, selection, crs)] });
  }, [shownRef, ready, dataset, classification, visible, communityStages, selectedBuilding, filter, selection, crs]);

  useEffect(() => {
    if (ready) shownRef.current.draw?.setTool(selectTool);
  }, [shownRef, ready, selectTool]);

  useEffect(() => {
    const map = shownRef.current.made?.map;
    if (!ready || !map) return;
    applyBaseMap(map, baseMap, tiandituKey);
  }, [shownRef, ready, baseMap, tiandituKey]);

  return <div ref={container} className="atlas-map" data-testid="atlas-map" />;
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
