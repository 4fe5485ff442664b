import type { SummaryRow } from '../../domain/aggregate.ts';
import { useT } from '../../i18n/index.ts';
import { selectTargets, selectTotal, type Targets } from '../../state/selectors/figure-selectors.ts';
import { selectHasSchedule } from '../../state/selectors/schedule-selectors.ts';
import { useAtlas } from '../../state/store.ts';
import { selectStreet } from '../../state/selectors/street-selectors.ts';
import {
  BACKLOG_KPI_FIELDS,
  FIELDS,
  KPI_FIELDS,
  formatField,
  formatNumber,
  type FieldDef,
  type NumericField,
} from '../fields.ts';
import { KpiShare } from './KpiShare.tsx';
import { OverdueCard } from './OverdueCard.tsx';
import { useFieldLabels } from '../use-field-labels.ts';
import './totals.css';
import './kpi-cards.css';

/** The same figure counted by communities, written small under a households card. */
const BY_COMMUNITIES: Partial<Record<NumericField, FieldDef>> = {
  startedHouseholds: FIELDS.startedCommunities,
  completedHouseholds: FIELDS.completedCommunities,
  completionRateHouseholds: FIELDS.completionRateCommunities,
};

/**
 * The headline figures for the chosen year, of the district or of the street office filtered
 * to; the district's programme targets stand beside them when the whole district is shown.
 */
export function KpiCards() {
  const total = useAtlas(selectTotal);
  const targets = useAtlas(selectTargets);
  const street = useAtlas(selectStreet);
  const hasSchedule = useAtlas(selectHasSchedule);
  // The backlog's buildings are in no plan: their programme figures are all 0, so the cards give the backlog's.
  const backlog = useAtlas((s) => s.filter.backlog);
  const { t } = useT('kpi');
  const overdue = hasSchedule && !backlog;
  return (
    <section
      className={overdue ? 'kpis with-overdue' : backlog ? 'kpis backlog' : 'kpis'}
      aria-label={street ? t('streetTotals', { street }) : t('districtTotals')}
      data-street={street ?? ''}
      data-backlog={backlog}
    >
      {(backlog ? BACKLOG_KPI_FIELDS : KPI_FIELDS).map((def) => (
        <KpiCard key={def.field} def={def} total={total} targets={street || backlog ? NO_TARGETS : targets} />
      ))}
      {overdue && <OverdueCard total={total} />}
    </section>
  );
}

const NO_TARGETS: Targets = {};

function KpiCard({ def, total, targets }: { def: FieldDef; total: SummaryRow | null; targets: Targets }) {
  const target = targets[def.field];
  const second = BY_COMMUNITIES[def.field];
  const meeting = useAtlas((s) => s.meeting);
  const { t } = useT('kpi');
  const f = useFieldLabels();
  const unit = f.unit(def);
  return (
    <div className="kpi" data-testid={`kpi-${def.field}`} data-value={total ? total[def.field] : undefined}>
      <div className="kpi-label">
        {f.label(def)}
        {f.note(def) && <span className="kpi-unit-label">{f.note(def)}</span>}
      </div>
      <div className="kpi-value">
        {total ? formatField(def, total, f.lang) : '—'}
        {unit && def.kind === 'count' && <span className="kpi-unit">{unit}</span>}
      </div>
      {target !== undefined && (
        <div className="kpi-target" data-testid={`kpi-${def.field}-target`} data-value={target}>
          {t('target')} {formatNumber(def, target, 1, f.lang)}
        </div>
      )}
      {meeting && <KpiShare def={def} total={total} target={target} />}
      {second && (
        <div
          className="kpi-target kpi-second"
          data-testid={`kpi-${second.field}`}
          data-value={total ? total[second.field] : undefined}
        >
          {t(second.kind === 'rate' ? 'byCommunity' : 'communities')}{' '}
          <strong>{total ? formatField(second, total, f.lang) : '—'}</strong>
          {f.unit(second) && ` ${f.unit(second)}`}
        </div>
      )}
    </div>
  );
}
