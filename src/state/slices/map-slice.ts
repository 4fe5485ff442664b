/**
 * What the user chose to see on the map: the colouring, the legend classes hidden in each
 * colouring, the building or community under the pointer and the one opened in the detail
 * panel, and the base map (offline unless the user switches an online one on).
 */
import type { StateCreator } from 'zustand';
import { toggleHidden } from '../../domain/legend.ts';
import type { AtlasState, MapSlice } from '../state-types.ts';

/** Where the user's own 天地图 key is kept between visits. */
export const TIANDITU_KEY_STORAGE = 'atlas:tianditu-key';

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

/** Coloured by stage, nothing hidden, offline; the 天地图 key is the one kept from a last visit. */
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
