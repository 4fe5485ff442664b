/**
 * The fault drill: a way to make one panel fail on purpose, so that a test or support staff can
 * see the error boundary at work on a real page. It fires only while the browser's localStorage
 * holds `atlas:fault-drill` = a panel's area id (set by hand in the developer tools), never from
 * a link or a file; docs/data-format.md describes it.
 */
import { useShallow } from 'zustand/react/shallow';
import { useAtlas } from '../state/store.ts';

/** The panels App.tsx wraps in an ErrorBoundary, by a stable id (labels: status.ts `area.*`). */
export const PANEL_AREAS = [
  'as-of',
  'kpis',
  'filters',
  'summary-table',
  'candidates',
  'stage-chart',
  'map',
  'import-report',
  'meeting',
  'detail',
  'rules',
  'page',
] as const;
export type PanelArea = (typeof PANEL_AREAS)[number];

/** localStorage key of the fault drill; its value is the area id of the panel to fail. */
export const FAULT_DRILL_STORAGE = 'atlas:fault-drill';

function drilled(): string | null {
  try {
    return globalThis.localStorage?.getItem(FAULT_DRILL_STORAGE) ?? null;
  } catch {
    return null; // storage blocked: no drill
  }
}

/**
 * Renders nothing; throws `fault drill: <area>` while the drill names its area. It follows the
 * view (the filters, street office included, the colouring, the plan year, the language), so the
 * panel fails at the next change of the view, as a real fault in its render would — and not on
 * every store change: the pointer's hover is in the store and moves with every mouse move.
 */
export function FaultProbe({ area }: { area: PanelArea }) {
  useAtlas(useShallow((s) => [s.filter, s.colourBy, s.year, s.lang]));
  if (drilled() === area) throw new Error(`fault drill: ${area}`);
  return null;
}
