import type { SummaryRow } from '../domain/aggregate.ts';
import { selectTargets, selectTotal, type Targets } from '../state/selectors.ts';
import { selectHasSchedule } from '../state/schedule-selectors.ts';
import { useAtlas } from '../state/store.ts';
import { selectStreet } from '../state/street-selectors.ts';
import { FIELDS, KPI_FIELDS, formatField, formatNumber, type FieldDef, type NumericField } from './fields.ts';
import { KpiShare } from './KpiShare.tsx';
import { OverdueCard } from './OverdueCard.tsx';
import './totals.css';

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
  return (
    <section className={hasSchedule ? 'kpis with-overdue' : 'kpis'} aria-label={street ? `${street}合计 Street office totals` : '全区合计 District totals'} data-street={street ?? ''}>
      {KPI_FIELDS.map((def) => (
        <KpiCard key={def.field} def={def} total={total} targets={street ? NO_TARGETS : targets} />
      ))}
      {hasSchedule && <OverdueCard total={total} />}
    </section>
  );
}

const NO_TARGETS: Targets = {};

function KpiCard({ def, total, targets }: { def: FieldDef; total: SummaryRow | null; targets: Targets }) {
  const target = targets[def.field];
  const second = BY_COMMUNITIES[def.field];
  const meeting = useAtlas((s) => s.meeting);
  return (
    <div className="kpi" data-testid={`kpi-${def.field}`} data-value={total ? total[def.field] : undefined}>
      <div className="kpi-label">
        {def.zh}
        {def.kind === 'm2' && <span className="kpi-unit-label">（{def.unit}）</span>}
        {def.by && <span className="kpi-unit-label">（{def.by}）</span>}
        <span className="en">{def.en}</span>
      </div>
      <div className="kpi-value">
        {total ? formatField(def, total) : '—'}
        {def.unit && def.kind === 'count' && <span className="kpi-unit">{def.unit}</span>}
      </div>
      {target !== undefined && (
        <div className="kpi-target" data-testid={`kpi-${def.field}-target`} data-value={target}>
          目标 <span className="en">Target</span> {formatNumber(def, target)}
        </div>
      )}
      {meeting && <KpiShare def={def} total={total} target={target} />}
      {second && (
        <div className="kpi-target kpi-second" data-testid={`kpi-${second.field}`} data-value={total ? total[second.field] : undefined}>
          {second.kind === 'rate' ? '按小区' : '小区'} <span className="en">{second.kind === 'rate' ? 'By community' : 'Communities'}</span>{' '}
          <strong>{total ? formatField(second, total) : '—'}</strong>
          {second.kind === 'count' && ` ${second.unit ?? ''}`}
        </div>
      )}
    </div>
  );
}
