/** The language and meeting mode; a new language is applied to i18next at once. */
import type { StateCreator } from 'zustand';
import { applyLang, DEFAULT_LANG } from '../../i18n/index.ts';
import type { AtlasState, PresentationSlice } from '../state-types.ts';

/** Chinese and the everyday layout until the user or the address asks otherwise. */
export const createPresentationSlice: StateCreator<AtlasState, [], [], PresentationSlice> = (set) => ({
  lang: DEFAULT_LANG,
  meeting: false,
  setLang: (lang) => {
    applyLang(lang);
    set({ lang });
  },
  setMeeting: (meeting) => set({ meeting }),
});
