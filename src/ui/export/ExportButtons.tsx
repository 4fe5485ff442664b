import { useMemo } from 'react';
import type { Summary } from '../../domain/aggregate.ts';
import { programmeRows } from '../../domain/filter-rows.ts';
import { shownTableFields } from '../../domain/column-sets.ts';
import { columnsOf, summarySheet, type SummaryColumn } from '../../domain/summary-sheet.ts';
import { useT } from '../../i18n/index.ts';
import { selectFilterRows, selectSelectedRows } from '../../state/selectors/candidate-selectors.ts';
import { selectSummary } from '../../state/selectors/figure-selectors.ts';
import { selectHasSchedule } from '../../state/selectors/schedule-selectors.ts';
import { useAtlas } from '../../state/store.ts';
import { selectStreet } from '../../state/selectors/street-selectors.ts';
import { downloadFile } from '../download.ts';
import { buildingsFile, sheetFile, type SheetFormat } from './export-files.ts';
import { ExportCrsSelect } from './ExportCrsSelect.tsx';
import { ExportMenu, type ExportGroup } from './ExportMenu.tsx';
import type { MadeFile } from '../../io/made-file.ts';
import { fmtInt } from '../format.ts';

/**
 * The summary table as shown (filter, year, grouping, columns): square metres, rates in percent
 * (CSV) or as % cells (Excel).
 */
function summaryFile(
  summary: Summary,
  groupLabel: string,
  columns: readonly SummaryColumn[],
  format: 'csv' | 'xlsx',
  name: string,
) {
  return sheetFile([summarySheet(summary, summary.groups, groupLabel, columns, '汇总表')], format, name);
}

const FORMATS: readonly { format: SheetFormat; label: string }[] = [
  { format: 'csv', label: 'CSV' },
  { format: 'xlsx', label: 'Excel' },
  { format: 'geojson', label: 'GeoJSON' },
];

/**
 * Exports of what the page shows: the summary table with the columns on screen, and the list of
 * the view's buildings — the programme's (the chosen year's; every year's for 全部年度) within the
 * filters, or with the backlog preset on the backlog the filters keep; and in the menu, the same
 * in Excel and GeoJSON, the buildings the filters keep, and the selected buildings. An export
 * with no buildings writes no file: a notice says why.
 */
export function ExportButtons({ groupLabel }: { groupLabel: string }) {
  const summary = useAtlas(selectSummary);
  const dataset = useAtlas((s) => s.dataset);
  const rows = useAtlas(selectFilterRows);
  const selected = useAtlas(selectSelectedRows);
  const street = useAtlas(selectStreet);
  const year = useAtlas((s) => s.year);
  const backlog = useAtlas((s) => s.filter.backlog);
  const columnSet = useAtlas((s) => s.columnSet);
  const schedule = useAtlas(selectHasSchedule);
  const columns = useMemo(
    () => columnsOf(shownTableFields(columnSet, { backlog, schedule })),
    [columnSet, backlog, schedule],
  );
  const crs = useAtlas((s) => s.exportCrs);
  const { t } = useT('table');
  // What the view's building list is: the backlog the filters keep, or the programme within them.
  // null: every building (the backlog preset always filters, so only with no filter at all).
  const listed = useMemo(
    () => (!dataset ? null : backlog ? rows : programmeRows(dataset.buildings, rows, year)),
    [dataset, backlog, rows, year],
  );
  if (!summary || !dataset) return null;
  const suffix = `${street ?? '全区'}-${year === null ? '全部年度' : `${year}年度`}`;
  const listedCount = listed ? listed.length : dataset.buildings.length;
  const listName = backlog ? `待纳入楼栋-${street ?? '全区'}` : `楼栋清单-${suffix}`;
  const filteredCount = rows ? rows.length : dataset.buildings.length;
  const exportList = () => {
    if (listedCount === 0) {
      useAtlas.getState().addNotice({
        id: 'export:nothing',
        tone: 'warn',
        message: {
          key: 'table:nothingToExport',
          values: { what: t(backlog ? 'nothingWhat.backlog' : 'nothingWhat.programme') },
        },
      });
      return;
    }
    void buildingsFile(dataset, listed, 'csv', listName, crs).then(downloadFile);
  };
  const groups = menuGroups({
    t,
    buildings: (r, format, name) => buildingsFile(dataset, r, format, name, crs),
    summaryXlsx: () => summaryFile(summary, groupLabel, columns, 'xlsx', `汇总表-${suffix}`),
    listed: { rows: listed, count: listedCount, name: listName, backlog },
    filtered: { rows, count: filteredCount, name: `筛选楼栋-${street ?? '全区'}` },
    selected,
  });
  return (
    <div className="export-buttons">
      <button
        type="button"
        className="button small"
        data-testid="export-summary"
        onClick={() => void summaryFile(summary, groupLabel, columns, 'csv', `汇总表-${suffix}`).then(downloadFile)}
      >
        {t('exportTable')}
      </button>
      <button
        type="button"
        className="button small"
        data-testid="export-buildings"
        data-count={listedCount}
        title={backlog ? t('backlogTitle') : year === null ? t('programmeAll') : t('programmeOfYear', { year })}
        onClick={exportList}
      >
        {t(backlog ? 'exportBacklog' : 'exportBuildings')}
      </button>
      <ExportMenu label={t('exportMore')} testId="export-menu" groups={groups} header={<ExportCrsSelect />} />
    </div>
  );
}

/** The rows of an export in the menu: null for every building. */
interface MenuRows {
  rows: Uint32Array | null;
  count: number;
  name: string;
}

/** The export menu's groups: the table in Excel, the view's building list, the filtered and the selected buildings. */
function menuGroups(m: {
  t: (key: string, values?: Record<string, unknown>) => string;
  buildings: (rows: Uint32Array | null, format: SheetFormat, name: string) => Promise<MadeFile>;
  summaryXlsx: () => Promise<MadeFile>;
  listed: MenuRows & { backlog: boolean };
  filtered: MenuRows;
  selected: Uint32Array;
}): ExportGroup[] {
  const { t, listed, filtered, selected } = m;
  const formats = (id: string, r: MenuRows) =>
    FORMATS.map((f) => ({
      id: `export-${id}-${f.format}`,
      label: f.label,
      disabled: r.count === 0,
      make: () => m.buildings(r.rows, f.format, r.name),
    }));
  return [
    { title: t('menu.table'), items: [{ id: 'export-summary-xlsx', label: 'Excel', make: m.summaryXlsx }] },
    {
      title: t(listed.backlog ? 'menu.backlog' : 'menu.programme', { n: fmtInt(listed.count) }),
      items: formats('buildings', listed),
    },
    { title: t('menu.filtered', { n: fmtInt(filtered.count) }), items: formats('filtered', filtered) },
    {
      title: t('menu.selected', { n: fmtInt(selected.length) }),
      items: formats('selected', { rows: selected, count: selected.length, name: '已选楼栋' }),
    },
  ];
}
