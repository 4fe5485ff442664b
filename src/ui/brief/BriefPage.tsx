import type { CSSProperties, Ref } from 'react';
import { PAPER_MM, type PaperSize } from '../../domain/brief-page.ts';
import {
  selectBoundaryFiles,
  selectBriefSummary,
  selectDistrict,
  selectLateCommunities,
} from '../../state/selectors/brief-selectors.ts';
import { useT } from '../../i18n/index.ts';
import type { SnapshotState } from '../../map/map-snapshot.ts';
import { selectLegend } from '../../state/selectors/map-selectors.ts';
import { selectCheckDay, todayDay } from '../../state/selectors/schedule-selectors.ts';
import { selectProgramme, selectTargets } from '../../state/selectors/figure-selectors.ts';
import { useAtlas } from '../../state/store.ts';
import { selectStreet } from '../../state/selectors/street-selectors.ts';
import { BriefKpis } from './BriefKpis.tsx';
import { BriefMap } from './BriefMap.tsx';
import { BriefTables } from './BriefTables.tsx';
import { fmtDay } from '../format.ts';
import './brief.css';
import './brief-figures.css';
import './brief-map.css';
import './brief-print.css';

/**
 * The one-page brief: title, as-of day, the headline figures against the year's targets, the
 * per-street table, the map with legend, scale bar and north arrow, and the data sources, laid
 * out in millimetres on a landscape sheet. The same node is exported as PNG and PDF and printed.
 */
export function BriefPage({ size, map, ref }: { size: PaperSize; map: SnapshotState; ref?: Ref<HTMLElement> }) {
  const { t, lang } = useT('brief');
  const summary = useAtlas(selectBriefSummary);
  const late = useAtlas(selectLateCommunities);
  const programme = useAtlas(selectProgramme);
  const targets = useAtlas(selectTargets);
  const street = useAtlas(selectStreet);
  const district = useAtlas(selectDistrict);
  const year = useAtlas((s) => s.year);
  const asOfDay = useAtlas((s) => s.asOfDay);
  const checkDay = useAtlas(selectCheckDay);
  const legend = useAtlas(selectLegend);
  const fileNames = useAtlas((s) => s.dataset?.fileNames);
  const fromSample = useAtlas((s) => s.source?.kind === 'sample');
  const boundaryFiles = useAtlas(selectBoundaryFiles);
  if (!summary) return null;
  const title = programme
    ? t('title', { name: programme.name })
    : t('titleMade', { district, year: year === null ? '' : t('yearPart', { year }) });
  const meta = [
    year === null ? t('allYears') : t('planYear', { year }),
    street ? t('scopeStreet', { street }) : t('scopeDistrict'),
  ];
  const paper = PAPER_MM[size];
  return (
    <article
      ref={ref}
      className={`brief-page brief-${size.toLowerCase()}`}
      data-testid="brief-page"
      data-size={size}
      style={{ '--paper-w': `${paper.width}mm`, '--paper-h': `${paper.height}mm` } as CSSProperties}
      lang={lang === 'zh' ? 'zh-CN' : 'en'}
    >
      <header className="brief-head">
        <h1 className="brief-title" data-testid="brief-title">
          {title}
        </h1>
        <p className="brief-meta">
          {meta.join(' · ')} ·{' '}
          <strong data-testid="brief-asof" data-day={checkDay}>
            {t(asOfDay === null ? 'asOfRecorded' : 'asOf', { date: fmtDay(checkDay, lang) })}
          </strong>
        </p>
      </header>
      <BriefKpis total={summary.total} targets={street ? NO_TARGETS : targets} />
      <section className="brief-body">
        <BriefTables summary={summary} late={late} />
        <BriefMap map={map} legend={legend} focus={street} />
      </section>
      <footer className="brief-sources" data-testid="brief-sources">
        <p>
          <strong>{t('sources')}</strong> {t('files', { files: (fileNames ?? []).join('、') })}
          {programme?.source ? ` · ${t('programmeSource', { source: programme.source })}` : ''}
          {fromSample
            ? ` · ${t('boundaries')}`
            : boundaryFiles.length > 0
              ? ` · ${t('boundaryFiles', { files: boundaryFiles.join('、') })}`
              : ''}
        </p>
        <p className="brief-generated">{t('generated', { date: fmtDay(todayDay(), lang) })}</p>
      </footer>
    </article>
  );
}

const NO_TARGETS = {};
