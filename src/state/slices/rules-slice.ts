/**
 * The eligibility rules in force (the rules panel, `?cutoff=` and friends): every figure, the
 * build-year colouring and each building's reasons follow them. Defaults are 梨树 2023's.
 */
import type { StateCreator } from 'zustand';
import { DEFAULT_ELIGIBILITY } from '../../domain/eligibility.ts';
import type { AtlasState, RulesSlice } from '../state-types.ts';

/** The default rules, the panel closed; setRules changes some settings and keeps the others. */
export const createRulesSlice: StateCreator<AtlasState, [], [], RulesSlice> = (set) => ({
  rules: DEFAULT_ELIGIBILITY,
  rulesOpen: false,
  setRules: (patch) => set((s) => ({ rules: { ...s.rules, ...patch } })),
  resetRules: () => set({ rules: DEFAULT_ELIGIBILITY }),
  setRulesOpen: (rulesOpen) => set({ rulesOpen }),
});
