import { useMemo, type ReactNode } from 'react';
import type { GroupBy, SummaryRow } from '../domain/aggregate.ts';
import { DEFAULT_SORT, nextSort, sortGroups, type SortField, type SortOrder } from '../domain/sort-summary.ts';
import { selectHasSchedule } from '../state/schedule-selectors.ts';
import { selectSummary } from '../state/selectors.ts';
import { useAtlas } from '../state/store.ts';
import { selectStreet } from '../state/street-selectors.ts';
import { ExportButtons } from './ExportButtons.tsx';
import { StreetTarget } from './StreetTarget.tsx';
import { BACKLOG_TABLE_FIELDS, SCHEDULE_TABLE_FIELDS, TABLE_FIELDS, formatField, type FieldDef } from './fields.ts';
import './totals.css';

const GROUP_LABELS: Record<GroupBy, { zh: string; en: string }> = {
  street: { zh: '街道', en: 'Street office' },
  community: { zh: '小区', en: 'Community' },
  shequ: { zh: '社区', en: 'Residents’ committee' },
  area: { zh: '片区', en: 'Area' },
  planYear: { zh: '计划年度', en: 'Plan year' },
};
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
  const year = useAtlas((s) => s.year);
  const groupBy = useAtlas((s) => s.groupBy);
  const setGroupBy = useAtlas((s) => s.setGroupBy);
  const sort = useAtlas((s) => s.tableSort);
  const street = useAtlas(selectStreet);
  const backlog = useAtlas((s) => s.filter.backlog);
  const hasSchedule = useAtlas(selectHasSchedule);
  const fields = backlog ? BACKLOG_TABLE_FIELDS : hasSchedule ? SCHEDULE_TABLE_FIELDS : TABLE_FIELDS;
  const label = GROUP_LABELS[groupBy];
  const groups = useMemo(() => (summary ? sortGroups(summary.groups, sort ?? DEFAULT_SORT) : []), [summary, sort]);
  return (
    <section className="panel table-panel">
      <div className="panel-head">
        <h2>
          {street ? `${street} · ` : ''}
          {backlog ? `已符合条件未纳入计划 · 按${label.zh}汇总` : `按${label.zh}汇总 · ${year === null ? '全部年度' : `${year}年度`}`}
          <span className="en">{backlog ? `Backlog by ${label.en.toLowerCase()}` : `By ${label.en.toLowerCase()}, ${year === null ? 'all years' : year}`}</span>
        </h2>
        <div className="panel-tools">
          <label className="group-picker">
            <span className="picker-label">分组 <span className="en">Group by</span></span>
            <select data-testid="group-by" value={groupBy} onChange={(e) => setGroupBy(e.target.value as GroupBy)}>
              {GROUP_ORDER.map((g) => (
                <option key={g} value={g}>
                  {GROUP_LABELS[g].zh}
                </option>
              ))}
            </select>
          </label>
          <ExportButtons groupLabel={label.zh} />
        </div>
      </div>
      <div className="table-scroll">
        <table data-testid="street-summary" className="summary-table" data-backlog={backlog}>
          <thead>
            <tr>
              <SortHeader field="key" sort={sort} className="name-col">
                <span className="th-zh">{label.zh}</span>
                <span className="en">{label.en}</span>
              </SortHeader>
              {fields.map((def) => (
                <SortHeader key={def.field} field={def.field} sort={sort}>
                  <span className="th-zh">{def.short ?? def.zh}</span>
                  {def.kind === 'm2' && <span className="th-unit">（{def.unit}）</span>}
                  {def.by && <span className="th-unit">（{def.by}）</span>}
                  <span className="en">{def.en}</span>
                </SortHeader>
              ))}
            </tr>
          </thead>
          <tbody>
            {groups.map((r) => (
              <Row key={r.key} row={r} fields={fields} name={r.key === '' ? '（未指明）' : r.key} selectable={groupBy === 'street' && r.key !== ''} selected={street === r.key} />
            ))}
          </tbody>
          {summary && (
            <tfoot>
              <Row row={summary.total} fields={fields} name="合计" dataKey="合计" />
            </tfoot>
          )}
        </table>
        {!summary && <p className="empty">正在准备数据… <span className="en">Preparing data…</span></p>}
      </div>
    </section>
  );
}

function SortHeader({ field, sort, className, children }: { field: SortField; sort: SortOrder | null; className?: string; children: ReactNode }) {
  const setSort = useAtlas((s) => s.setTableSort);
  const current = sort ?? DEFAULT_SORT;
  const dir = current.field === field ? current.dir : null;
  return (
    <th scope="col" className={className} data-field={field === 'key' ? undefined : field} data-sort-field={field} aria-sort={dir === 'asc' ? 'ascending' : dir === 'desc' ? 'descending' : 'none'}>
      <button type="button" className="sort-button" title="点击排序 Sort" onClick={() => setSort(nextSort(sort, field))}>
        {children}
        <span className="sort-mark" aria-hidden="true">{dir === 'asc' ? '▲' : dir === 'desc' ? '▼' : ''}</span>
      </button>
    </th>
  );
}

function Row({ row, fields, name, dataKey = row.key, selectable = false, selected = false }: { row: SummaryRow; fields: readonly FieldDef[]; name: string; dataKey?: string; selectable?: boolean; selected?: boolean }) {
  const setStreet = useAtlas((s) => s.setStreet);
  // Greyed: nothing in the programme; with the backlog columns every row is outside it by design.
  const idle = fields !== BACKLOG_TABLE_FIELDS && row.programmeBuildings === 0 && row.programmeCommunities === 0;
  const pick = selectable ? () => setStreet(selected ? null : row.key) : undefined;
  return (
    <tr data-key={dataKey} className={[idle ? 'idle' : '', selectable ? 'selectable' : '', selected ? 'selected' : ''].filter(Boolean).join(' ') || undefined} onClick={pick}>
      <th scope="row" className="name-col" data-field="key" data-value={dataKey}>
        {selectable ? (
          <button type="button" className="row-button" aria-pressed={selected} title={selected ? '显示全区 Show the whole district' : `只看${row.key} Show only this street office`}>
            {name}
          </button>
        ) : (
          name
        )}
        {selectable && <StreetTarget street={row.key} />}
      </th>
      {fields.map((def) => (
        <td key={def.field} className={OVERDUE_FIELDS.has(def.field) ? 'overdue-cell' : undefined} data-field={def.field} data-value={row[def.field]}>
          {formatField(def, row)}
        </td>
      ))}
    </tr>
  );
}
