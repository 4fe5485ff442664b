import { useEffect, useRef } from 'react';
import type { BuildingFilter } from '../../domain/building-filter.ts';
import { useT } from '../../i18n/index.ts';
import { useAtlas } from '../../state/store.ts';
import type { Choice } from './filter-labels.ts';

/** The filter fields that hold a list of keys. */
type ListField = 'grades' | 'complete' | 'types' | 'stages' | 'eligibility';

interface Props<K extends string> {
  /** Also the key of its name in the `filters` catalogue. */
  field: ListField;
  choices: readonly Choice<K>[];
}

/**
 * One list field of the filter: a button that says what is chosen, opening a list of check
 * boxes (several chosen = any of them). A click outside or Escape closes it.
 */
export function FilterChoices<K extends string>({ field, choices }: Props<K>) {
  const { t, lang } = useT('filters');
  const label = t(field);
  const chosen = useAtlas((s) => s.filter[field]) as readonly string[];
  const setFilter = useAtlas((s) => s.setFilter);
  const box = useRef<HTMLDetailsElement>(null);

  useEffect(() => {
    const close = (e: Event) => {
      const el = box.current;
      if (!el?.open) return;
      if (e instanceof KeyboardEvent ? e.key === 'Escape' : !el.contains(e.target as Node)) el.open = false;
    };
    document.addEventListener('pointerdown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('pointerdown', close);
      document.removeEventListener('keydown', close);
    };
  }, []);

  const toggle = (key: K, on: boolean) => {
    const next = on ? [...chosen, key] : chosen.filter((k) => k !== key);
    // Keep the choices in their own order, so the address and the label read the same each time.
    setFilter({ [field]: choices.map((c) => c.key).filter((k) => next.includes(k)) } as Partial<BuildingFilter>);
  };
  const names = choices.filter((c) => chosen.includes(c.key)).map((c) => c[lang]);
  const list = names.join(t('listSep'));
  return (
    <details
      ref={box}
      className={`filter-choices${names.length > 0 ? ' active' : ''}`}
      data-testid={`filter-${field}`}
      data-value={chosen.join(',')}
    >
      <summary title={names.length > 0 ? `${label}${lang === 'zh' ? '：' : ': '}${list}` : label}>
        <span className="filter-label">{label}</span>
        <span className="filter-value">{names.length > 0 ? list : t('all')}</span>
      </summary>
      <div className="filter-popover" role="group" aria-label={label}>
        {choices.map((c) => (
          <label key={c.key} className="filter-check">
            <input
              type="checkbox"
              value={c.key}
              checked={chosen.includes(c.key)}
              onChange={(e) => toggle(c.key, e.target.checked)}
            />
            {c[lang]}
          </label>
        ))}
        {names.length > 0 && (
          <button
            type="button"
            className="link-button"
            onClick={() => setFilter({ [field]: [] } as Partial<BuildingFilter>)}
          >
            {t('any')}
          </button>
        )}
      </div>
    </details>
  );
}
