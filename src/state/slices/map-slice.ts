/**
 * What the user chose to see on the map: the colouring, the legend classes hidden in each
 * colouring, the building or community under the pointer and the one opened in the detail
 * panel, and the base map (offline unless the user switches an online one on).
 */
import type { StateCreator } from 'zustand';
import type { ColourMode } from '../../domain/colour-classes.ts';
import { toggleHidden } from '../../domain/legend.ts';
import type { Dataset } from '../../domain/dataset.ts';
import type { AtlasState } from '../store.ts';

/** A building (row of the building table) or a community (index in dataset.communities). */
export interface MapPick {
  kind: 'building' | 'community';
  index: number;
  /** The dataset the index points into: a pick from an older dataset is void. */
  dataset: Dataset;
}

/** A pick under the pointer, with the pointer's position in the map's pixels. */
export interface MapHover extends MapPick {
  x: number;
  y: number;
}

/**
 * offline: no request leaves the page's server; osm, tianditu and amap (高德) fetch tiles when
 * switched on. The map draws in GCJ-02 over amap (src/map/base-maps.ts displayCrs); the data stay WGS84.
 */
export type BaseMap = 'offline' | 'osm' | 'tianditu' | 'amap';

/** Where the user's own 天地图 key is kept between visits. */
export const TIANDITU_KEY_STORAGE = 'atlas:tianditu-key';

export interface MapSlice {
  colourBy: ColourMode;
  /** Legend class keys the user has hidden, per colouring. */
  hiddenClasses: Readonly<Record<ColourMode, readonly string[]>>;
  hovered: MapHover | null;
  selected: MapPick | null;
  baseMap: BaseMap;
  tiandituKey: string;
  setColourBy: (mode: ColourMode) => void;
  /** Hide a shown class of the current colouring, or show a hidden one. */
  toggleClass: (key: string) => void;
  setHovered: (hover: MapHover | null) => void;
  select: (pick: MapPick | null) => void;
  setBaseMap: (baseMap: BaseMap) => void;
  setTiandituKey: (key: string) => void;
}

function storedKey(): string {
  try {
    return globalThis.localStorage?.getItem(TIANDITU_KEY_STORAGE) ?? '';
  } catch {
    return ''; // storage blocked (private mode, file://): the key is asked for again
  }
}

function storeKey(key: string): void {
  try {
    if (key) globalThis.localStorage?.setItem(TIANDITU_KEY_STORAGE, key);
    else globalThis.localStorage?.removeItem(TIANDITU_KEY_STORAGE);
  } catch {
    // not kept; it still works for this visit
  }
}

export const createMapSlice: StateCreator<AtlasState, [], [], MapSlice> = (set) => ({
  colourBy: 'stage',
  hiddenClasses: { buildYear: [], grade: [], type: [], stage: [], schedule: [] },
  hovered: null,
  selected: null,
  baseMap: 'offline',
  tiandituKey: storedKey(),
  setColourBy: (colourBy) => set({ colourBy }),
  toggleClass: (key) =>
    set((s) => ({
      hiddenClasses: { ...s.hiddenClasses, [s.colourBy]: toggleHidden(s.hiddenClasses[s.colourBy], key) },
    })),
  setHovered: (hovered) => set({ hovered }),
  select: (selected) => set({ selected }),
  setBaseMap: (baseMap) => set({ baseMap }),
  setTiandituKey: (tiandituKey) => {
    const key = tiandituKey.trim();
    storeKey(key);
    set({ tiandituKey: key });
  },
});
