import { useEffect, useMemo, useRef } from 'react';
import { buildingFacts, communityKeyFacts, stageText, type Fact } from '../../domain/building-facts.ts';
import { explainEligibility, type ReasonText } from '../../domain/eligibility-explain.ts';
import { GRADE_D } from '../../domain/vocabulary.ts';
import { useT, type Lang } from '../../i18n/index.ts';
import type { MapPick } from '../../state/state-types.ts';
import { selectCommunityStages, selectCommunityTotals, selectSelected } from '../../state/selectors/map-selectors.ts';
import { selectEligibilityCodes } from '../../state/selectors/rules-selectors.ts';
import { useAtlas } from '../../state/store.ts';
import { fmtDay } from '../format.ts';
import { OverdueLine } from './OverdueLine.tsx';
import './details.css';

/**
 * What a click on the map opened: every attribute of a building (with the columns kept as
 * written), why it is or is not eligible, its stage and dates, grade D flagged first; or a
 * community's facts. Escape or the close button closes it.
 */
export function DetailPanel() {
  const selected = useAtlas(selectSelected);
  const select = useAtlas((s) => s.select);
  const close = useRef<HTMLButtonElement>(null);
  const { t } = useT(['detail', 'common']);

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
    <aside className="detail-panel" data-testid="detail-panel" data-kind={selected.kind} aria-label={t('details')}>
      <button
        ref={close}
        type="button"
        className="detail-close"
        data-testid="detail-close"
        aria-label={t('common:close')}
        onClick={() => select(null)}
      >
        ×
      </button>
      {selected.kind === 'building' ? <BuildingDetail pick={selected} /> : <CommunityDetail pick={selected} />}
    </aside>
  );
}

/** A fact's label in a language; a column kept as the user wrote it has no English name. */
const factLabel = (f: Fact, lang: Lang): string => (lang === 'en' && f.en !== '' ? f.en : f.zh);

function FactList({ facts }: { facts: readonly Fact[] }) {
  const { lang } = useT('detail');
  return (
    <dl className="fact-list">
      {facts.map((f) => (
        <div key={f.key} data-field={f.key}>
          <dt>{factLabel(f, lang)}</dt>
          <dd>{f.value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Reasons({ list, kind }: { list: readonly ReasonText[]; kind: 'because' | 'not' }) {
  const { lang } = useT('detail');
  return (
    <ul className={`reasons ${kind}`}>
      {list.map((r) => (
        <li key={r.code} data-reason={r.code}>
          {r[lang]}
        </li>
      ))}
    </ul>
  );
}

const STAGE_KEYS = new Set(['stage', 'planYear', 'startDate', 'completionDate', 'acceptanceDate']);

function BuildingDetail({ pick }: { pick: MapPick }) {
  const { buildings: t, fileNames } = pick.dataset;
  const i = pick.index;
  const { t: tr, lang } = useT('detail');
  const facts = useMemo(() => {
    const all = buildingFacts(t, i, fileNames, lang);
    if (lang === 'zh') return all; // ISO dates, as the files write them
    const days: Record<string, number> = {
      startDate: t.startDay[i],
      completionDate: t.completionDay[i],
      acceptanceDate: t.acceptanceDay[i],
    };
    return all.map((f) =>
      f.key in days && Number.isFinite(days[f.key]) ? { ...f, value: fmtDay(days[f.key], lang) } : f,
    );
  }, [t, i, fileNames, lang]);
  // Under the rules in force (the rules panel): the reasons change with them.
  const rules = useAtlas((s) => s.rules);
  const year = useAtlas((s) => s.year);
  const codes = useAtlas(selectEligibilityCodes);
  const why = useMemo(
    () => explainEligibility(t, i, rules, { year, codes: codes ?? undefined }),
    [t, i, rules, year, codes],
  );
  const byKey = (k: string) => facts.find((f) => f.key === k)?.value ?? '—';
  const title = byKey('name') !== '—' ? byKey('name') : byKey('id');
  return (
    <>
      <h2 className="detail-title">
        {title}
        <span className="detail-sub">
          {byKey('community')} · {byKey('street')}
        </span>
      </h2>
      {t.grade[i] === GRADE_D && (
        <p className="danger-flag" data-testid="danger-flag" role="alert">
          {tr('dangerFlag')}
        </p>
      )}
      <section className="detail-section" data-testid="eligibility" data-eligible={why.eligible}>
        <h3>{tr(why.eligible ? 'eligible' : 'notEligible')}</h3>
        {why.because.length > 0 && <Reasons list={why.because} kind="because" />}
        {why.not.length > 0 && <Reasons list={why.not} kind="not" />}
      </section>
      <section className="detail-section" data-testid="detail-stage" data-stage={t.stage[i]}>
        <h3>{tr('stage', { stage: stageText(t.stage[i], lang) })}</h3>
        <OverdueLine pick={pick} />
        <FactList facts={facts.filter((f) => STAGE_KEYS.has(f.key) && f.key !== 'stage')} />
      </section>
      <section className="detail-section">
        <h3>{tr('allAttributes')}</h3>
        <FactList facts={facts.filter((f) => !STAGE_KEYS.has(f.key))} />
      </section>
    </>
  );
}

function CommunityDetail({ pick }: { pick: MapPick }) {
  const totals = useAtlas(selectCommunityTotals);
  const stages = useAtlas(selectCommunityStages);
  const c = pick.dataset.communities[pick.index];
  const { lang } = useT('detail');
  const facts = useMemo(() => {
    if (!c || !totals || !stages) return [];
    const extras = Object.entries(c.extras).map(([k, v]): Fact => ({ key: `extra:${k}`, zh: k, en: '', value: v }));
    return [
      ...communityKeyFacts(c, pick.index, totals, stages[pick.index], lang),
      ...extras,
      { key: 'source', zh: '来源', en: 'Source', value: c.file ? `${c.file}:${c.line}` : '—' },
    ];
  }, [c, pick.index, totals, stages, lang]);
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
