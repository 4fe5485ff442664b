import type { SummaryRow } from '../../domain/aggregate.ts';
import { useT } from '../../i18n/index.ts';
import type { Targets } from '../../state/selectors/figure-selectors.ts';
import { fmtAreaValue, fmtInt, fmtRate } from '../format.ts';

/** A headline count: what the programme holds, how much of it has started and completed. */
const COUNTS = [
  {
    key: 'communities',
    programme: 'programmeCommunities',
    started: 'startedCommunities',
    completed: 'completedCommunities',
  },
  { key: 'buildings', programme: 'programmeBuildings', started: 'startedBuildings', completed: 'completedBuildings' },
  {
    key: 'households',
    programme: 'programmeHouseholds',
    started: 'startedHouseholds',
    completed: 'completedHouseholds',
  },
] as const satisfies readonly {
  key: string;
  programme: keyof SummaryRow;
  started: keyof SummaryRow;
  completed: keyof SummaryRow;
}[];

/** Share of a base as a percentage ('—' without a base). */
const pct = (part: number, base: number): string => fmtRate(base > 0 ? part / base : NaN, base);

/**
 * The brief's headline boxes: communities, buildings and households completed against the year's
 * target (or the programme, without a target), with what has started; floor area in the
 * programme against its target; and what is overdue on the day the figures stand on.
 */
export function BriefKpis({ total, targets }: { total: SummaryRow; targets: Targets }) {
  const { t } = useT('brief');
  return (
    <section className="brief-kpis">
      {COUNTS.map((k) => {
        const programme = total[k.programme];
        const target = targets[k.programme];
        const base = target ?? programme;
        const started = total[k.started];
        const completed = total[k.completed];
        return (
          <div
            key={k.key}
            className="brief-kpi"
            data-testid={`brief-kpi-${k.key}`}
            data-programme={programme}
            data-started={started}
            data-completed={completed}
            data-target={target}
          >
            <div className="brief-kpi-label">
              {t(`kpi.${k.key}`)}
              <span className="brief-kpi-basis">{t(target !== undefined ? 'basisTarget' : 'basisProgramme')}</span>
            </div>
            <div className="brief-kpi-value">
              {fmtInt(completed)}
              <span className="brief-kpi-of">
                {' '}
                / {fmtInt(base)}
                {t(`unit.${k.key}`) && ` ${t(`unit.${k.key}`)}`}
              </span>
              <span className="brief-kpi-pct">{pct(completed, base)}</span>
            </div>
            <Bar started={started} completed={completed} base={base} />
            <div className="brief-kpi-line">{t('started', { value: fmtInt(started), rate: pct(started, base) })}</div>
          </div>
        );
      })}
      <AreaBox total={total} target={targets.programmeFloorAreaM2} />
      <OverdueBox total={total} />
    </section>
  );
}

function Bar({ started, completed, base }: { started: number; completed: number; base: number }) {
  const w = (v: number): string => `${base > 0 ? Math.min(100, (v / base) * 100) : 0}%`;
  return (
    <div className="brief-bar" aria-hidden="true">
      <span className="brief-bar-started" style={{ width: w(started) }} />
      <span className="brief-bar-completed" style={{ width: w(completed) }} />
    </div>
  );
}

function AreaBox({ total, target }: { total: SummaryRow; target: number | undefined }) {
  const { t, lang } = useT('brief');
  const programme = total.programmeFloorAreaM2;
  const base = target ?? programme;
  return (
    <div className="brief-kpi" data-testid="brief-kpi-floorArea" data-programme={programme} data-target={target}>
      <div className="brief-kpi-label">
        {t('kpi.floorArea')}
        <span className="brief-kpi-basis">{t(target !== undefined ? 'areaBasisTarget' : 'areaBasisProgramme')}</span>
      </div>
      <div className="brief-kpi-value">
        {fmtAreaValue(programme, lang)}
        <span className="brief-kpi-of"> {t('unit.area')}</span>
        {target !== undefined && <span className="brief-kpi-pct">{pct(programme, base)}</span>}
      </div>
      <Bar started={0} completed={programme} base={base} />
      <div className="brief-kpi-line">
        {target !== undefined
          ? t('areaTarget', { value: `${fmtAreaValue(target, lang)} ${t('unit.area')}` })
          : t('areaLine')}
      </div>
    </div>
  );
}

function OverdueBox({ total }: { total: SummaryRow }) {
  const { t } = useT('brief');
  const late = total.overdueBuildings > 0;
  return (
    <div
      className={`brief-kpi brief-kpi-overdue${late ? ' late' : ''}`}
      data-testid="brief-kpi-overdue"
      data-communities={total.overdueCommunities}
      data-buildings={total.overdueBuildings}
      data-households={total.overdueHouseholds}
    >
      <div className="brief-kpi-label">
        {t('kpi.overdue')}
        <span className="brief-kpi-basis">{t('overdueBasis')}</span>
      </div>
      <div className="brief-kpi-value">
        {late ? fmtInt(total.overdueCommunities) : '0'}
        <span className="brief-kpi-of"> {t('overdueCommunities')}</span>
      </div>
      <div className="brief-kpi-line brief-kpi-late-line">
        {late
          ? t('overdueLine', { buildings: fmtInt(total.overdueBuildings), households: fmtInt(total.overdueHouseholds) })
          : t('overdueNone')}
      </div>
    </div>
  );
}
