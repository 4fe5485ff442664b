import { DEFAULT_RESERVE_TO } from '../domain/eligibility.ts';
import { selectReserveStatus } from '../state/rules-selectors.ts';
import { useAtlas } from '../state/store.ts';
import { fmtInt } from './format.ts';
import { useDraft } from './use-draft.ts';

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
  return (
    <section className="detail-section rules-section" data-testid="rules-reserve-section">
      <label className="rule-line">
        <input type="checkbox" data-testid="rules-reserve" checked={on} onChange={(e) => setRules({ reserveTo: e.target.checked ? to : null })} />
        <span>
          储备档 <span className="en">Reserve tier</span>
        </span>
      </label>
      <p className="rule-text">
        {rules.cutoffYear + 1}年至
        <input
          type="number"
          className="year-input"
          data-testid="rules-reserve-to"
          aria-label="储备截止年份 Reserve tier to"
          disabled={!on}
          value={toText}
          onChange={(e) => {
            setToText(e.target.value);
            const y = readYear(e.target.value);
            if (y !== undefined && y !== rules.reserveTo) setRules({ reserveTo: y });
          }}
        />
        年建成，按年代由早到晚纳入，户数不超过{year === null ? '全部' : `${year}年度`}计划户数的
        <input
          type="number"
          className="share-input"
          data-testid="rules-reserve-share"
          aria-label="储备上限（%） Reserve cap, percent"
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
        <span className="en">built from the year after the cut-off to this year, oldest first, within this share of the plan year’s programme households</span>
      </p>
      {on && to <= rules.cutoffYear && (
        <p className="warn indent">储备截止年份应晚于截止年份 <span className="en">The tier must end after the cut-off</span></p>
      )}
      {status && (
        <p className="indent reserve-status" data-testid="rules-reserve-status" data-cap={status.capHouseholds} data-within={status.withinBuildings} data-over={status.overBuildings}>
          上限 {fmtInt(status.capHouseholds)} 户 · 纳入储备 {fmtInt(status.withinBuildings)} 栋 {fmtInt(status.withinHouseholds)} 户 · 超出上限 {fmtInt(status.overBuildings)} 栋 {fmtInt(status.overHouseholds)} 户
        </p>
      )}
    </section>
  );
}
