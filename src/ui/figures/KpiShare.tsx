import type { SummaryRow } from '../../domain/aggregate.ts';
import { useT } from '../../i18n/index.ts';
import type { FieldDef } from '../fields.ts';
import { fmtRate } from '../format.ts';
import { DueMark } from './DueMark.tsx';

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
 * A KPI card's share as a bar, for meeting mode: the figure as a percentage of the target of what
 * is shown (占目标: the district's, or the street office's own), or of the programme for started
 * and completed households (开工率, 完工率), these marked where the programme's dated steps say
 * they should stand by the day (`due`, src/domain/due-progress.ts). Nothing where there is
 * neither (a 计划 figure with no target set: the card says so).
 */
export function KpiShare({
  def,
  total,
  target,
  due,
}: {
  def: FieldDef;
  total: SummaryRow | null;
  target: number | undefined;
  /** 0–1 share due by the day, marked on the bar; null: none. */
  due: number | null;
}) {
  const { t } = useT('meeting');
  const s = total ? shareOf(def, total, target) : null;
  if (!s) return <div className="kpi-share empty" aria-hidden="true" />;
  // Against a target whole percent is enough (and fits a narrow card); rates as the table writes them.
  const pct = s.label === 'target' ? `${Math.round(s.share * 100)}%` : fmtRate(s.share, 1);
  const marked = s.label !== 'target' && due !== null;
  return (
    <div
      className={`kpi-share${s.share >= 1 ? ' full' : ''}`}
      data-testid={`kpi-${def.field}-share`}
      data-value={s.share}
    >
      <span className="share-bar" aria-hidden="true">
        <span className="share-fill" style={{ width: `${Math.min(100, Math.max(0, s.share * 100))}%` }} />
        {marked && <DueMark due={due} testId={`kpi-${def.field}-due`} />}
      </span>
      {s.label && <span className="share-text">{t(`share.${s.label}`, { pct })}</span>}
    </div>
  );
}
