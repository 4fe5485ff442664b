import { Fragment, useMemo, useState } from 'react';
import { typesText } from '../../domain/building-facts.ts';
import { typesCell } from '../../domain/building-list.ts';
import type { CandidateTableRow } from '../../domain/candidate-table.ts';
import { useT, type Lang } from '../../i18n/index.ts';
import { useAtlas } from '../../state/store.ts';
import { CandidateCommunityDetail } from './CandidateCommunityDetail.tsx';
import { fmtAreaValue, fmtInt } from '../format.ts';

/** The columns; each one's header is col.<field> in the `candidates` catalogue. */
const COLUMNS: readonly { field: string; num?: boolean }[] = [
  { field: 'seq' },
  { field: 'street' },
  { field: 'shequ' },
  { field: 'community' },
  { field: 'buildYear' },
  { field: 'buildings', num: true },
  { field: 'households', num: true },
  { field: 'floorAreaM2', num: true },
  { field: 'types' },
];

/** The cells of a row: [field, raw value, text]. */
function cells(r: CandidateTableRow, lang: Lang): [string, string | number, string][] {
  const community = r.kind === 'community';
  return [
    ['seq', r.seq || '', community ? String(r.seq) : ''],
    ['street', r.street, community ? r.street : r.key],
    ['shequ', r.shequ, r.shequ],
    ['community', r.community, r.community],
    ['buildYear', r.buildYear, r.buildYear],
    ['buildings', r.buildings, fmtInt(r.buildings)],
    ['households', r.households, fmtInt(r.households)],
    ['floorAreaM2', r.floorAreaM2, fmtAreaValue(r.floorAreaM2, lang)],
    [
      'types',
      r.types,
      !community ? '' : lang === 'zh' ? typesCell(r.types) : r.types === 0 ? '' : typesText(r.types, lang),
    ],
  ];
}

/** The per-community table; a community's row opens to its buildings. */
export function CandidateListTable({ rows }: { rows: readonly CandidateTableRow[] }) {
  const [open, setOpen] = useState<string | null>(null);
  const body = useMemo(() => rows.slice(0, -1), [rows]);
  const total = rows.at(-1);
  const { t, lang } = useT('candidates');
  return (
    <div className="table-scroll list-scroll">
      <table className="summary-table list-table" data-testid="candidate-list">
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th key={c.field} scope="col" data-field={c.field} className={c.num ? 'num' : 'text'}>
                <span className="th-zh">{t(`col.${c.field}`)}</span>
                {c.field === 'floorAreaM2' && <span className="th-unit">{t('areaUnit')}</span>}
              </th>
            ))}
            <th scope="col" className="actions-col">
              <span className="th-zh">{t('actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {body.map((r) => (
            <Fragment key={r.key}>
              <tr
                data-key={r.key}
                data-kind={r.kind}
                data-missing={r.missing || undefined}
                className={r.kind === 'subtotal' ? 'subtotal' : r.missing ? 'has-missing' : undefined}
              >
                {cells(r, lang).map(([field, value, text]) => (
                  <td
                    key={field}
                    data-field={field}
                    data-value={value}
                    className={COLUMNS.find((c) => c.field === field)?.num ? 'num' : 'text'}
                  >
                    {text}
                    {field === 'community' && r.kind === 'community' && r.missing > 0 && (
                      <span className="missing-badge" title={t('missingTitle')}>
                        {t('missingBadge', { n: r.missing })}
                      </span>
                    )}
                  </td>
                ))}
                <td className="actions-col">
                  {r.kind === 'community' && (
                    <RowActions row={r} open={open === r.key} onOpen={(o) => setOpen(o ? r.key : null)} />
                  )}
                </td>
              </tr>
              {open === r.key && r.kind === 'community' && (
                <CandidateCommunityDetail row={r} colSpan={COLUMNS.length + 1} />
              )}
            </Fragment>
          ))}
        </tbody>
        {total && (
          <tfoot>
            <tr data-key="合计" data-kind="total">
              {cells(total, lang).map(([field, value, text]) => (
                <td key={field} data-field={field} data-value={value}>
                  {field === 'street' ? t('total') : text}
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

/** A community row's buttons: open it to its buildings, remove it from the list. */
function RowActions({ row, open, onOpen }: { row: CandidateTableRow; open: boolean; onOpen: (open: boolean) => void }) {
  const { t } = useT('candidates');
  const remove = useAtlas((s) => s.removeFromList);
  return (
    <>
      <button
        type="button"
        className="link-button"
        data-testid="list-expand"
        aria-expanded={open}
        onClick={() => onOpen(!open)}
      >
        {t(open ? 'collapse' : 'expand')}
      </button>
      <button
        type="button"
        className="link-button danger-link"
        data-testid="list-remove-community"
        title={t('removeTitle', { community: row.community, n: row.buildings })}
        onClick={() => remove(row.entryKeys)}
      >
        {t('remove')}
      </button>
    </>
  );
}
