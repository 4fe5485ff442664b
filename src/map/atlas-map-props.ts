/**
 * What the page hands the map (AtlasMap.tsx): the data and how to colour it, what to look at,
 * the base map, and the callbacks for what the pointer does. The map reads nothing from the
 * store (src/map may not import src/state): all it knows comes in these props.
 */
import type { Classification } from '../domain/colour-classify.ts';
import type { Dataset } from '../domain/dataset.ts';
import type { CombineMode, SelectionShape } from '../domain/selection.ts';
import type { BaseMapChoice } from './base-maps.ts';
import type { PickTarget } from './deck-layers.ts';
import type { DrawTool } from './selection-draw.ts';

/** The map's props: see each field. */
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
