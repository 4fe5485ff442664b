import type { SummaryRow } from '../domain/aggregate.ts';
import { selectTargets, selectTotal, type Targets } from '../state/selectors.ts';
import { useAtlas } from '../state/store.ts';
import { KPI_FIELDS, formatField, formatNumber, type FieldDef } from './fields.ts';

/** The district's headline figures for the chosen year, each beside its programme target. */
export function KpiCards() {
  const total = useAtlas(selectTotal);
  const targets = useAtlas(selectTargets);
  return (
    <section className="kpis" aria-label="全区合计 District totals">
      {KPI_FIELDS.map((def) => (
        <KpiCard key={def.field} def={def} total={total} targets={targets} />
      ))}
    </section>
  );
}

function KpiCard({ def, total, targets }: { def: FieldDef; total: SummaryRow | null; targets: Targets }) {
  const target = targets[def.field];
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
    </div>
  );
}
