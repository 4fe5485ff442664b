import { DEFAULT_RESERVE_TO } from '../../domain/eligibility.ts';
import { useT } from '../../i18n/index.ts';
import { selectReserveStatus } from '../../state/selectors/rules-selectors.ts';
import { useAtlas } from '../../state/store.ts';
import { fmtInt } from '../format.ts';
import { useDraft } from '../use-draft.ts';

const readYear = (t: string): number | undefined => (/^\d{4}$/.test(t.trim()) ? Number(t) : undefined);
const readPercent = (t: string): number | undefined => {
  const n = Number(t);
  return t.trim() !== '' && Number.isFinite(n) && n >= 0 && n <= 100 ? Math.round(n * 10) / 1000 : undefined;
};
const showPercent = (share: number): string => String(Math.round(share * 1000) / 10);

/**
 * The reserve tier (储备): built from the year after the cut-off to a chosen year, oldest first,
 * within a share of the plan year's programme households; what it takes shows below.
 */
export function ReserveRules() {
  const rules = useAtlas((s) => s.rules);
  const setRules = useAtlas((s) => s.setRules);
  const year = useAtlas((s) => s.year);
  const status = useAtlas(selectReserveStatus);
  const on = rules.reserveTo !== null;
  const to = rules.reserveTo ?? Math.max(DEFAULT_RESERVE_TO, rules.cutoffYear + 1);
  const [toText, setToText] = useDraft(to, String, readYear);
  const [shareText, setShareText] = useDraft(rules.reserveShare, showPercent, readPercent);
  const { t } = useT('rules');
  return (
    <section className="detail-section rules-section" data-testid="rules-reserve-section">
      <label className="rule-line">
        <input
          type="checkbox"
          data-testid="rules-reserve"
          checked={on}
          onChange={(e) => setRules({ reserveTo: e.target.checked ? to : null })}
        />
        <span>{t('reserve')}</span>
      </label>
      <p className="rule-text">
        {t('reserveFrom', { year: rules.cutoffYear + 1 })}
        <input
          type="number"
          className="year-input"
          data-testid="rules-reserve-to"
          aria-label={t('reserveTo')}
          disabled={!on}
          value={toText}
          onChange={(e) => {
            setToText(e.target.value);
            const y = readYear(e.target.value);
            if (y !== undefined && y !== rules.reserveTo) setRules({ reserveTo: y });
          }}
        />
        {t('reserveMiddle', { of: year === null ? t('reserveAll') : t('reserveOfYear', { year }) })}
        <input
          type="number"
          className="share-input"
          data-testid="rules-reserve-share"
          aria-label={t('reserveShare')}
          min={0}
          max={100}
          step={5}
          disabled={!on}
          value={shareText}
          onChange={(e) => {
            setShareText(e.target.value);
            const share = readPercent(e.target.value);
            if (share !== undefined && share !== rules.reserveShare) setRules({ reserveShare: share });
          }}
        />
        %
      </p>
      {on && to <= rules.cutoffYear && <p className="warn indent">{t('reserveBadTo')}</p>}
      {status && (
        <p
          className="indent reserve-status"
          data-testid="rules-reserve-status"
          data-cap={status.capHouseholds}
          data-within={status.withinBuildings}
          data-over={status.overBuildings}
        >
          {t('reserveStatus', {
            cap: fmtInt(status.capHouseholds),
            withinBuildings: fmtInt(status.withinBuildings),
            withinHouseholds: fmtInt(status.withinHouseholds),
            overBuildings: fmtInt(status.overBuildings),
            overHouseholds: fmtInt(status.overHouseholds),
          })}
        </p>
      )}
    </section>
  );
}
