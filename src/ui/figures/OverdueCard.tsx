import type { SummaryRow } from '../../domain/aggregate.ts';
import { useT } from '../../i18n/index.ts';
import { fmtInt } from '../format.ts';

/**
 * The overdue card beside the KPI cards: programme buildings behind their programme's schedule
 * on the chosen day, with the communities and households they make up. Shown only when the
 * view's programme has dated steps (KpiCards decides).
 */
export function OverdueCard({ total }: { total: SummaryRow | null }) {
  const { t } = useT('schedule');
  const n = total ? total.overdueBuildings : null;
  return (
    <div className="kpi kpi-overdue" data-testid="kpi-overdueBuildings" data-value={n ?? undefined}>
      <div className="kpi-label">{t('kpi.overdue')}</div>
      <div className="kpi-value">
        {n === null ? '—' : fmtInt(n)}
        <span className="kpi-unit">{t('common:unit.buildings')}</span>
      </div>
      <div className="kpi-target kpi-second">
        <span data-testid="kpi-overdueCommunities" data-value={total?.overdueCommunities}>
          {t('kpi.communities')} <strong>{total ? fmtInt(total.overdueCommunities) : '—'}</strong>
        </span>{' '}
        <span data-testid="kpi-overdueHouseholds" data-value={total?.overdueHouseholds}>
          {t('kpi.households')} <strong>{total ? fmtInt(total.overdueHouseholds) : '—'}</strong>
        </span>
      </div>
    </div>
  );
}
