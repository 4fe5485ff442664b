/**
 * How the user laid out the page: the figures column and the legend collapsed or not, and the
 * full-map mode (the map over the whole page below the title bar, for lasso work and projectors).
 * Kept in localStorage so that a reload or the next visit opens as the user left it.
 */

/** What can be collapsed; every flag false is the everyday page. */
export interface PanelLayout {
  /** The figures column (filters, street table, lists, chart, report) folded away: the map takes its width. */
  figuresCollapsed: boolean;
  /** The legend over the map folded to its title. */
  legendCollapsed: boolean;
  /** The map alone below the title bar (KPI row, date strip and figures hidden). */
  fullMap: boolean;
}

export const DEFAULT_PANEL_LAYOUT: PanelLayout = { figuresCollapsed: false, legendCollapsed: false, fullMap: false };

/** localStorage key of the page's layout. */
export const PANEL_LAYOUT_STORAGE = 'atlas:panel-layout';

/**
 * The layout kept in `text` (JSON), each flag read on its own: a flag that is missing or not a
 * boolean keeps its default, so a layout kept by an older version still opens.
 *
 * @example readPanelLayout('{"fullMap":true}') // { figuresCollapsed: false, legendCollapsed: false, fullMap: true }
 */
export function readPanelLayout(text: string | null): PanelLayout {
  if (!text) return DEFAULT_PANEL_LAYOUT;
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return DEFAULT_PANEL_LAYOUT;
  }
  if (typeof v !== 'object' || v === null) return DEFAULT_PANEL_LAYOUT;
  const o = v as Record<string, unknown>;
  const flag = (k: keyof PanelLayout): boolean =>
    typeof o[k] === 'boolean' ? (o[k] as boolean) : DEFAULT_PANEL_LAYOUT[k];
  return {
    figuresCollapsed: flag('figuresCollapsed'),
    legendCollapsed: flag('legendCollapsed'),
    fullMap: flag('fullMap'),
  };
}

/** The layout kept from a last visit, or the everyday one where storage is blocked or empty. */
export function storedPanelLayout(): PanelLayout {
  try {
    return readPanelLayout(globalThis.localStorage?.getItem(PANEL_LAYOUT_STORAGE) ?? null);
  } catch {
    return DEFAULT_PANEL_LAYOUT;
  }
}

/** Keep the layout for the next visit; where storage is blocked it holds for this visit only. */
export function storePanelLayout(layout: PanelLayout): void {
  try {
    globalThis.localStorage?.setItem(PANEL_LAYOUT_STORAGE, JSON.stringify(layout));
  } catch {
    // not kept
  }
}
