import { useEffect, useRef, type Ref } from 'react';
import type { RankMeasure, StreetRank } from '../../domain/ranking.ts';
import type { SummaryRow } from '../../domain/aggregate.ts';
import type { DueShares, ProgressLight } from '../../domain/due-progress.ts';
import { useT } from '../../i18n/index.ts';
import { selectStreetLights, selectStreetRanking } from '../../state/selectors/ranking-selectors.ts';
import { selectDueShares } from '../../state/selectors/due-selectors.ts';
import { useAtlas } from '../../state/store.ts';
import { selectStreet } from '../../state/selectors/street-selectors.ts';
import { fmtInt, fmtRate } from '../format.ts';
import { DueMark } from '../figures/DueMark.tsx';
import { DueLegend, LightCell, LightHeading } from './RankLight.tsx';

/** The rate fields each measure shows: households (ranked on) and the denominator that makes it mean something. */
const RATE = {
  start: { field: 'startRateHouseholds', of: 'programmeHouseholds' },
  completion: { field: 'completionRateHouseholds', of: 'programmeHouseholds' },
} as const;

/**
 * The street offices ranked by start rate and by completion rate (src/domain/ranking.ts), as the
 * ministry ranks provinces: each row a rank, the office, both rates as bars with their figure
 * and a tick where the programme's deadlines say they should be by the day, its overdue
 * buildings if any, and its light (red, amber, green: src/domain/due-progress.ts); the office
 * the page shows is marked. A click on a row shows that office (again: the whole district); a
 * column heading orders by its rate.
 */
export function StreetRanking({ order, onOrder }: { order: RankMeasure; onOrder: (order: RankMeasure) => void }) {
  const { t } = useT('meeting');
  const ranks = useAtlas((s) => selectStreetRanking(s, order));
  const street = useAtlas(selectStreet);
  const due = useAtlas(selectDueShares);
  const lights = useAtlas((s) => selectStreetLights(s, order));
  const setStreet = useAtlas((s) => s.setStreet);
  const current = useRef<HTMLTableRowElement>(null);
  const overdueColumn = ranks.some((r) => r.row.overdueBuildings > 0);

  // A long list scrolls inside the panel: keep the office shown in sight as the keys step.
  useEffect(() => {
    current.current?.scrollIntoView({ block: 'nearest' });
  }, [street, order]);

  return (
    <section className="street-ranking" data-testid="street-ranking" data-order={order} aria-label={t('ranking.title')}>
      <h2 className="rank-title">
        {t('ranking.title')}
        <span className="rank-hint">{t('ranking.hint')}</span>
      </h2>
      {ranks.length === 0 ? (
        <p className="rank-empty">{t('ranking.empty')}</p>
      ) : (
        <div className="rank-scroll">
          <table className="rank-table">
            <thead>
              <tr>
                <th scope="col" className="rank-no">
                  {t('ranking.rank')}
                </th>
                <th scope="col" className="rank-name">
                  {t('ranking.street')}
                </th>
                <RankHeading measure="start" order={order} onOrder={onOrder} />
                <RankHeading measure="completion" order={order} onOrder={onOrder} />
                {overdueColumn && (
                  <th scope="col" className="rank-overdue">
                    {t('ranking.overdueHead')}
                  </th>
                )}
                {due && <LightHeading />}
              </tr>
            </thead>
            <tbody>
              {ranks.map((r) => {
                const here = r.row.key === street;
                return (
                  <RankRow
                    key={r.row.key}
                    rank={r}
                    order={order}
                    here={here}
                    overdueColumn={overdueColumn}
                    due={due}
                    light={lights.get(r.row.key) ?? null}
                    rowRef={here ? current : undefined}
                    onPick={() => setStreet(here ? null : r.row.key)}
                  />
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <DueLegend due={due} />
      <p className="rank-keys">{t('keys')}</p>
    </section>
  );
}

/** A rate's column heading: a click orders the ranking by it. */
function RankHeading({
  measure,
  order,
  onOrder,
}: {
  measure: RankMeasure;
  order: RankMeasure;
  onOrder: (order: RankMeasure) => void;
}) {
  const { t } = useT('meeting');
  return (
    <th scope="col" className={`rank-rate ${measure}`} aria-sort={order === measure ? 'descending' : 'none'}>
      <button
        type="button"
        className="rank-order"
        data-testid={`ranking-order-${measure}`}
        aria-pressed={order === measure}
        onClick={() => onOrder(measure)}
      >
        {t(`ranking.${measure}`)}
        <span className="rank-arrow" aria-hidden="true">
          {order === measure ? '▼' : ''}
        </span>
      </button>
    </th>
  );
}

function RankRow({
  rank,
  order,
  here,
  overdueColumn,
  due,
  light,
  rowRef,
  onPick,
}: {
  rank: StreetRank;
  order: RankMeasure;
  here: boolean;
  overdueColumn: boolean;
  /** What is due by the day (null: no programme for the year: no light column, no ticks). */
  due: DueShares | null;
  light: ProgressLight | null;
  rowRef?: Ref<HTMLTableRowElement>;
  onPick: () => void;
}) {
  const { t } = useT('meeting');
  const { row } = rank;
  const name = row.key === '' ? t('ranking.unnamed') : row.key;
  const shown = order === 'start' ? rank.startRank : rank.completionRank;
  const rate = (m: RankMeasure) => rateText(row, m);
  const title = rank.noProgramme
    ? t('ranking.rowTitleNone', { street: name })
    : t('ranking.rowTitle', {
        street: name,
        start: rate('start'),
        startRank: rank.startRank,
        completion: rate('completion'),
        completionRank: rank.completionRank,
      });
  return (
    <tr
      ref={rowRef}
      className={`rank-row${here ? ' current' : ''}${rank.noProgramme ? ' no-programme' : ''}`}
      data-street={row.key}
      data-start-rank={rank.startRank ?? ''}
      data-completion-rank={rank.completionRank ?? ''}
      data-no-programme={rank.noProgramme || undefined}
      data-light={light ?? undefined}
      aria-current={here || undefined}
      onClick={onPick}
    >
      <td className="rank-no">{shown ?? '—'}</td>
      <th scope="row" className="rank-name">
        <button
          type="button"
          className="rank-pick"
          aria-label={title}
          aria-pressed={here}
          onClick={(e) => (e.stopPropagation(), onPick())}
        >
          {name}
        </button>
      </th>
      {rank.noProgramme ? (
        <td className="rank-none" colSpan={2}>
          {t('ranking.noProgramme')}
        </td>
      ) : (
        (['start', 'completion'] as const).map((m) => (
          <RateCell key={m} measure={m} row={row} due={due ? due[m] : null} />
        ))
      )}
      {overdueColumn && (
        <td className="rank-overdue" data-value={row.overdueBuildings}>
          {row.overdueBuildings > 0 ? t('ranking.overdue', { n: fmtInt(row.overdueBuildings) }) : ''}
        </td>
      )}
      {due && <LightCell light={light} />}
    </tr>
  );
}

/** A rate as the ranking writes it ('—' with nothing to divide by). */
const rateText = (row: SummaryRow, m: RankMeasure): string => fmtRate(row[RATE[m].field], row[RATE[m].of]);

/** One rate of a row: its bar, the tick of what is due by the day (when the steps say), its figure. */
function RateCell({ measure, row, due }: { measure: RankMeasure; row: SummaryRow; due: number | null }) {
  const value = row[RATE[measure].field];
  return (
    <td className={`rank-rate ${measure}`} data-value={value}>
      <span className="rate-cell">
        <span className="rate-bar" aria-hidden="true">
          <span className="rate-fill" style={{ width: `${Math.min(100, Math.max(0, value * 100))}%` }} />
          {due !== null && <DueMark due={due} testId={`ranking-due-${measure}`} />}
        </span>
        <span className="rate-pct">{rateText(row, measure)}</span>
      </span>
    </td>
  );
}
