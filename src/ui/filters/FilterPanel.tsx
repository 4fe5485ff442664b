import { activeFields } from '../../domain/building-filter.ts';
import { useT } from '../../i18n/index.ts';
import { useAtlas } from '../../state/store.ts';
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
  const { t } = useT('filters');
  return (
    <section className="filter-bar" data-testid="filter-panel" aria-label={t('filters')}>
      <ShequPicker />
      <CommunitySearch />
      <BuiltRange />
      <FilterChoices field="grades" choices={GRADE_CHOICES} />
      <FilterChoices field="complete" choices={COMPLETE_CHOICES} />
      <FilterChoices field="types" choices={TYPE_CHOICES} />
      <FilterChoices field="stages" choices={STAGE_CHOICES} />
      <FilterChoices field="eligibility" choices={ELIGIBILITY_CHOICES} />
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
  const { t } = useT('filters');
  return (
    <button
      type="button"
      className={`button small backlog-button${on ? ' on' : ''}`}
      data-testid="backlog-button"
      aria-pressed={on}
      title={t('backlogTitle')}
      onClick={toggle}
    >
      {t('backlog')}
    </button>
  );
}

/** Every field back to "all" (the street office stays: it is the header's). */
function ClearButton() {
  const filter = useAtlas((s) => s.filter);
  const clear = useAtlas((s) => s.clearFilter);
  const active = activeFields(filter).filter((k) => k !== 'street').length;
  const { t } = useT('filters');
  return (
    <button
      type="button"
      className="link-button filter-clear"
      data-testid="filter-clear"
      disabled={active === 0}
      onClick={clear}
      title={t('clearTitle')}
    >
      {t('clear')}
    </button>
  );
}
