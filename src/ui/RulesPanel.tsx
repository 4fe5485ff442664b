import { useEffect, useRef } from 'react';
import type { GradeDMode } from '../domain/eligibility.ts';
import { selectTotal } from '../state/selectors.ts';
import { useAtlas } from '../state/store.ts';
import { fmtInt, fmtWan } from './format.ts';
import { ReserveRules } from './ReserveRules.tsx';
import { useDraft } from './use-draft.ts';
import './filters.css';

const GRADE_D: readonly { mode: GradeDMode; zh: string; en: string }[] = [
  { mode: 'flag', zh: '标记为危房，由其他规则判断', en: 'flag; other rules decide' },
  { mode: 'eligible', zh: '纳入改造', en: 'eligible' },
  { mode: 'exclude', zh: '不纳入（按危房改造处置）', en: 'excluded (dangerous-house case)' },
];

const readCutoff = (t: string): number | undefined => (/^\d{4}$/.test(t.trim()) && Number(t) >= 1950 && Number(t) <= 2030 ? Number(t) : undefined);

/**
 * The eligibility rules (规则), a drawer from the header: cut-off year, the grade C and
 * non-complete rules, grade D, the reserve tier. Every change recolours the map, re-totals the
 * page and rewrites each building's reasons at once; the address keeps what differs from the
 * defaults. Escape or × closes it.
 */
export function RulesPanel() {
  const open = useAtlas((s) => s.rulesOpen);
  const setOpen = useAtlas((s) => s.setRulesOpen);
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    close.current?.focus();
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setOpen(false);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open, setOpen]);
  if (!open) return null;
  return (
    <aside id="rules-panel" className="rules-panel" data-testid="rules-panel" aria-label="改造条件规则 Eligibility rules">
      <button ref={close} type="button" className="detail-close" data-testid="rules-close" aria-label="关闭 Close" onClick={() => setOpen(false)}>
        ×
      </button>
      <h2 className="detail-title">
        纳入改造范围的规则 <span className="en">Eligibility rules</span>
      </h2>
      <RuleSwitches />
      <ReserveRules />
      <RulesTotals />
    </aside>
  );
}

function RuleSwitches() {
  const rules = useAtlas((s) => s.rules);
  const setRules = useAtlas((s) => s.setRules);
  const [text, setText] = useDraft(rules.cutoffYear, String, readCutoff);
  return (
    <section className="detail-section rules-section">
      <label className="rule-line">
        <input type="checkbox" data-testid="rules-year" checked={rules.byYear} onChange={(e) => setRules({ byYear: e.target.checked })} />
        <span>
          截止年份
          <input
            type="number"
            className="year-input"
            data-testid="rules-cutoff"
            min={1950}
            max={2030}
            aria-label="截止年份 Cut-off year"
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              const y = readCutoff(e.target.value);
              if (y !== undefined && y !== rules.cutoffYear) setRules({ cutoffYear: y });
            }}
          />
          年底前建成
          <span className="en">built by the end of the cut-off year</span>
        </span>
      </label>
      <label className="rule-line">
        <input type="checkbox" data-testid="rules-grade-c" checked={rules.byGradeC} onChange={(e) => setRules({ byGradeC: e.target.checked })} />
        <span>
          鉴定为安全C级（局部危房）<span className="en">grade C, whatever its age</span>
        </span>
      </label>
      <label className="rule-line">
        <input type="checkbox" data-testid="rules-non-complete" checked={rules.byNonComplete} onChange={(e) => setRules({ byNonComplete: e.target.checked })} />
        <span>
          非成套住宅 <span className="en">non-complete units, whatever its age</span>
        </span>
      </label>
      <fieldset className="rule-choice" data-testid="rules-grade-d" data-value={rules.gradeD}>
        <legend>
          D级（整幢危房）<span className="en">Grade D</span>
        </legend>
        {GRADE_D.map((g) => (
          <label key={g.mode} className="rule-line">
            <input type="radio" name="grade-d" value={g.mode} checked={rules.gradeD === g.mode} onChange={() => setRules({ gradeD: g.mode })} />
            <span>
              {g.zh} <span className="en">{g.en}</span>
            </span>
          </label>
        ))}
      </fieldset>
    </section>
  );
}

/** What the rules make of the buildings shown: eligible, and the backlog among them. */
function RulesTotals() {
  const total = useAtlas(selectTotal);
  const resetRules = useAtlas((s) => s.resetRules);
  if (!total) return null;
  return (
    <section className="detail-section rules-totals" data-testid="rules-eligible" data-buildings={total.eligibleBuildings} data-households={total.eligibleHouseholds}>
      <h3>
        按此规则（当前筛选范围） <span className="en">Under these rules, buildings shown</span>
      </h3>
      <p>
        符合条件 <strong>{fmtInt(total.eligibleBuildings)}</strong> 栋 · {fmtInt(total.eligibleHouseholds)} 户 · {fmtWan(total.eligibleFloorAreaM2)} 万㎡
      </p>
      <p>
        其中未纳入计划 <strong>{fmtInt(total.backlogBuildings)}</strong> 栋 · {fmtInt(total.backlogHouseholds)} 户 · {fmtWan(total.backlogFloorAreaM2)} 万㎡
      </p>
      <button type="button" className="button small" data-testid="rules-reset" onClick={resetRules}>
        恢复默认规则 <span className="en">Defaults</span>
      </button>
    </section>
  );
}
