import { useMemo, useState } from 'react';
import { crsLabel } from '../../domain/crs.ts';
import { useT } from '../../i18n/index.ts';
import type { DataSource } from '../../state/state-types.ts';
import { rereadWith } from '../../state/load/load-data.ts';
import { useAtlas } from '../../state/store.ts';
import { crsSelectId, crsSuggestions, type CrsSuggestion } from './crs-choice.ts';
import './crs-choice.css';

const pct = (x: number): string => `${Math.round(x * 100)}%`;

/**
 * Near the top of the page, one line for each file the importer thinks is in another coordinate
 * system (GCJ-02, BD-09, swapped axes, Gauss-Krüger metres): which file, what it looks like and
 * why, a button that reads it again converted, and one that keeps it as it is for this data. Not
 * only in the report: a GCJ-02 layer loads without a single rejected row, 500 m off.
 */
export function CrsSuggestions() {
  const dataset = useAtlas((s) => s.dataset);
  const source = useAtlas((s) => s.source);
  const loading = useAtlas((s) => s.loading !== null);
  const { t } = useT('report');
  // "Keep as is" holds for the data on screen: a re-read keeps the source, a new load does not.
  const [kept, setKept] = useState<{ source: DataSource | null; keys: readonly string[] }>({ source: null, keys: [] });
  const all = useMemo(() => (dataset ? crsSuggestions(dataset.report) : []), [dataset]);
  const keyOf = (s: CrsSuggestion) => `${s.file}\n${s.suggest}`;
  const keptNow = kept.source === source ? kept.keys : [];
  const shown = all.filter((s) => !keptNow.includes(keyOf(s)));
  if (shown.length === 0) return null;
  const keep = (s: CrsSuggestion) => setKept({ source, keys: [...keptNow, keyOf(s)] });
  return (
    <section className="crs-suggestions" aria-label={t('suggest.region')}>
      {shown.map((s) => (
        <div
          key={keyOf(s)}
          className="notice warn crs-suggestion"
          role="status"
          data-testid="crs-suggestion"
          data-file={s.file}
          data-suggest={s.suggest === 'projected' ? `epsg:${s.epsg}` : s.suggest}
        >
          <span className="notice-text">
            <SuggestionText s={s} />
          </span>
          <span className="crs-suggestion-actions">
            {s.change ? (
              <button
                type="button"
                className="button crs-convert"
                data-testid="crs-convert"
                disabled={loading}
                onClick={() => void rereadWith(s.file, s.change ?? {})}
              >
                {t(`suggest.convert.${s.suggest}`, { epsg: s.epsg })}
              </button>
            ) : (
              <button
                type="button"
                className="button crs-convert"
                data-testid="crs-choose"
                disabled={loading}
                onClick={() => openChooser(s.file)}
              >
                {t('suggest.choose')}
              </button>
            )}
            <button
              type="button"
              className="link-button"
              data-testid="crs-keep"
              title={t('suggest.keepTitle')}
              onClick={() => keep(s)}
            >
              {t('suggest.keep')}
            </button>
          </span>
        </div>
      ))}
    </section>
  );
}

/** "楼栋.csv 的坐标看起来是 GCJ-02（…）：按原样只有 3% 落在小区范围内，转换后 96%。" */
function SuggestionText({ s }: { s: CrsSuggestion }) {
  const { t, lang } = useT('report');
  const looks = t(`suggest.looks.${s.suggest}`, {
    file: s.file,
    system: s.epsg ? crsLabel(`epsg:${s.epsg}`, lang) : '',
  });
  const done = t(s.suggest === 'swapped' ? 'suggest.done.swap' : 'suggest.done.convert');
  let why = '';
  if (s.shares) {
    const shares = { asIs: pct(s.shares.asIs), as: pct(s.shares.suggested), done };
    // The buildings file is tested against the others' areas; an area file, by the others' buildings in it.
    why =
      s.kind === 'buildings'
        ? t('suggest.shares', {
            ...shares,
            areas: [...new Set(s.against.map((a) => t(`suggest.areas.${a.kind}`)))].join(lang === 'zh' ? '、' : ', '),
          })
        : t('suggest.sharesOthers', {
            ...shares,
            against: s.against.map((a) => a.file).join(lang === 'zh' ? '、' : ', '),
          });
  } else if (s.suggest === 'choose') why = t('suggest.pickZone');
  else if (s.outOfRange > 0)
    why = t('suggest.outOfRange', { n: s.outOfRange.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en') });
  return (
    <>
      {looks}
      {why && t('suggest.sep')}
      {why}
      {t('suggest.end')}
    </>
  );
}

/** Open the import report at this file's 坐标系 select. */
function openChooser(file: string): void {
  useAtlas.getState().setReportOpen(true);
  // After the report has rendered its body.
  requestAnimationFrame(() => {
    const select = document.getElementById(crsSelectId(file));
    select?.scrollIntoView({ block: 'center' });
    select?.focus();
  });
}
