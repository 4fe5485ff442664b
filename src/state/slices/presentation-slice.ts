import type { StateCreator } from 'zustand';
import { applyLang, DEFAULT_LANG, type Lang } from '../../i18n/index.ts';
import type { AtlasState } from '../store.ts';

/** How the page presents itself: the language, and meeting mode (large type for a projector). */
export interface PresentationSlice {
  lang: Lang;
  /** Meeting mode: KPI cards against targets, the map and the street ranking, large and high-contrast. */
  meeting: boolean;
  setLang: (lang: Lang) => void;
  setMeeting: (on: boolean) => void;
}

export const createPresentationSlice: StateCreator<AtlasState, [], [], PresentationSlice> = (set) => ({
  lang: DEFAULT_LANG,
  meeting: false,
  setLang: (lang) => {
    applyLang(lang);
    set({ lang });
  },
  setMeeting: (meeting) => set({ meeting }),
});
