import { useMemo } from 'react';
import { buildYearText } from '../../domain/building-facts.ts';
import { buildYearCell } from '../../domain/building-list.ts';
import { currentBuildings, type BuildingSnapshot, type CandidateEntry } from '../../domain/candidate-list.ts';
import type { CandidateTableRow } from '../../domain/candidate-table.ts';
import { RENOVATION_TYPES, TYPE_BIT, TYPE_LABEL_EN, TYPE_LABEL_ZH } from '../../domain/vocabulary.ts';
import { useT } from '../../i18n/index.ts';
import { selectResolved } from '../../state/selectors/candidate-selectors.ts';
import { useAtlas } from '../../state/store.ts';
import { fmtInt } from '../format.ts';

/** A building of the list with the building it is now in the data (row -1: not in the data on screen). */
type ListItem = { entry: CandidateEntry; building: BuildingSnapshot; row: number };

/**
 * A community's buildings in the list: each one's types (ticked), a remove button, and whether it
 * is in the data on screen; the community's types set at once; its buildings selected on the map.
 */
export function CandidateCommunityDetail({ row, colSpan }: { row: CandidateTableRow; colSpan: number }) {
  const entries = useAtlas((s) => s.candidates);
  const dataset = useAtlas((s) => s.dataset);
  const resolved = useAtlas(selectResolved);
  const retype = useAtlas((s) => s.retypeInList);
  const setSelected = useAtlas((s) => s.setSelectedRows);
  const items = useMemo(() => {
    const keys = new Set(row.entryKeys);
    const now = currentBuildings(entries, dataset?.buildings ?? null, resolved);
    return entries.flatMap((e, k) =>
      keys.has(e.key) ? [{ entry: e, building: now[k], row: resolved ? resolved[k] : -1 }] : [],
    );
  }, [row.entryKeys, entries, dataset, resolved]);
  const present = items.filter((x) => x.row >= 0).map((x) => x.row);
  const { t, lang } = useT(['candidates', 'common']);
  const typeLabel = lang === 'en' ? TYPE_LABEL_EN : TYPE_LABEL_ZH;
  return (
    <tr className="community-detail" data-testid="list-community-detail" data-key={row.key}>
      <td colSpan={colSpan}>
        <div className="detail-actions">
          <span>{t('setAll')}</span>
          {RENOVATION_TYPES.map((k) => (
            <button
              key={k}
              type="button"
              className="button small"
              aria-pressed={row.types === TYPE_BIT[k]}
              onClick={() => retype(row.entryKeys, TYPE_BIT[k])}
            >
              {typeLabel[k]}
            </button>
          ))}
          <button
            type="button"
            className="button small"
            data-testid="list-select-community"
            disabled={present.length === 0}
            onClick={() => setSelected(Uint32Array.from(present).sort())}
          >
            {t('selectOnMap')}
          </button>
        </div>
        <ul className="list-buildings">
          {items.map((item) => (
            <ListBuilding key={item.entry.key} item={item} />
          ))}
        </ul>
      </td>
    </tr>
  );
}

/** One building of the community: its name, facts, types (ticked) and a remove button. */
function ListBuilding({ item }: { item: ListItem }) {
  const { entry, building, row: r } = item;
  const retype = useAtlas((s) => s.retypeInList);
  const remove = useAtlas((s) => s.removeFromList);
  const { t, lang } = useT(['candidates', 'common']);
  const typeLabel = lang === 'en' ? TYPE_LABEL_EN : TYPE_LABEL_ZH;
  const households =
    building.households === null ? t('householdsUnknown') : t('households', { n: fmtInt(building.households) });
  return (
    <li data-key={entry.key} data-missing={r < 0 || undefined} className={r < 0 ? 'missing' : undefined}>
      <span className="list-building-name">
        {building.name || building.id || entry.key}
        {r < 0 && <span className="missing-badge">{t('missingShort')}</span>}
      </span>
      <span className="list-building-facts">
        {building.id && building.id !== building.name ? `${building.id} · ` : ''}
        {(lang === 'zh'
          ? buildYearCell(building.yearFrom, building.yearTo, building.yearKind)
          : building.yearKind
            ? buildYearText({ from: building.yearFrom, to: building.yearTo, kind: building.yearKind }, lang)
            : null) ?? t('yearUnknown')}{' '}
        · {households} · {t('common:yearOption', { year: entry.planYear })}
      </span>
      <span className="type-checks">
        {RENOVATION_TYPES.map((k) => (
          <label key={k}>
            <input
              type="checkbox"
              data-type={k}
              checked={(entry.types & TYPE_BIT[k]) !== 0}
              disabled={entry.types === TYPE_BIT[k]}
              onChange={() => retype([entry.key], entry.types ^ TYPE_BIT[k])}
            />
            {typeLabel[k]}
          </label>
        ))}
      </span>
      <button
        type="button"
        className="link-button danger-link"
        data-testid="list-remove-building"
        onClick={() => remove([entry.key])}
      >
        {t('remove')}
      </button>
    </li>
  );
}
