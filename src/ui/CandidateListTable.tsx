import { Fragment, useMemo, useState } from 'react';
import { typesCell } from '../domain/building-list.ts';
import type { CandidateTableRow } from '../domain/candidate-table.ts';
import { useAtlas } from '../state/store.ts';
import { CandidateCommunityDetail } from './CandidateCommunityDetail.tsx';
import { fmtInt, fmtWan } from './format.ts';

const COLUMNS: readonly { field: string; zh: string; unit?: string; en: string; num?: boolean }[] = [
  { field: 'seq', zh: '序号', en: 'No.' },
  { field: 'street', zh: '街道', en: 'Street office' },
  { field: 'shequ', zh: '社区', en: 'Committee' },
  { field: 'community', zh: '小区名称', en: 'Community' },
  { field: 'buildYear', zh: '建成年代', en: 'Built' },
  { field: 'buildings', zh: '楼栋数', en: 'Buildings', num: true },
  { field: 'households', zh: '户数', en: 'Households', num: true },
  { field: 'floorAreaM2', zh: '建筑面积', unit: '（万平方米）', en: 'Floor area', num: true },
  { field: 'types', zh: '改造类型', en: 'Types' },
];

/** The cells of a row: [field, raw value, text]. */
function cells(r: CandidateTableRow): [string, string | number, string][] {
  const community = r.kind === 'community';
  return [
    ['seq', r.seq || '', community ? String(r.seq) : ''],
    ['street', r.street, community ? r.street : r.key],
    ['shequ', r.shequ, r.shequ],
    ['community', r.community, r.community],
    ['buildYear', r.buildYear, r.buildYear],
    ['buildings', r.buildings, fmtInt(r.buildings)],
    ['households', r.households, fmtInt(r.households)],
    ['floorAreaM2', r.floorAreaM2, fmtWan(r.floorAreaM2)],
    ['types', r.types, community ? typesCell(r.types) : ''],
  ];
}

/** The per-community table; a community's row opens to its buildings. */
export function CandidateListTable({ rows }: { rows: readonly CandidateTableRow[] }) {
  const [open, setOpen] = useState<string | null>(null);
  const remove = useAtlas((s) => s.removeFromList);
  const body = useMemo(() => rows.slice(0, -1), [rows]);
  const total = rows.at(-1);
  return (
    <div className="table-scroll list-scroll">
      <table className="summary-table list-table" data-testid="candidate-list">
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th key={c.field} scope="col" data-field={c.field} className={c.num ? 'num' : 'text'}>
                <span className="th-zh">{c.zh}</span>
                {c.unit && <span className="th-unit">{c.unit}</span>}
                <span className="en">{c.en}</span>
              </th>
            ))}
            <th scope="col" className="actions-col">
              <span className="th-zh">操作</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {body.map((r) => (
            <Fragment key={r.key}>
              <tr data-key={r.key} data-kind={r.kind} data-missing={r.missing || undefined} className={r.kind === 'subtotal' ? 'subtotal' : r.missing ? 'has-missing' : undefined}>
                {cells(r).map(([field, value, text]) => (
                  <td key={field} data-field={field} data-value={value} className={COLUMNS.find((c) => c.field === field)?.num ? 'num' : 'text'}>
                    {text}
                    {field === 'community' && r.kind === 'community' && r.missing > 0 && <span className="missing-badge" title="不在当前数据中的楼栋 Buildings not in the data on screen">缺失 {r.missing}</span>}
                  </td>
                ))}
                <td className="actions-col">
                  {r.kind === 'community' && (
                    <>
                      <button type="button" className="link-button" data-testid="list-expand" aria-expanded={open === r.key} onClick={() => setOpen(open === r.key ? null : r.key)}>
                        {open === r.key ? '收起' : '楼栋'}
                      </button>
                      <button type="button" className="link-button danger-link" data-testid="list-remove-community" title={`从项目库移除 ${r.community} 的 ${r.buildings} 栋`} onClick={() => remove(r.entryKeys)}>
                        移除
                      </button>
                    </>
                  )}
                </td>
              </tr>
              {open === r.key && r.kind === 'community' && <CandidateCommunityDetail row={r} colSpan={COLUMNS.length + 1} />}
            </Fragment>
          ))}
        </tbody>
        {total && (
          <tfoot>
            <tr data-key="合计" data-kind="total">
              {cells(total).map(([field, value, text]) => (
                <td key={field} data-field={field} data-value={value}>
                  {field === 'street' ? '合计' : text}
                </td>
              ))}
              <td className="actions-col" />
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}
