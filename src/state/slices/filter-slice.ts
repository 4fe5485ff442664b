/**
 * The filter the whole page follows (map, legend, cards, table, chart, exports): one
 * BuildingFilter (src/domain/building-filter.ts), the street office one of its fields. Kept as
 * asked for; street-selectors.ts resolves it against the data and derives the index lists.
 */
import type { StateCreator } from 'zustand';
import { EMPTY_FILTER, type BuildingFilter } from '../../domain/building-filter.ts';
import type { AtlasState } from '../store.ts';

export interface FilterSlice {
  filter: BuildingFilter;
  /** Change some fields; the others stay. */
  setFilter: (patch: Partial<BuildingFilter>) => void;
  /** Every field back to "all", except the street office (it has its own picker). */
  clearFilter: () => void;
  /**
   * The street office the page is filtered to (`?street=`, the picker, a table row); null = the
   * whole district. A name the data does not know shows the whole district and a notice. A new
   * office drops a 社区 or community chosen in the old one.
   */
  setStreet: (street: string | null) => void;
  /** The backlog preset: eligible buildings in no plan, on or off. */
  toggleBacklog: () => void;
}

export const createFilterSlice: StateCreator<AtlasState, [], [], FilterSlice> = (set) => ({
  filter: EMPTY_FILTER,
  setFilter: (patch) => set((s) => ({ filter: { ...s.filter, ...patch } })),
  clearFilter: () => set((s) => ({ filter: { ...EMPTY_FILTER, street: s.filter.street } })),
  setStreet: (street) =>
    set((s) => {
      const next = street?.trim() || null;
      if (next === s.filter.street) return {};
      return { filter: { ...s.filter, street: next, shequ: null, community: null } };
    }),
  toggleBacklog: () => set((s) => ({ filter: { ...s.filter, backlog: !s.filter.backlog } })),
});
