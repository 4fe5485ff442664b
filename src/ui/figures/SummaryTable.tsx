import { useMemo, type ReactNode } from 'react';
import type { GroupBy, SummaryRow } from '../../domain/aggregate.ts';
import { useT } from '../../i18n/index.ts';
import { GROUP_LABELS } from '../../domain/summary-fields.ts';
import { COLUMN_SETS, shownTableFields } from '../../domain/column-sets.ts';
import { DEFAULT_SORT, nextSort, sortGroups, type SortField, type SortOrder } from '../../domain/sort-summary.ts';
import { selectHasSchedule } from '../../state/selectors/schedule-selectors.ts';
import { selectSummary } from '../../state/selectors/figure-selectors.ts';
import { useAtlas } from '../../state/store.ts';
import { selectStreet } from '../../state/selectors/street-selectors.ts';
import { ExportButtons } from '../export/ExportButtons.tsx';
import { StreetTarget } from './StreetTarget.tsx';
import { defs, formatField, type FieldDef } from '../fields.ts';
import { useFieldLabels } from '../use-field-labels.ts';
import './totals.css';
import './summary-table.css';

/** Columns drawn red when not 0 (schedule.css). */
const OVERDUE_FIELDS: ReadonlySet<string> = new Set(['overdueBuildings', 'overdueHouseholds', 'overdueCommunities']);
const GROUP_ORDER: readonly GroupBy[] = ['street', 'shequ', 'community', 'area', 'planYear'];

/**
 * Totals per street office (or another grouping) for the chosen year and street filter, sorted
 * by a click on a column header; a click on a street office's row filters the page to it.
 * Contract for tests and exports: rows carry data-key, cells data-field and data-value (raw numbers).
 */
export function SummaryTable() {
  const summary = useAtlas(selectSummary);
  const groupBy = useAtlas((s) => s.groupBy);
  const sort = useAtlas((s) => s.tableSort);
  const street = useAtlas(selectStreet);
  const backlog = useAtlas((s) => s.filter.backlog);
  const hasSchedule = useAtlas(selectHasSchedule);
  const columnSet = useAtlas((s) => s.columnSet);
  const fields = useMemo(
    () => defs(shownTableFields(columnSet, { backlog, schedule: hasSchedule })),
    [columnSet, backlog, hasSchedule],
  );
  const { t } = useT(['table', 'common']);
  const f = useFieldLabels();
  const groups = useMemo(() => (summary ? sortGroups(summary.groups, sort ?? DEFAULT_SORT) : []), [summary, sort]);
  return (
    <section className="panel table-panel">
      <SummaryHead backlog={backlog} />
      <div className="table-scroll">
        <table
          data-testid="street-summary"
          className="summary-table"
          data-backlog={backlog}
          data-columns={backlog ? 'backlog' : columnSet}
        >
          <thead>
            <tr>
              <SortHeader field="key" sort={sort} className="name-col" label={t(`group.${groupBy}`)}>
                <span className="th-zh">{t(`group.${groupBy}`)}</span>
              </SortHeader>
              {fields.map((def) => (
                <SortHeader key={def.field} field={def.field} sort={sort} label={f.label(def) + f.note(def)}>
                  <span className="th-zh">{f.short(def)}</span>
                  {f.note(def, true) && <span className="th-unit">{f.note(def, true)}</span>}
                </SortHeader>
              ))}
            </tr>
          </thead>
          <tbody>
            {groups.map((r) => (
              <Row
                key={r.key}
                row={r}
                fields={fields}
                backlog={backlog}
                name={r.key === '' ? t('common:unspecified') : r.key}
                selectable={groupBy === 'street' && r.key !== ''}
                selected={street === r.key}
              />
            ))}
          </tbody>
          {summary && (
            <tfoot>
              <Row row={summary.total} fields={fields} backlog={backlog} name={t('common:total')} dataKey="合计" />
            </tfoot>
          )}
        </table>
        {!summary && <p className="empty">{t('preparing')}</p>}
      </div>
    </section>
  );
}

/** The table's title (what it totals, by what, for which year), its grouping, exports and column sets. */
function SummaryHead({ backlog }: { backlog: boolean }) {
  const year = useAtlas((s) => s.year);
  const groupBy = useAtlas((s) => s.groupBy);
  const setGroupBy = useAtlas((s) => s.setGroupBy);
  const street = useAtlas(selectStreet);
  const { t } = useT(['table', 'common']);
  const groupIn = t(`groupIn.${groupBy}`);
  return (
    <div className="panel-head">
      <h2>
        {street ? `${street} · ` : ''}
        {backlog
          ? t('backlogByGroup', { group: groupIn })
          : t('byGroup', {
              group: groupIn,
              year: year === null ? t('common:allYears') : t('common:yearOption', { year }),
            })}
      </h2>
      <div className="panel-tools">
        <label className="group-picker">
          <span className="picker-label">{t('groupBy')}</span>
          <select data-testid="group-by" value={groupBy} onChange={(e) => setGroupBy(e.target.value as GroupBy)}>
            {GROUP_ORDER.map((g) => (
              <option key={g} value={g}>
                {t(`group.${g}`)}
              </option>
            ))}
          </select>
        </label>
        <ExportButtons groupLabel={GROUP_LABELS[groupBy].zh} />
      </div>
      <ColumnSetPicker backlog={backlog} />
    </div>
  );
}

/**
 * The table's column sets (现状 stock, 计划 programme, 进度 progress, 全部 all); with the backlog
 * preset on, a line saying the table shows the backlog's own columns instead. Contract for tests:
 * `column-set` with data-value, its buttons data-set.
 */
function ColumnSetPicker({ backlog }: { backlog: boolean }) {
  const columnSet = useAtlas((s) => s.columnSet);
  const setColumnSet = useAtlas((s) => s.setColumnSet);
  const { t } = useT('table');
  if (backlog) return <p className="column-set-note">{t('backlogColumns')}</p>;
  return (
    <div className="column-set">
      <span className="picker-label">{t('columns')}</span>
      <div className="segmented" role="group" aria-label={t('columns')} data-testid="column-set" data-value={columnSet}>
        {COLUMN_SETS.map((k) => (
          <button
            key={k}
            type="button"
            data-set={k}
            aria-pressed={columnSet === k}
            title={t(`columnSetTitle.${k}`)}
            onClick={() => setColumnSet(k)}
          >
            {t(`columnSet.${k}`)}
          </button>
        ))}
      </div>
    </div>
  );
}

/** A column header that sorts by its column; `label` (the column's full name) is its tooltip. */
function SortHeader({
  field,
  sort,
  className,
  label,
  children,
}: {
  field: SortField;
  sort: SortOrder | null;
  className?: string;
  label: string;
  children: ReactNode;
}) {
  const setSort = useAtlas((s) => s.setTableSort);
  const current = sort ?? DEFAULT_SORT;
  const dir = current.field === field ? current.dir : null;
  const { t } = useT('table');
  return (
    <th
      scope="col"
      className={className}
      data-field={field === 'key' ? undefined : field}
      data-sort-field={field}
      aria-sort={dir === 'asc' ? 'ascending' : dir === 'desc' ? 'descending' : 'none'}
    >
      <button
        type="button"
        className="sort-button"
        title={t('sortTitle', { label })}
        onClick={() => setSort(nextSort(sort, field))}
      >
        {children}
        <span className="sort-mark" aria-hidden="true">
          {dir === 'asc' ? '▲' : dir === 'desc' ? '▼' : ''}
        </span>
      </button>
    </th>
  );
}

function Row({
  row,
  fields,
  backlog,
  name,
  dataKey = row.key,
  selectable = false,
  selected = false,
}: {
  row: SummaryRow;
  fields: readonly FieldDef[];
  backlog: boolean;
  name: string;
  dataKey?: string;
  selectable?: boolean;
  selected?: boolean;
}) {
  const setStreet = useAtlas((s) => s.setStreet);
  // Greyed: nothing in the programme; with the backlog columns every row is outside it by design.
  const idle = !backlog && row.programmeBuildings === 0 && row.programmeCommunities === 0;
  const pick = selectable ? () => setStreet(selected ? null : row.key) : undefined;
  const { t, lang } = useT('table');
  return (
    <tr
      data-key={dataKey}
      className={
        [idle ? 'idle' : '', selectable ? 'selectable' : '', selected ? 'selected' : ''].filter(Boolean).join(' ') ||
        undefined
      }
      onClick={pick}
    >
      <th scope="row" className="name-col" data-field="key" data-value={dataKey}>
        {selectable ? (
          <button
            type="button"
            className="row-button"
            aria-pressed={selected}
            title={selected ? t('showDistrict') : t('showOnly', { name: row.key })}
          >
            {name}
          </button>
        ) : (
          name
        )}
        {selectable && <StreetTarget street={row.key} />}
      </th>
      {fields.map((def) => (
        <td
          key={def.field}
          className={OVERDUE_FIELDS.has(def.field) ? 'overdue-cell' : undefined}
          data-field={def.field}
          data-value={row[def.field]}
        >
          {formatField(def, row, lang)}
        </td>
      ))}
    </tr>
  );
}
