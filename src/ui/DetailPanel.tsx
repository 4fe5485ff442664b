import { useEffect, useMemo, useRef } from 'react';
import { buildingFacts, communityKeyFacts, stageText, type Fact } from '../domain/building-facts.ts';
import { explainEligibility, type ReasonText } from '../domain/eligibility.ts';
import { GRADE_D } from '../domain/vocabulary.ts';
import type { MapPick } from '../state/map-slice.ts';
import { selectCommunityStages, selectCommunityTotals, selectSelected } from '../state/map-selectors.ts';
import { selectEligibilityCodes } from '../state/rules-selectors.ts';
import { useAtlas } from '../state/store.ts';
import { OverdueLine } from './OverdueLine.tsx';

/**
 * What a click on the map opened: every attribute of a building (with the columns kept as
 * written), why it is or is not eligible, its stage and dates, grade D flagged first; or a
 * community's facts. Escape or the close button closes it.
 */
export function DetailPanel() {
  const selected = useAtlas(selectSelected);
  const select = useAtlas((s) => s.select);
  const close = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!selected) return;
    close.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') select(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [selected, select]);

  if (!selected) return null;
  return (
    <aside className="detail-panel" data-testid="detail-panel" data-kind={selected.kind} aria-label="详情 Details">
      <button ref={close} type="button" className="detail-close" data-testid="detail-close" aria-label="关闭 Close" onClick={() => select(null)}>
        ×
      </button>
      {selected.kind === 'building' ? <BuildingDetail pick={selected} /> : <CommunityDetail pick={selected} />}
    </aside>
  );
}

function FactList({ facts }: { facts: readonly Fact[] }) {
  return (
    <dl className="fact-list">
      {facts.map((f) => (
        <div key={f.key} data-field={f.key}>
          <dt>
            {f.zh}
            {f.en && <span className="en">{f.en}</span>}
          </dt>
          <dd>{f.value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Reasons({ list, kind }: { list: readonly ReasonText[]; kind: 'because' | 'not' }) {
  return (
    <ul className={`reasons ${kind}`}>
      {list.map((r) => (
        <li key={r.code} data-reason={r.code}>
          {r.zh}
          <span className="en">{r.en}</span>
        </li>
      ))}
    </ul>
  );
}

const STAGE_KEYS = new Set(['stage', 'planYear', 'startDate', 'completionDate', 'acceptanceDate']);

function BuildingDetail({ pick }: { pick: MapPick }) {
  const { buildings: t, fileNames } = pick.dataset;
  const i = pick.index;
  const facts = useMemo(() => buildingFacts(t, i, fileNames), [t, i, fileNames]);
  // Under the rules in force (the rules panel): the reasons change with them.
  const rules = useAtlas((s) => s.rules);
  const year = useAtlas((s) => s.year);
  const codes = useAtlas(selectEligibilityCodes);
  const why = useMemo(() => explainEligibility(t, i, rules, { year, codes: codes ?? undefined }), [t, i, rules, year, codes]);
  const byKey = (k: string) => facts.find((f) => f.key === k)?.value ?? '—';
  const title = byKey('name') !== '—' ? byKey('name') : byKey('id');
  return (
    <>
      <h2 className="detail-title">
        {title}
        <span className="detail-sub">{byKey('community')} · {byKey('street')}</span>
      </h2>
      {t.grade[i] === GRADE_D && (
        <p className="danger-flag" data-testid="danger-flag" role="alert">
          ⚠ D级 整幢危房，按危房处置 <span className="en">Grade D: the whole building is dangerous</span>
        </p>
      )}
      <section className="detail-section" data-testid="eligibility" data-eligible={why.eligible}>
        <h3>
          {why.eligible ? '纳入改造范围' : '不在改造范围'}
          <span className="en">{why.eligible ? 'eligible' : 'not eligible'}</span>
        </h3>
        {why.because.length > 0 && <Reasons list={why.because} kind="because" />}
        {why.not.length > 0 && <Reasons list={why.not} kind="not" />}
      </section>
      <section className="detail-section" data-testid="detail-stage" data-stage={t.stage[i]}>
        <h3>
          改造进度 <span className="en">Stage</span>：{stageText(t.stage[i])}
        </h3>
        <OverdueLine pick={pick} />
        <FactList facts={facts.filter((f) => STAGE_KEYS.has(f.key) && f.key !== 'stage')} />
      </section>
      <section className="detail-section">
        <h3>
          全部属性 <span className="en">All attributes</span>
        </h3>
        <FactList facts={facts.filter((f) => !STAGE_KEYS.has(f.key))} />
      </section>
    </>
  );
}

function CommunityDetail({ pick }: { pick: MapPick }) {
  const totals = useAtlas(selectCommunityTotals);
  const stages = useAtlas(selectCommunityStages);
  const c = pick.dataset.communities[pick.index];
  const facts = useMemo(() => {
    if (!c || !totals || !stages) return [];
    const extras = Object.entries(c.extras).map(([k, v]): Fact => ({ key: `extra:${k}`, zh: k, en: '', value: v }));
    return [...communityKeyFacts(c, pick.index, totals, stages[pick.index]), ...extras, { key: 'source', zh: '来源', en: 'Source', value: c.file ? `${c.file}:${c.line}` : '—' }];
  }, [c, pick.index, totals, stages]);
  if (!c) return null;
  return (
    <>
      <h2 className="detail-title">
        {c.name || c.id}
        <span className="detail-sub">{c.street}</span>
      </h2>
      <section className="detail-section">
        <FactList facts={facts} />
      </section>
    </>
  );
}
