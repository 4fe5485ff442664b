/**
 * The selection drawn on the map: a small layer of its own over the buildings (a ring around
 * each selected building), so selecting never touches the main buildings layer's buffers. Its
 * positions are built once per selection (16 bytes a selected building) and display system.
 */
import type { Layer } from '@deck.gl/core';
import { ScatterplotLayer } from '@deck.gl/layers';
import type { BuildingTable } from '../domain/building-table.ts';
import { FIRST_LABEL_LAYER } from './atlas-style.ts';
import type { BinaryPoints } from './building-buffers.ts';
import { shiftedPositions, type DisplayCrs } from './display-crs.ts';

export const SELECTION_LAYER_ID = 'selection';

/** @deck.gl/mapbox's interleaved placement: under the map's labels, over the buildings. */
const UNDER_LABELS = { beforeId: FIRST_LABEL_LAYER };

const cache = { wgs84: new WeakMap<Uint32Array, BinaryPoints>(), gcj02: new WeakMap<Uint32Array, BinaryPoints>() };

/** The selected buildings' positions as drawn, once per row list and display system. */
export function selectionPoints(t: BuildingTable, rows: Uint32Array, crs: DisplayCrs = 'wgs84'): BinaryPoints {
  let d = cache[crs].get(rows);
  if (!d) {
    const own = crs === 'wgs84' ? null : cache.wgs84.get(rows);
    let value = own?.attributes.getPosition.value;
    if (!value) {
      value = new Float64Array(rows.length * 2);
      rows.forEach((i, k) => {
        value![2 * k] = t.lng[i];
        value![2 * k + 1] = t.lat[i];
      });
    }
    cache[crs].set(
      rows,
      (d = { length: rows.length, attributes: { getPosition: { value: shiftedPositions(crs, value), size: 2 } } }),
    );
  }
  return d;
}

/** A ring around each selected building (none when the selection is empty). */
export function selectionLayers(t: BuildingTable, rows: Uint32Array, crs: DisplayCrs = 'wgs84'): Layer[] {
  if (rows.length === 0) return [];
  return [
    new ScatterplotLayer({
      id: SELECTION_LAYER_ID,
      ...UNDER_LABELS,
      data: selectionPoints(t, rows, crs),
      radiusUnits: 'pixels',
      getRadius: 7,
      filled: true,
      getFillColor: [0, 102, 255, 70],
      stroked: true,
      getLineColor: [0, 72, 204, 255],
      lineWidthUnits: 'pixels',
      getLineWidth: 2,
    }),
  ];
}
