import { overdueStepOf, SCHEDULE_OVERDUE } from '../domain/schedule.ts';
import { STAGE_LABEL_EN, STAGE_LABEL_ZH } from '../domain/vocabulary.ts';
import { useT } from '../i18n/index.ts';
import type { MapPick } from '../state/map-slice.ts';
import { selectSchedule } from '../state/schedule-selectors.ts';
import { useAtlas } from '../state/store.ts';
import { fmtDay } from './format.ts';

/**
 * The detail panel's overdue line for a building behind its programme's schedule on the chosen
 * day: which step it missed, the stage that step asks for, and its deadline. Nothing otherwise.
 */
export function OverdueLine({ pick }: { pick: MapPick }) {
  const { t, lang } = useT('schedule');
  const schedule = useAtlas(selectSchedule);
  const i = pick.index;
  if (!schedule || schedule.status[i] !== SCHEDULE_OVERDUE) return null;
  const step = overdueStepOf(schedule, pick.dataset.buildings.planYear[i], i);
  if (!step) return null;
  const stage = (lang === 'zh' ? STAGE_LABEL_ZH : STAGE_LABEL_EN)[step.stage];
  return (
    <p className="overdue-flag" data-testid="overdue-flag" data-step={step.key} data-deadline={step.endDay} role="status">
      {t('detail.overdue', { step: step.name || step.key, stage, date: fmtDay(step.endDay, lang) })}
    </p>
  );
}
