/**
 * The filter the whole page follows (map, legend, cards, table, chart, exports): one
 * BuildingFilter (src/domain/building-filter.ts), the street office one of its fields. Kept as
 * asked for; street-selectors.ts resolves it against the data and derives the index lists.
 */
import type { StateCreator } from 'zustand';
import { EMPTY_FILTER } from '../../domain/building-filter.ts';
import type { AtlasState, FilterSlice } from '../state-types.ts';

/** The filter, empty (every building) until the user or the address sets it. */
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
