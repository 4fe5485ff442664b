import { Fragment } from 'react';
import { useT } from '../../i18n/index.ts';
import { selectCutoffYear, selectLegend } from '../../state/selectors/map-selectors.ts';
import { useAtlas } from '../../state/store.ts';
import { fmtInt } from '../format.ts';

/**
 * The legend of the colouring on the map: a swatch, the class and its number of buildings; a
 * click hides the class on the map (aria-pressed false) or shows it again. In the build-year
 * colouring a line marks the eligibility cut-off: the classes before it are eligible by age.
 */
export function Legend() {
  const legend = useAtlas(selectLegend);
  const cutoff = useAtlas(selectCutoffYear);
  const toggle = useAtlas((s) => s.toggleClass);
  const folded = useAtlas((s) => s.panels.legendCollapsed);
  const setPanels = useAtlas((s) => s.setPanels);
  const { t, lang } = useT('legend');
  if (!legend) return null;
  // Class names in the language in force; a class with no English name keeps its Chinese one.
  const name = (x: { zh: string; en: string }): string => (lang === 'en' && x.en !== '' ? x.en : x.zh);
  return (
    <div
      className={folded ? 'legend folded' : 'legend'}
      data-testid="legend"
      aria-label={t('legendOf', { title: name(legend.title) })}
    >
      <button
        type="button"
        className="legend-fold"
        data-testid="legend-fold"
        aria-expanded={!folded}
        title={t(folded ? 'unfold' : 'fold')}
        onClick={() => setPanels({ legendCollapsed: !folded })}
      >
        {t('legend')} · {name(legend.title)} <span aria-hidden="true">{folded ? '▸' : '▾'}</span>
      </button>
      <ul className="legend-items" hidden={folded}>
        {legend.items.map((it) => (
          <Fragment key={it.key}>
            <li>
              <button
                type="button"
                className={`legend-class${it.danger ? ' danger' : ''}`}
                data-class={it.key}
                data-count={it.count}
                aria-pressed={!it.hidden}
                title={t(it.hidden ? 'clickToShow' : 'clickToHide', { name: name(it) })}
                onClick={() => toggle(it.key)}
              >
                <span className={`swatch${it.danger ? ' danger' : ''}`} style={{ background: it.hex }} />
                <span className="legend-label">{name(it)}</span>
                <span className="legend-count">{fmtInt(it.count)}</span>
              </button>
            </li>
            {it.cutoffAfter && (
              <li className="legend-cutoff" data-testid="legend-cutoff" data-year={cutoff}>
                {t('cutoff', { year: cutoff })}
              </li>
            )}
          </Fragment>
        ))}
        <li className="legend-area">
          <span className="swatch area" />
          {t('community')}
        </li>
      </ul>
    </div>
  );
}
