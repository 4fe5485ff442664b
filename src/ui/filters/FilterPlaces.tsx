import { useT } from '../../i18n/index.ts';
import { useAtlas } from '../../state/store.ts';
import { selectCommunityOptions, selectShequOptions } from '../../state/selectors/street-selectors.ts';
import { useDraft } from '../use-draft.ts';

const ALL = '';
/** Suggestions shown under the community search at most. */
const MAX_SUGGESTIONS = 50;

/** 社区 of the street office shown (the street office itself is the header's picker). */
export function ShequPicker() {
  const options = useAtlas(selectShequOptions);
  const shequ = useAtlas((s) => s.filter.shequ);
  const setFilter = useAtlas((s) => s.setFilter);
  const value = shequ ?? ALL;
  const { t } = useT('filters');
  return (
    <label className="filter-field">
      <span className="filter-label">{t('shequ')}</span>
      <select
        data-testid="filter-shequ"
        data-value={value}
        value={value}
        onChange={(e) => setFilter({ shequ: e.target.value === ALL ? null : e.target.value, community: null })}
      >
        <option value={ALL}>{t('allShequ')}</option>
        {shequ && !options.includes(shequ) && <option value={shequ}>{shequ}</option>}
        {options.map((n) => (
          <option key={n} value={n}>
            {n}
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * The community filter: type part of a name, pick one of the suggestions (or press Enter when
 * one name matches); an empty box shows every community.
 */
export function CommunitySearch() {
  const community = useAtlas((s) => s.filter.community);
  const options = useAtlas(selectCommunityOptions);
  const setFilter = useAtlas((s) => s.setFilter);
  const read = (t: string): string | null | undefined =>
    t.trim() === '' ? null : options.includes(t.trim()) || t.trim() === community ? t.trim() : undefined;
  const [text, setText] = useDraft(community, (v) => v ?? '', read);
  const typed = text.trim();
  const matches = typed === '' ? options : options.filter((o) => o.includes(typed));
  const enter = (t: string) => {
    setText(t);
    const v = read(t);
    if (v !== undefined && v !== community) setFilter({ community: v });
  };
  const noMatch = typed !== '' && matches.length === 0;
  const { t } = useT('filters');
  return (
    <label className="filter-field">
      <span className="filter-label">{t('community')}</span>
      <input
        type="search"
        className={`community-search${community ? ' active' : ''}${noMatch ? ' no-match' : ''}`}
        data-testid="filter-community"
        data-value={community ?? ''}
        list="community-suggestions"
        placeholder={t('communityPlaceholder')}
        aria-label={t('community')}
        aria-invalid={noMatch}
        title={noMatch ? t('communityNoMatch') : t('communityHint')}
        value={text}
        onChange={(e) => enter(e.target.value)}
        onKeyDown={(e) => {
          if (e.key !== 'Enter') return;
          const one = matches.find((m) => m === typed) ?? (matches.length === 1 ? matches[0] : null);
          if (one) enter(one);
        }}
      />
      <datalist id="community-suggestions">
        {matches.slice(0, MAX_SUGGESTIONS).map((n) => (
          <option key={n} value={n} />
        ))}
      </datalist>
    </label>
  );
}

const readYear = (v: string): number | null | undefined =>
  v.trim() === '' ? null : /^\d{4}$/.test(v.trim()) ? Number(v) : undefined;
const showYear = (y: number | null): string => (y === null ? '' : String(y));

function YearInput({
  value,
  testId,
  label,
  placeholder,
  onYear,
}: {
  value: number | null;
  testId: string;
  label: string;
  placeholder: string;
  onYear: (y: number | null) => void;
}) {
  const [text, setText] = useDraft(value, showYear, readYear);
  return (
    <input
      type="number"
      inputMode="numeric"
      min={1900}
      max={2100}
      className="year-input"
      data-testid={testId}
      aria-label={label}
      placeholder={placeholder}
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        const y = readYear(e.target.value);
        if (y !== undefined && y !== value) onYear(y);
      }}
    />
  );
}

/** Build years from … to (inclusive); either may stay open. Applied once four digits are typed. */
export function BuiltRange() {
  const from = useAtlas((s) => s.filter.builtFrom);
  const to = useAtlas((s) => s.filter.builtTo);
  const setFilter = useAtlas((s) => s.setFilter);
  const { t } = useT('filters');
  return (
    <span className="filter-field built-range" role="group" aria-label={t('built')}>
      <span className="filter-label">{t('built')}</span>
      <YearInput
        value={from}
        testId="filter-built-from"
        label={t('builtFrom')}
        placeholder={t('from')}
        onYear={(y) => setFilter({ builtFrom: y })}
      />
      <span aria-hidden="true">–</span>
      <YearInput
        value={to}
        testId="filter-built-to"
        label={t('builtTo')}
        placeholder={t('to')}
        onYear={(y) => setFilter({ builtTo: y })}
      />
    </span>
  );
}
