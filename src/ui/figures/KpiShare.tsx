import type { SummaryRow } from '../../domain/aggregate.ts';
import { useT } from '../../i18n/index.ts';
import type { FieldDef } from '../fields.ts';
import { fmtRate } from '../format.ts';

/** What a card's bar measures: its figure against the year's target, or progress through the programme. */
function shareOf(
  def: FieldDef,
  total: SummaryRow,
  target: number | undefined,
): { share: number; label: 'target' | 'started' | 'completed' | null } | null {
  if (target !== undefined) return target > 0 ? { share: total[def.field] / target, label: 'target' } : null;
  if (total.programmeHouseholds <= 0) return null;
  if (def.field === 'startedHouseholds') return { share: total.startRateHouseholds, label: 'started' };
  if (def.field === 'completedHouseholds') return { share: total.completionRateHouseholds, label: 'completed' };
  if (def.field === 'completionRateHouseholds') return { share: total.completionRateHouseholds, label: null };
  return null;
}

/**
 * A KPI card's share as a bar, for meeting mode: the figure as a percentage of the year's target
 * (达成目标), or of the programme for started and completed households (开工率, 完工率). Nothing
 * where there is neither (a street office's programme figures: targets are the district's).
 */
export function KpiShare({
  def,
  total,
  target,
}: {
  def: FieldDef;
  total: SummaryRow | null;
  target: number | undefined;
}) {
  const { t } = useT('meeting');
  const s = total ? shareOf(def, total, target) : null;
  if (!s) return <div className="kpi-share empty" aria-hidden="true" />;
  // Against a target whole percent is enough (and fits a narrow card); rates as the table writes them.
  const pct = s.label === 'target' ? `${Math.round(s.share * 100)}%` : fmtRate(s.share, 1);
  return (
    <div
      className={`kpi-share${s.share >= 1 ? ' full' : ''}`}
      data-testid={`kpi-${def.field}-share`}
      data-value={s.share}
    >
      <span className="share-bar" aria-hidden="true">
        <span className="share-fill" style={{ width: `${Math.min(100, Math.max(0, s.share * 100))}%` }} />
      </span>
      {s.label && <span className="share-text">{t(`share.${s.label}`, { pct })}</span>}
    </div>
  );
}
