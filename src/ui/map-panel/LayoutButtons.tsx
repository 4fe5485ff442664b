import { useEffect } from 'react';
import { useT } from '../../i18n/index.ts';
import { useAtlas } from '../../state/store.ts';

/** A key press typed into a field, or with a modifier: not one of the page's layout keys. */
function typing(e: KeyboardEvent): boolean {
  if (e.ctrlKey || e.metaKey || e.altKey) return true;
  const el = e.target as HTMLElement | null;
  if (!el || typeof el.closest !== 'function') return false;
  return el.isContentEditable || el.closest('input, textarea, select, dialog[open]') !== null;
}

/**
 * The page's layout keys: F the full-map mode on and off, Esc out of it, B the figures column.
 * Not in meeting mode (its own keys) and not while the user types.
 */
export function useLayoutKeys(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const s = useAtlas.getState();
      if (s.meeting || typing(e)) return;
      const k = e.key.toLowerCase();
      if (k === 'f') s.setPanels({ fullMap: !s.panels.fullMap });
      else if (k === 'b' && !s.panels.fullMap) s.setPanels({ figuresCollapsed: !s.panels.figuresCollapsed });
      else if (
        e.key === 'Escape' &&
        s.panels.fullMap &&
        !s.selected &&
        s.selectTool !== 'lasso' &&
        s.selectTool !== 'box'
      )
        s.setPanels({ fullMap: false });
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

/**
 * The map toolbar's layout buttons: the full-map mode (the map alone below the title bar) and
 * the figures column folded away. Contract for tests: `full-map` and `toggle-figures`, each
 * with aria-pressed.
 */
export function LayoutButtons() {
  const panels = useAtlas((s) => s.panels);
  const setPanels = useAtlas((s) => s.setPanels);
  const { t } = useT('map');
  return (
    <div className="layout-buttons" role="group" aria-label={t('layout')}>
      {!panels.fullMap && (
        <button
          type="button"
          className="button small"
          data-testid="toggle-figures"
          aria-pressed={panels.figuresCollapsed}
          title={t(panels.figuresCollapsed ? 'showFiguresTitle' : 'hideFiguresTitle')}
          onClick={() => setPanels({ figuresCollapsed: !panels.figuresCollapsed })}
        >
          {t(panels.figuresCollapsed ? 'showFigures' : 'hideFigures')}
        </button>
      )}
      <button
        type="button"
        className="button small"
        data-testid="full-map"
        aria-pressed={panels.fullMap}
        title={t(panels.fullMap ? 'leaveFullMapTitle' : 'fullMapTitle')}
        onClick={() => setPanels({ fullMap: !panels.fullMap })}
      >
        {t(panels.fullMap ? 'leaveFullMap' : 'fullMap')}
      </button>
    </div>
  );
}
