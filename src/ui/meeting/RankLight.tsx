import { AMBER_POINTS, type DueShares, type ProgressLight } from '../../domain/due-progress.ts';
import { useT } from '../../i18n/index.ts';
import { fmtRate } from '../format.ts';

/** Each light's symbol: the shape tells them apart without colour (a projector, a grey print, colour blindness). */
const SYMBOL: Record<ProgressLight, string> = { green: '●', amber: '▲', red: '■' };

/** The light column's heading; its title states the rule. */
export function LightHeading() {
  const { t } = useT('meeting');
  return (
    <th scope="col" className="rank-light" title={t('ranking.lightRule', { points: AMBER_POINTS })}>
      {t('ranking.lightHead')}
    </th>
  );
}

/** A street office's light (src/domain/due-progress.ts): a coloured chip with its shape and word; empty for none. */
export function LightCell({ light }: { light: ProgressLight | null }) {
  const { t } = useT('meeting');
  return (
    <td className="rank-light" data-testid="ranking-light" data-value={light ?? ''}>
      {light && (
        <span className={`light-chip ${light}`}>
          <span className="light-symbol" aria-hidden="true">
            {SYMBOL[light]}
          </span>
          {t(`ranking.light.${light}`)}
        </span>
      )}
    </td>
  );
}

/**
 * Under the ranking: what the tick on the bars stands for and where it stands today (开工, 完工),
 * or that the programme has no deadlines to judge by. Nothing with no programme for the year.
 */
export function DueLegend({ due }: { due: DueShares | null }) {
  const { t } = useT('meeting');
  if (!due) return null;
  const parts = [
    due.start !== null && t('due.start', { pct: fmtRate(due.start, 1) }),
    due.completion !== null && t('due.completion', { pct: fmtRate(due.completion, 1) }),
  ].filter((p): p is string => typeof p === 'string');
  return (
    <p
      className="rank-due"
      data-testid="ranking-due"
      data-start={due.start ?? ''}
      data-completion={due.completion ?? ''}
    >
      {parts.length === 0 ? (
        t('due.none')
      ) : (
        <>
          <span className="due-key" aria-hidden="true" />
          {t('due.legend', { parts: parts.join(' · ') })}
        </>
      )}
    </p>
  );
}
