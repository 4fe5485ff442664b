/**
 * The eligibility rules in force (the rules panel, `?cutoff=` and friends): every figure, the
 * build-year colouring and each building's reasons follow them. Defaults are 梨树 2023's.
 */
import type { StateCreator } from 'zustand';
import { DEFAULT_ELIGIBILITY, type EligibilitySettings } from '../../domain/eligibility.ts';
import type { AtlasState } from '../store.ts';

export type Rules = Required<EligibilitySettings>;

/** Do the rules differ from the defaults (the header marks it)? */
export function rulesChanged(r: Rules): boolean {
  return (Object.keys(DEFAULT_ELIGIBILITY) as (keyof Rules)[]).some((k) => r[k] !== DEFAULT_ELIGIBILITY[k]);
}

export interface RulesSlice {
  rules: Rules;
  /** Is the rules panel open? */
  rulesOpen: boolean;
  setRules: (patch: Partial<Rules>) => void;
  resetRules: () => void;
  setRulesOpen: (open: boolean) => void;
}

export const createRulesSlice: StateCreator<AtlasState, [], [], RulesSlice> = (set) => ({
  rules: DEFAULT_ELIGIBILITY,
  rulesOpen: false,
  setRules: (patch) => set((s) => ({ rules: { ...s.rules, ...patch } })),
  resetRules: () => set({ rules: DEFAULT_ELIGIBILITY }),
  setRulesOpen: (rulesOpen) => set({ rulesOpen }),
});
