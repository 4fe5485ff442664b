import type { SummaryRow } from '../../domain/aggregate.ts';
import { useT } from '../../i18n/index.ts';
import {
  TARGETED_FIELDS,
  selectScopeTargets,
  selectTotal,
  type Targets,
} from '../../state/selectors/figure-selectors.ts';
import { selectDueShares } from '../../state/selectors/due-selectors.ts';
import type { DueShares } from '../../domain/due-progress.ts';
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
 * to. The programme's targets for what is shown stand beside the 计划 figures: the district's,
 * or the office's own (targets.byStreet); where the programme sets none, the card says so
 * rather than leave the plan to pass for a target.
 */
export function KpiCards() {
  const total = useAtlas(selectTotal);
  const targets = useAtlas(selectScopeTargets);
  const street = useAtlas(selectStreet);
  const hasSchedule = useAtlas(selectHasSchedule);
  const due = useAtlas(selectDueShares);
  // With every plan year shown there is no one programme whose targets apply.
  const yearChosen = useAtlas((s) => s.year !== null);
  // The backlog's buildings are in no plan: their programme figures are all 0, so the cards give the backlog's.
  const backlog = useAtlas((s) => s.filter.backlog);
  const { t } = useT('kpi');
  const overdue = hasSchedule && !backlog;
  const scope = yearChosen && !backlog ? (street === null ? 'district' : 'street') : null;
  return (
    <section
      className={overdue ? 'kpis with-overdue' : backlog ? 'kpis backlog' : 'kpis'}
      aria-label={street ? t('streetTotals', { street }) : t('districtTotals')}
      data-street={street ?? ''}
      data-backlog={backlog}
    >
      {(backlog ? BACKLOG_KPI_FIELDS : KPI_FIELDS).map((def) => (
        <KpiCard
          key={def.field}
          def={def}
          total={total}
          targets={scope ? targets : NO_TARGETS}
          scope={scope}
          due={backlog ? null : due}
        />
      ))}
      {overdue && <OverdueCard total={total} />}
    </section>
  );
}

const NO_TARGETS: Targets = {};

/** The due share a progress card's bar is marked at: started against the start, completed against completion. */
function dueOfField(field: NumericField, due: DueShares | null): number | null {
  if (!due) return null;
  if (field === 'startedHouseholds') return due.start;
  if (field === 'completedHouseholds' || field === 'completionRateHouseholds') return due.completion;
  return null;
}

function KpiCard({
  def,
  total,
  targets,
  scope,
  due,
}: {
  def: FieldDef;
  total: SummaryRow | null;
  targets: Targets;
  /** Whose targets apply: null where none do (every year shown, the backlog). */
  scope: 'district' | 'street' | null;
  due: DueShares | null;
}) {
  const target = targets[def.field];
  const untargeted = target === undefined && scope !== null && TARGETED_FIELDS.includes(def.field);
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
      {untargeted && (
        <div
          className="kpi-target kpi-no-target"
          data-testid={`kpi-${def.field}-target-none`}
          title={t(scope === 'street' ? 'noStreetTargetTitle' : 'noTargetTitle')}
        >
          {t('noTarget')}
        </div>
      )}
      {meeting && <KpiShare def={def} total={total} target={target} due={dueOfField(def.field, due)} />}
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
