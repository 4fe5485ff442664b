import { activeFields } from '../domain/building-filter.ts';
import { useAtlas } from '../state/store.ts';
import { FilterChoices } from './FilterChoices.tsx';
import { COMPLETE_CHOICES, ELIGIBILITY_CHOICES, GRADE_CHOICES, STAGE_CHOICES, TYPE_CHOICES } from './filter-labels.ts';
import { BuiltRange, CommunitySearch, ShequPicker } from './FilterPlaces.tsx';
import { ShownCount } from './ShownCount.tsx';
import './filters.css';

/**
 * The filter bar under the header: 社区, community, build years, safety grade, complete units,
 * renovation type, stage (in the chosen plan year), eligibility, the backlog preset, and how
 * many buildings are shown. The street office and plan year are the header's pickers; every
 * figure, the map and the exports follow all of them.
 */
export function FilterPanel() {
  return (
    <section className="filter-bar" data-testid="filter-panel" aria-label="筛选 Filters">
      <ShequPicker />
      <CommunitySearch />
      <BuiltRange />
      <FilterChoices field="grades" label="安全等级" en="Safety grade" choices={GRADE_CHOICES} />
      <FilterChoices field="complete" label="成套" en="Complete units" choices={COMPLETE_CHOICES} />
      <FilterChoices field="types" label="改造类型" en="Renovation type" choices={TYPE_CHOICES} />
      <FilterChoices field="stages" label="进度" en="Stage" choices={STAGE_CHOICES} />
      <FilterChoices field="eligibility" label="改造条件" en="Eligibility" choices={ELIGIBILITY_CHOICES} />
      <BacklogButton />
      <ClearButton />
      <ShownCount />
    </section>
  );
}

/** One click to the backlog: eligible under the rules in force, and in no plan of any year. */
function BacklogButton() {
  const on = useAtlas((s) => s.filter.backlog);
  const toggle = useAtlas((s) => s.toggleBacklog);
  return (
    <button
      type="button"
      className={`button small backlog-button${on ? ' on' : ''}`}
      data-testid="backlog-button"
      aria-pressed={on}
      title="已符合改造条件、尚未纳入任何年度计划的楼栋 Eligible buildings in no plan of any year"
      onClick={toggle}
    >
      已符合条件未纳入计划 <span className="en">Backlog</span>
    </button>
  );
}

/** Every field back to "all" (the street office stays: it is the header's). */
function ClearButton() {
  const filter = useAtlas((s) => s.filter);
  const clear = useAtlas((s) => s.clearFilter);
  const active = activeFields(filter).filter((k) => k !== 'street').length;
  return (
    <button type="button" className="link-button filter-clear" data-testid="filter-clear" disabled={active === 0} onClick={clear} title="清除街道以外的全部筛选 Clear every filter but the street office">
      清除筛选 <span className="en">Clear</span>
    </button>
  );
}
