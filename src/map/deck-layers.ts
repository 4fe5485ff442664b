/**
 * (data, colouring, what is hidden, what is selected) -> deck.gl layers: community polygons,
 * building points, grade D emphasis, the selected building's ring. The arrays come from
 * building-buffers.ts and stay the same objects, so a new colouring uploads one colour buffer,
 * and hiding a legend class changes only the GPU filter's category mask. Everything is placed in
 * the display coordinate system (display-crs.ts): shifted to GCJ-02 over 高德 tiles.
 */
import type { Layer, PickingInfo } from '@deck.gl/core';
import { DataFilterExtension, type DataFilterExtensionProps } from '@deck.gl/extensions';
import { PolygonLayer, ScatterplotLayer } from '@deck.gl/layers';
import { STAGE_COLOURS, type Rgb } from '../domain/colour-classes.ts';
import type { Classification } from '../domain/colour-classify.ts';
import type { Dataset } from '../domain/dataset.ts';
import { FIRST_LABEL_LAYER } from './atlas-style.ts';
import {
  buildingPoints,
  communityParts,
  contextPoints,
  dangerPoints,
  rowMask,
  type CommunityPart,
} from './building-buffers.ts';
import { toDisplay, type DisplayCrs } from './display-crs.ts';

export interface LayerInput {
  dataset: Dataset;
  classification: Classification;
  /** Class indices to draw. */
  visible: readonly number[];
  /** Each community's least-advanced programme stage (stage colouring of the polygons). */
  communityStages: Uint8Array | null;
  /** Row of the building in the detail panel, or -1. */
  selectedBuilding: number;
  /** The filter's buildings and communities (the rest drawn faint); null = all. */
  filter: { rows: Uint32Array; communities: Uint32Array } | null;
  /** Called after each draw of the buildings layer (the first one marks 'atlas:first-frame'). */
  onBuildingsDrawn?: () => void;
  /** The system the map draws in (base-maps.ts displayCrs); WGS84 when absent. */
  crs?: DisplayCrs;
}

/** The buildings' point layer, telling when it has drawn: the first frame with the loaded buildings. */
class BuildingsLayer extends ScatterplotLayer<unknown, { onDrawn?: () => void } & DataFilterExtensionProps> {
  static override layerName = 'BuildingsLayer';

  override draw(params: Parameters<ScatterplotLayer['draw']>[0]): void {
    super.draw(params);
    this.props.onDrawn?.();
  }
}

/** What a pointer is over: a building row or a community index. */
export interface PickTarget {
  kind: 'building' | 'community';
  index: number;
}

export const LAYER_IDS = {
  communities: 'communities',
  context: 'context',
  muted: 'buildings-muted',
  buildings: 'buildings',
  danger: 'danger',
  selected: 'selected',
} as const;

const COMMUNITY_FILL: [number, number, number, number] = [244, 217, 168, 150];
const COMMUNITY_LINE: [number, number, number, number] = [200, 149, 74, 230];
const DANGER_FILL: [number, number, number, number] = [230, 0, 110, 255];
/** @deck.gl/mapbox's interleaved placement (its type is not exported): under the map's labels. */
const UNDER_LABELS = { beforeId: FIRST_LABEL_LAYER };
/** One extension instance: a new one each render would rebuild the layers' shaders. */
const CLASS_FILTER = new DataFilterExtension({ categorySize: 1, filterSize: 1 });
/** The grade D layer's filter: the same 0/1 mask, no classes. */
const MASK_FILTER = new DataFilterExtension({ filterSize: 1 });
/** Buildings outside a street filter: faint, for context, not pickable. */
const CONTEXT_FILL: [number, number, number, number] = [120, 130, 140, 60];

/** The building or community a deck.gl pick points at, or null. */
export function pickTarget(info: PickingInfo, dataset: Dataset, rows: Uint32Array | null): PickTarget | null {
  if (!info.picked || info.index < 0) return null;
  const id = info.layer?.id;
  if (id === LAYER_IDS.buildings || id === LAYER_IDS.muted) return { kind: 'building', index: info.index };
  if (id === LAYER_IDS.danger)
    return { kind: 'building', index: dangerPoints(dataset.buildings, rows).rows[info.index] };
  if (id === LAYER_IDS.communities) return { kind: 'community', index: (info.object as CommunityPart).community };
  return null;
}

/** The ring of a muted point (unknown, not in the plan): darker than its fill, so it shows on white. */
const MUTED_LINE: [number, number, number, number] = [96, 108, 120, 200];

/** Props shared by the two passes over the buildings: the drawn classes and the filter's mask. */
function pointStyle(id: string, categories: number[]) {
  return {
    id,
    ...UNDER_LABELS,
    radiusUnits: 'meters' as const,
    getRadius: 7,
    radiusMinPixels: 3,
    radiusMaxPixels: 10,
    stroked: true,
    getLineColor: [28, 40, 51, 90] as [number, number, number, number],
    lineWidthUnits: 'pixels' as const,
    getLineWidth: 0.5,
    pickable: true,
    extensions: [CLASS_FILTER],
    filterCategories: categories,
    // Without a filter the value is this constant; with one, the data's 0/1 mask.
    getFilterValue: 1,
    filterRange: [0.5, 1.5] as [number, number],
  };
}

function withAlpha(c: Rgb, a: number): [number, number, number, number] {
  return [c[0], c[1], c[2], a];
}

/**
 * The map's deck.gl layers, bottom to top: communities, context points (outside a street
 * filter), the muted and the telling buildings, grade D emphasis, the selected building's ring.
 */
export function atlasLayers(input: LayerInput): Layer[] {
  const crs = input.crs ?? 'wgs84';
  const layers: Layer[] = [
    communityLayer(input, crs),
    contextLayer(input, crs),
    ...buildingLayers(input, crs),
    dangerLayer(input, crs),
  ];
  const ring = selectedLayer(input, crs);
  if (ring) layers.push(ring);
  return layers;
}

/** The community polygons: plain, or by their least-advanced stage; outside a street filter, unfilled. */
function communityLayer(input: LayerInput, crs: DisplayCrs): Layer {
  const { dataset, classification: c, visible, communityStages, filter } = input;
  const communityKept = filter ? rowMask(dataset.communities.length, filter.communities) : null;
  const stageMode = c.mode === 'stage';
  const stageShown = new Uint8Array(STAGE_COLOURS.length);
  if (stageMode) for (const j of visible) stageShown[j] = 1;
  const communityFill = (d: CommunityPart): [number, number, number, number] => {
    if (communityKept && !communityKept[d.community]) return [0, 0, 0, 0];
    if (!stageMode || !communityStages) return COMMUNITY_FILL;
    const k = communityStages[d.community] - 1;
    return stageShown[k] ? withAlpha(STAGE_COLOURS[k], 110) : [0, 0, 0, 0];
  };
  return new PolygonLayer<CommunityPart>({
    id: LAYER_IDS.communities,
    ...UNDER_LABELS,
    data: communityParts(dataset.communities, crs),
    getPolygon: (d) => d.polygon,
    getFillColor: communityFill,
    getLineColor: COMMUNITY_LINE,
    lineWidthUnits: 'pixels',
    getLineWidth: 0.8,
    pickable: true,
    updateTriggers: { getFillColor: [c.mode, communityStages, stageMode ? visible.join() : '', communityKept] },
  });
}

/** Every building, faint, under a street filter's own (drawn only while there is one). */
function contextLayer(input: LayerInput, crs: DisplayCrs): Layer {
  return new ScatterplotLayer({
    id: LAYER_IDS.context,
    ...UNDER_LABELS,
    data: contextPoints(input.dataset.buildings, crs),
    visible: input.filter !== null,
    radiusUnits: 'meters',
    getRadius: 5,
    radiusMinPixels: 1.5,
    radiusMaxPixels: 6,
    getFillColor: CONTEXT_FILL,
  });
}

/**
 * The same data twice, split by the class filter: "unknown / not in plan" first, small and
 * unoutlined, so the classes that say something are drawn over them and stand out.
 */
function buildingLayers(input: LayerInput, crs: DisplayCrs): Layer[] {
  const { dataset, classification: c, visible, filter } = input;
  const data = buildingPoints(dataset.buildings, c, filter?.rows ?? null, crs);
  return [
    new BuildingsLayer({
      ...pointStyle(
        LAYER_IDS.muted,
        visible.filter((j) => c.classes[j].muted),
      ),
      data,
      visible: c.classes.some((k, j) => k.muted && visible.includes(j)),
      // Never smaller than 2.5 px and ringed in a darker grey: at district scale the pale grey
      // of "not in the plan / unknown" alone vanished against the white street areas (the
      // backlog view, which is nothing but such points, showed an empty district).
      radiusMinPixels: 2.5,
      radiusMaxPixels: 7,
      getLineColor: MUTED_LINE,
      getLineWidth: 0.75,
    }),
    new BuildingsLayer({
      ...pointStyle(
        LAYER_IDS.buildings,
        visible.filter((j) => !c.classes[j].muted),
      ),
      data,
      onDrawn: input.onBuildingsDrawn,
    }),
  ];
}

/** Grade D buildings marked over the rest, while a grade colouring shows a danger class. */
function dangerLayer(input: LayerInput, crs: DisplayCrs): Layer {
  const { dataset, classification: c, visible, filter } = input;
  return new ScatterplotLayer({
    id: LAYER_IDS.danger,
    ...UNDER_LABELS,
    data: dangerPoints(dataset.buildings, filter?.rows ?? null, crs),
    visible: c.mode === 'grade' && c.classes.some((k, j) => k.danger && visible.includes(j)),
    radiusUnits: 'pixels',
    getRadius: 6,
    getFillColor: DANGER_FILL,
    stroked: true,
    getLineColor: [20, 20, 20, 255],
    lineWidthUnits: 'pixels',
    getLineWidth: 2,
    pickable: true,
    extensions: [MASK_FILTER],
    getFilterValue: 1,
    filterRange: [0.5, 1.5],
  });
}

/** The ring round the building in the detail panel, or null when there is none. */
function selectedLayer(input: LayerInput, crs: DisplayCrs): Layer | null {
  const { selectedBuilding, dataset } = input;
  const t = dataset.buildings;
  if (selectedBuilding < 0 || selectedBuilding >= t.length) return null;
  const shown = toDisplay(crs);
  return new ScatterplotLayer<number>({
    id: LAYER_IDS.selected,
    ...UNDER_LABELS,
    data: [selectedBuilding],
    getPosition: (i) => shown(t.lng[i], t.lat[i]),
    updateTriggers: { getPosition: crs },
    radiusUnits: 'pixels',
    getRadius: 11,
    filled: false,
    stroked: true,
    getLineColor: [17, 17, 17, 255],
    lineWidthUnits: 'pixels',
    getLineWidth: 3,
  });
}
