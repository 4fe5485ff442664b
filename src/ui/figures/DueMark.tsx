import { useT } from '../../i18n/index.ts';
import { fmtRate } from '../format.ts';
import './due-mark.css';

/**
 * The "due by today" mark on a progress bar: a tick standing out of the bar where the programme's
 * dated steps say the rate should be by the day (src/domain/due-progress.ts). Its place is in the
 * bar's own coordinates (0–1 of its width); the figure is in its title and data-value. The
 * meeting screen explains the tick beside the ranking.
 */
export function DueMark({ due, testId }: { due: number; testId: string }) {
  const { t } = useT('meeting');
  const pct = fmtRate(due, 1);
  return (
    <span
      className={`due-mark${due >= 1 ? ' at-end' : ''}`}
      data-testid={testId}
      data-value={due}
      title={t('due.title', { pct })}
      style={{ left: `${Math.min(100, Math.max(0, due * 100))}%` }}
    />
  );
}
