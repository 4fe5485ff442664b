import { useState } from 'react';
import { Trans } from 'react-i18next';
import { useT } from '../../i18n/index.ts';
import type { SelectTool } from '../../state/state-types.ts';
import { selectSelectionTotals } from '../../state/selectors/candidate-selectors.ts';
import { selectFiltered } from '../../state/actions/selection-actions.ts';
import { useAtlas } from '../../state/store.ts';
import { AddToListForm } from '../candidates/AddToListForm.tsx';
import { areaUnit, fmtAreaValue, fmtInt } from '../format.ts';
import './selection-bar.css';

/** The tools, in order; names and titles are under tool.* and toolTitle.* in the `map` catalogue. */
const TOOLS: readonly SelectTool[] = ['browse', 'pick', 'box', 'lasso'];

/** What to do with the box or lasso tool, over the bottom of the map. */
export function SelectionHint() {
  const tool = useAtlas((s) => s.selectTool);
  const { t } = useT('map');
  return tool === 'box' || tool === 'lasso' ? (
    <span className="selection-hint" data-testid="selection-hint">
      {t(`hint.${tool}`)}
    </span>
  ) : null;
}

/**
 * The selection on the map: the tool (browse, click, box, lasso), "select what the filters keep",
 * clear, the selection's totals, and adding it to the candidate list. Contract for tests:
 * `selection-totals` carries data-buildings, data-communities, data-households, data-floor-area-m2.
 */
export function SelectionBar() {
  const tool = useAtlas((s) => s.selectTool);
  const setTool = useAtlas((s) => s.setSelectTool);
  const totals = useAtlas(selectSelectionTotals);
  const clear = useAtlas((s) => s.clearSelection);
  const hasData = useAtlas((s) => s.dataset !== null);
  const [adding, setAdding] = useState(false);
  const { t } = useT('map');
  const none = totals.buildings === 0;
  return (
    <div className="selection-bar" data-testid="selection-bar">
      <div className="selection-tools">
        <div className="segmented" role="group" aria-label={t('tools')} data-testid="select-tool" data-value={tool}>
          {TOOLS.map((k) => (
            <button
              key={k}
              type="button"
              data-tool={k}
              aria-pressed={tool === k}
              title={t(`toolTitle.${k}`)}
              onClick={() => setTool(k)}
            >
              {t(`tool.${k}`)}
            </button>
          ))}
        </div>
        <button
          type="button"
          className="button small"
          data-testid="select-filtered"
          disabled={!hasData}
          title={t('selectFilteredTitle')}
          onClick={() => selectFiltered()}
        >
          {t('selectFiltered')}
        </button>
        <button
          type="button"
          className="button small"
          data-testid="clear-selection"
          disabled={none}
          onClick={() => {
            clear();
            setAdding(false);
          }}
        >
          {t('clear')}
        </button>
      </div>
      <div className="selection-summary">
        <SelectionTotals />
        {!none && !adding && (
          <button
            type="button"
            className="button small primary-action"
            data-testid="add-to-list-open"
            onClick={() => setAdding(true)}
          >
            {t('addToList')}
          </button>
        )}
      </div>
      {adding && !none && <AddToListForm onDone={() => setAdding(false)} />}
    </div>
  );
}

/** The selection's totals (or that nothing is selected), with their figures as data attributes. */
function SelectionTotals() {
  const totals = useAtlas(selectSelectionTotals);
  const { t, lang } = useT('map');
  const none = totals.buildings === 0;
  return (
    <p
      className={none ? 'selection-totals empty-selection' : 'selection-totals'}
      data-testid="selection-totals"
      data-buildings={totals.buildings}
      data-communities={totals.communities}
      data-households={totals.households}
      data-floor-area-m2={totals.floorAreaM2}
      aria-live="polite"
    >
      {none ? (
        t('nothingSelected')
      ) : (
        <Trans
          ns="map"
          i18nKey="selected"
          values={{
            buildings: fmtInt(totals.buildings),
            communities: fmtInt(totals.communities),
            households: fmtInt(totals.households),
            area: fmtAreaValue(totals.floorAreaM2, lang),
            unit: areaUnit(lang),
          }}
          components={{ b: <b /> }}
        />
      )}
    </p>
  );
}
