/** The language and meeting mode; a new language is applied to i18next at once. */
import type { StateCreator } from 'zustand';
import { applyLang, DEFAULT_LANG } from '../../i18n/index.ts';
import { storedPanelLayout, storePanelLayout } from '../persist/panel-layout.ts';
import type { AtlasState, PresentationSlice } from '../state-types.ts';

/** Chinese and the everyday layout (or the one the user left) until the user or the address asks otherwise. */
export const createPresentationSlice: StateCreator<AtlasState, [], [], PresentationSlice> = (set, get) => ({
  lang: DEFAULT_LANG,
  meeting: false,
  panels: storedPanelLayout(),
  setPanels: (patch) => {
    const panels = { ...get().panels, ...patch };
    storePanelLayout(panels);
    set({ panels });
  },
  setLang: (lang) => {
    applyLang(lang);
    set({ lang });
  },
  setMeeting: (meeting) => set({ meeting }),
});
