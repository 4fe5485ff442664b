import { overdueStepOf, SCHEDULE_OVERDUE } from '../../domain/schedule.ts';
import { STAGE_LABEL_EN, STAGE_LABEL_ZH, STAGES } from '../../domain/vocabulary.ts';
import { useT } from '../../i18n/index.ts';
import type { MapPick } from '../../state/state-types.ts';
import { selectSchedule, selectViewDataset } from '../../state/selectors/schedule-selectors.ts';
import { useAtlas } from '../../state/store.ts';
import { fmtDay } from '../format.ts';

/**
 * The detail panel's schedule lines: with an as-of date, the building's stage on that day (the
 * panel's heading gives the stage as recorded); when it is behind its programme's schedule,
 * which step it missed, the stage that step asks for, and its deadline.
 */
export function OverdueLine({ pick }: { pick: MapPick }) {
  const { t, lang } = useT('schedule');
  const schedule = useAtlas(selectSchedule);
  const day = useAtlas((s) => s.asOfDay);
  const view = useAtlas(selectViewDataset);
  const i = pick.index;
  const labels = lang === 'zh' ? STAGE_LABEL_ZH : STAGE_LABEL_EN;
  const code = view && view.buildings.length === pick.dataset.buildings.length ? view.buildings.stage[i] : 0;
  const step =
    schedule && schedule.status[i] === SCHEDULE_OVERDUE
      ? overdueStepOf(schedule, pick.dataset.buildings.planYear[i], i)
      : null;
  return (
    <>
      {day !== null && code > 0 && (
        <p className="asof-stage" data-testid="asof-stage" data-stage={code}>
          {t('detail.stageOn', { date: fmtDay(day, lang), stage: labels[STAGES[code - 1]] })}
        </p>
      )}
      {step && (
        <p
          className="overdue-flag"
          data-testid="overdue-flag"
          data-step={step.key}
          data-deadline={step.endDay}
          role="status"
        >
          {t('detail.overdue', {
            step: step.name || step.key,
            stage: labels[step.stage],
            date: fmtDay(step.endDay, lang),
          })}
        </p>
      )}
    </>
  );
}
