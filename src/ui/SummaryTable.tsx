import type { GroupBy, SummaryRow } from '../domain/aggregate.ts';
import { selectSummary } from '../state/selectors.ts';
import { useAtlas } from '../state/store.ts';
import { TABLE_FIELDS, formatField } from './fields.ts';

const GROUP_LABELS: Record<GroupBy, { zh: string; en: string }> = {
  street: { zh: '街道', en: 'Street office' },
  community: { zh: '小区', en: 'Community' },
  shequ: { zh: '社区', en: 'Residents’ committee' },
  area: { zh: '片区', en: 'Area' },
  planYear: { zh: '计划年度', en: 'Plan year' },
};
const GROUP_ORDER: readonly GroupBy[] = ['street', 'shequ', 'community', 'area', 'planYear'];

/**
 * Totals per street office (or another grouping) for the chosen year.
 * Contract for tests and exports: rows carry data-key, cells data-field and data-value (raw numbers).
 */
export function SummaryTable() {
  const summary = useAtlas(selectSummary);
  const year = useAtlas((s) => s.year);
  const groupBy = useAtlas((s) => s.groupBy);
  const setGroupBy = useAtlas((s) => s.setGroupBy);
  const label = GROUP_LABELS[groupBy];
  return (
    <section className="panel table-panel">
      <div className="panel-head">
        <h2>
          按{label.zh}汇总 · {year === null ? '全部年度' : `${year}年度`}
          <span className="en">By {label.en.toLowerCase()}, {year === null ? 'all years' : year}</span>
        </h2>
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
      </div>
      <div className="table-scroll">
        <table data-testid="street-summary" className="summary-table">
          <thead>
            <tr>
              <th scope="col" className="name-col">
                <span className="th-zh">{label.zh}</span>
                <span className="en">{label.en}</span>
              </th>
              {TABLE_FIELDS.map((def) => (
                <th scope="col" key={def.field} data-field={def.field}>
                  <span className="th-zh">{def.short ?? def.zh}</span>
                  {def.kind === 'm2' && <span className="th-unit">（{def.unit}）</span>}
                  {def.by && <span className="th-unit">（{def.by}）</span>}
                  <span className="en">{def.en}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {summary?.groups.map((r) => <Row key={r.key} row={r} name={r.key === '' ? '（未指明）' : r.key} />)}
          </tbody>
          {summary && (
            <tfoot>
              <Row row={summary.total} name="合计" dataKey="合计" />
            </tfoot>
          )}
        </table>
        {!summary && <p className="empty">正在准备数据… <span className="en">Preparing data…</span></p>}
      </div>
    </section>
  );
}

function Row({ row, name, dataKey = row.key }: { row: SummaryRow; name: string; dataKey?: string }) {
  return (
    <tr data-key={dataKey} className={row.programmeBuildings === 0 && row.programmeCommunities === 0 ? 'idle' : undefined}>
      <th scope="row" className="name-col" data-field="key" data-value={dataKey}>
        {name}
      </th>
      {TABLE_FIELDS.map((def) => (
        <td key={def.field} data-field={def.field} data-value={row[def.field]}>
          {formatField(def, row)}
        </td>
      ))}
    </tr>
  );
}
