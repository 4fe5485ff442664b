import type { CSSProperties } from 'react';
import type { LateCommunity } from '../../domain/late-communities.ts';
import { foldRows } from '../../domain/fold-rows.ts';
import type { Summary, SummaryRow } from '../../domain/aggregate.ts';
import { useT } from '../../i18n/index.ts';
import { fmtInt, fmtRate } from '../format.ts';

/**
 * Millimetres (on A4; A3 scales every length by √2, brief.css --u) the left column's rows may
 * take: the street table's rows shrink to fit, down to 8pt text, and past that the smallest
 * street offices fold into one row; the room left lists the communities behind schedule.
 */
const ROWS_MM = 116;
/** Row height over text size (brief-figures.css: line height 1.3 and padding 0.12 em above and below). */
const ROW_LINE = 1.55;
const PT_MM = 25.4 / 72;
const MIN_PT = 8;
const MAX_PT = 11;
/** The late list: its text size, and the room its title and header row take. */
const LATE_PT = 9;
const LATE_HEAD_MM = 16;

/** Table text size (pt) and the most rows (the totals row included) that fit. */
function tableFit(rows: number): { pt: number; maxRows: number } {
  const maxRows = Math.floor(ROWS_MM / (MIN_PT * PT_MM * ROW_LINE));
  const pt = Math.max(MIN_PT, Math.min(MAX_PT, ROWS_MM / Math.min(rows, maxRows) / (PT_MM * ROW_LINE)));
  return { pt: Math.floor(pt * 4) / 4, maxRows };
}

/** The table's columns after the street office: the field, its label key, how it is written. */
const COLUMNS: readonly { field: keyof SummaryRow; label: string; rateOf?: keyof SummaryRow }[] = [
  { field: 'programmeHouseholds', label: 'programmeHouseholds' },
  { field: 'startedHouseholds', label: 'startedHouseholds' },
  { field: 'completedHouseholds', label: 'completedHouseholds' },
  { field: 'startRateHouseholds', label: 'startRate', rateOf: 'programmeHouseholds' },
  { field: 'completionRateHouseholds', label: 'completionRate', rateOf: 'programmeHouseholds' },
  { field: 'overdueCommunities', label: 'overdueCommunities' },
  { field: 'overdueBuildings', label: 'overdueBuildings' },
];

/** The brief's left column: progress per street office, then the communities behind schedule. */
export function BriefTables({ summary, late }: { summary: Summary; late: readonly LateCommunity[] }) {
  const { t } = useT('brief');
  const fit = tableFit(summary.groups.length + 1);
  const rows = foldRows(summary.groups, fit.maxRows - 1);
  const left = ROWS_MM - (rows.length + 1) * fit.pt * PT_MM * ROW_LINE - LATE_HEAD_MM;
  const lateRows = Math.floor(left / (LATE_PT * PT_MM * ROW_LINE));
  return (
    <div className="brief-table-col">
      <h2 className="brief-h2">{t('tableTitle')}</h2>
      <table
        className="brief-table"
        data-testid="brief-table"
        data-rows={rows.length}
        style={{ '--table-pt': fit.pt } as CSSProperties}
      >
        <thead>
          <tr>
            <th className="brief-street">{t('col.street')}</th>
            {COLUMNS.map((c) => (
              <th key={c.field}>{t(`col.${c.label}`)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ row, folded }) => (
            <tr key={folded ? '(others)' : row.key} data-key={folded ? '' : row.key} data-folded={folded || undefined}>
              <th className="brief-street" scope="row">
                {folded ? t('others', { count: folded }) : row.key || t('noStreet')}
              </th>
              <Cells row={row} />
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr data-key="合计">
            <th className="brief-street" scope="row">
              {t('total')}
            </th>
            <Cells row={summary.total} />
          </tr>
        </tfoot>
      </table>
      {late.length > 0 && lateRows >= 2 && <LateList late={late} rows={lateRows} />}
    </div>
  );
}

function Cells({ row }: { row: SummaryRow }) {
  return (
    <>
      {COLUMNS.map((c) => {
        const v = row[c.field] as number;
        const late = c.field.startsWith('overdue') && v > 0;
        return (
          <td key={c.field} data-field={c.field} data-value={v} className={late ? 'brief-late' : undefined}>
            {c.rateOf ? fmtRate(v, row[c.rateOf] as number) : fmtInt(v)}
          </td>
        );
      })}
    </>
  );
}

/** The communities most behind schedule, as many as fit; the rest counted in a last line. */
function LateList({ late, rows }: { late: readonly LateCommunity[]; rows: number }) {
  const { t } = useT('brief');
  const shown = late.length <= rows ? late : late.slice(0, rows - 1);
  return (
    <>
      <h2 className="brief-h2 brief-late-title">{t('lateTitle')}</h2>
      <table
        className="brief-table brief-late-table"
        data-testid="brief-late"
        style={{ '--table-pt': LATE_PT } as CSSProperties}
      >
        <thead>
          <tr>
            <th className="brief-community">{t('lateCol.community')}</th>
            <th className="brief-street">{t('col.street')}</th>
            <th>{t('lateCol.buildings')}</th>
            <th>{t('lateCol.households')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((c) => (
            <tr key={c.key} data-key={c.key}>
              <th className="brief-community" scope="row">
                {c.key}
              </th>
              <td className="brief-street">{c.street || t('noStreet')}</td>
              <td data-field="overdueBuildings" data-value={c.overdueBuildings} className="brief-late">
                {fmtInt(c.overdueBuildings)}
              </td>
              <td data-field="overdueHouseholds" data-value={c.overdueHouseholds}>
                {fmtInt(c.overdueHouseholds)}
              </td>
            </tr>
          ))}
          {shown.length < late.length && (
            <tr className="brief-late-more" data-more={late.length - shown.length}>
              <td colSpan={4}>{t('lateMore', { count: late.length - shown.length })}</td>
            </tr>
          )}
        </tbody>
      </table>
    </>
  );
}
