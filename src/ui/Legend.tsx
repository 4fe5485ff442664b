import { Fragment } from 'react';
import { selectCutoffYear, selectLegend } from '../state/map-selectors.ts';
import { useAtlas } from '../state/store.ts';
import { fmtInt } from './format.ts';

/**
 * The legend of the colouring on the map: a swatch, the class and its number of buildings; a
 * click hides the class on the map (aria-pressed false) or shows it again. In the build-year
 * colouring a line marks the eligibility cut-off: the classes before it are eligible by age.
 */
export function Legend() {
  const legend = useAtlas(selectLegend);
  const cutoff = useAtlas(selectCutoffYear);
  const toggle = useAtlas((s) => s.toggleClass);
  if (!legend) return null;
  return (
    <div className="legend" data-testid="legend" aria-label={`图例 ${legend.title.zh} Legend`}>
      <ul className="legend-items">
        {legend.items.map((it) => (
          <Fragment key={it.key}>
            <li>
              <button
                type="button"
                className={`legend-class${it.danger ? ' danger' : ''}`}
                data-class={it.key}
                data-count={it.count}
                aria-pressed={!it.hidden}
                title={`${it.zh} ${it.en}：${it.hidden ? '点击显示 click to show' : '点击隐藏 click to hide'}`}
                onClick={() => toggle(it.key)}
              >
                <span className={`swatch${it.danger ? ' danger' : ''}`} style={{ background: it.hex }} />
                <span className="legend-label">
                  {it.zh}
                  {it.en && <span className="en">{it.en}</span>}
                </span>
                <span className="legend-count">{fmtInt(it.count)}</span>
              </button>
            </li>
            {it.cutoffAfter && (
              <li className="legend-cutoff" data-testid="legend-cutoff" data-year={cutoff}>
                以上{cutoff}年底前建成，可纳入改造 <span className="en">cut-off: built by {cutoff}</span>
              </li>
            )}
          </Fragment>
        ))}
        <li className="legend-area">
          <span className="swatch area" />
          小区 <span className="en">Community</span>
        </li>
      </ul>
    </div>
  );
}
