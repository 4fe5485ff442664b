import { useState } from 'react';
import { STAGE_COLOURS } from '../../domain/colour-classes.ts';
import { stageTotal, type StageCountRow } from '../../domain/stage-counts.ts';
import { STAGE_CODE, STAGE_LABEL_EN, STAGE_LABEL_ZH, STAGES, type Stage } from '../../domain/vocabulary.ts';
import { useT, type Lang } from '../../i18n/index.ts';
import { useAtlas } from '../../state/store.ts';
import { selectStageCounts } from '../../state/selectors/street-selectors.ts';
import { fmtInt } from '../format.ts';
import './totals.css';

/** Programme stages, in order (未纳入 is never in a programme). */
const SHOWN: readonly Stage[] = STAGES.filter((s) => s !== 'none');

/** The map's stage colours (light to dark as work advances), index = stage code − 1. */
const fill = (s: Stage): string => `rgb(${STAGE_COLOURS[STAGE_CODE[s] - 1].join(' ')})`;

type Measure = 'households' | 'buildings';
const MEASURES: readonly Measure[] = ['households', 'buildings'];
const stageLabel = (s: Stage, lang: Lang): string => (lang === 'en' ? STAGE_LABEL_EN : STAGE_LABEL_ZH)[s];

/** Progress per street office for the chosen year: one bar each, stacked by stage. */
export function StageChart() {
  const rows = useAtlas(selectStageCounts);
  const year = useAtlas((s) => s.year);
  const [measure, setMeasure] = useState<Measure>('households');
  const { t, lang } = useT(['chart', 'common']);
  const max = rows.reduce((x, r) => Math.max(x, stageTotal(r[measure])), 0);
  return (
    <section className="panel chart-panel" data-testid="stage-chart" data-measure={measure}>
      <div className="panel-head">
        <h2>
          {t('title', {
            measure: t(`measure.${measure}`),
            year: year === null ? t('common:allYears') : t('common:yearOption', { year }),
          })}
        </h2>
        <div className="segmented" role="group" aria-label={t('count')}>
          {MEASURES.map((k) => (
            <button
              key={k}
              type="button"
              className="button small"
              aria-pressed={k === measure}
              data-measure={k}
              onClick={() => setMeasure(k)}
            >
              {t(`by.${k}`)}
            </button>
          ))}
        </div>
      </div>
      <ul className="chart-legend" aria-label={t('common:legend')}>
        {SHOWN.map((s) => (
          <li key={s}>
            <span className="swatch square" style={{ background: fill(s) }} />
            {stageLabel(s, lang)}
          </li>
        ))}
      </ul>
      {rows.length === 0 ? (
        <p className="empty">{t('empty')}</p>
      ) : (
        <ol className="chart-rows">
          {rows.map((r) => (
            <Bar key={r.key} row={r} measure={measure} max={max} />
          ))}
        </ol>
      )}
    </section>
  );
}

/** Each shown stage's value and where its segment starts, in percent of the longest bar. */
function segments(values: Float64Array, max: number): { stage: Stage; value: number; x: number; w: number }[] {
  const out: { stage: Stage; value: number; x: number; w: number }[] = [];
  let x = 0;
  for (const stage of SHOWN) {
    const value = values[STAGE_CODE[stage]];
    if (value <= 0 || max <= 0) continue;
    const w = (value / max) * 100;
    out.push({ stage, value, x, w });
    x += w;
  }
  return out;
}

function Bar({ row, measure, max }: { row: StageCountRow; measure: Measure; max: number }) {
  const values = row[measure];
  const total = stageTotal(values);
  const { t, lang } = useT(['chart', 'common']);
  const name = row.key || t('common:unspecified');
  const unit = t(`unit.${measure}`);
  return (
    <li className="chart-row" data-key={row.key} data-total={total}>
      <span className="chart-name" title={name}>
        {name}
      </span>
      <svg className="chart-bar" role="img" aria-label={`${name} ${fmtInt(total)} ${unit}`} width="100%" height="18">
        {segments(values, max).map(({ stage, value, x, w }) => (
          <rect
            key={stage}
            x={`${x}%`}
            width={`${w}%`}
            y="0"
            height="18"
            fill={fill(stage)}
            data-stage={stage}
            data-value={value}
          >
            <title>
              {t('segment', {
                name,
                stage: stageLabel(stage, lang),
                value: fmtInt(value),
                unit,
                pct: `${((value / total) * 100).toFixed(1)}%`,
              })}
            </title>
          </rect>
        ))}
      </svg>
      <span className="chart-total">
        {fmtInt(total)} <span className="chart-unit">{unit}</span>
      </span>
    </li>
  );
}
