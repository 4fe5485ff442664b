/**
 * AtlasMap's map, made once there is something to show and taken down with the component, and
 * what it shows now: the dataset, the focus it was fitted to and the system its sources and
 * camera are in, which the effects in use-map-view.ts compare the props with to move it.
 */
import { useEffect, useRef, useState, type RefObject } from 'react';
import type { Dataset } from '../domain/dataset.ts';
import type { AtlasMapProps } from './atlas-map-props.ts';
import { createMap, type MadeMap } from './create-map.ts';
import type { DisplayCrs } from './display-crs.ts';
import { unregisterMap } from './map-snapshot.ts';
import type { SelectionDraw } from './selection-draw.ts';

/** The map's working parts (null until made) and what it shows now. */
export interface AtlasMapState {
  made: MadeMap | null;
  /** The selection drawing, attached once the map has loaded. */
  draw: SelectionDraw | null;
  dataset: Dataset | null;
  focus: AtlasMapProps['focusBounds'];
  /** The system the map's sources and camera are in now. */
  crs: DisplayCrs;
}

/**
 * The map in `container` for these props, drawn in `crs`; `ready` once its style has loaded.
 * Only the first dataset makes the map; later ones, focus and system changes are use-map-view.ts.
 */
export function useAtlasMap(
  container: RefObject<HTMLDivElement | null>,
  props: AtlasMapProps,
  crs: DisplayCrs,
): { shownRef: RefObject<AtlasMapState>; ready: boolean } {
  const { dataset, focusBounds } = props;
  const shownRef = useRef<AtlasMapState>({ made: null, draw: null, dataset: null, focus: null, crs });
  const latest = useRef(props);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    latest.current = props;
  });

  useEffect(() => {
    const s = shownRef.current;
    if (s.made || !container.current || !dataset) return;
    const live = { props: () => latest.current, crs: () => s.crs };
    s.made = createMap(container.current, dataset, crs, focusBounds, live, (draw) => {
      s.draw = draw;
      setReady(true);
    });
    s.dataset = dataset;
    s.focus = focusBounds;
    s.crs = crs;
    // Only the first dataset makes the map; later ones and focus changes are use-map-view.ts's effects.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [dataset]);

  useEffect(
    () => () => {
      const s = shownRef.current;
      s.draw?.destroy();
      s.draw = null;
      s.made?.hash.destroy();
      unregisterMap(s.made?.map ?? null);
      s.made?.map.remove();
      s.made = null;
    },
    [],
  );
  return { shownRef, ready };
}
