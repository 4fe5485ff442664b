import type { Summary } from '../../domain/aggregate.ts';
import { programmeRows } from '../../domain/filter-rows.ts';
import {
  BACKLOG_EXPORT_COLUMNS,
  SUMMARY_EXPORT_COLUMNS,
  summarySheet,
  type SummaryColumn,
} from '../../domain/summary-sheet.ts';
import { useT } from '../../i18n/index.ts';
import { selectFilterRows, selectSelectedRows } from '../../state/selectors/candidate-selectors.ts';
import { selectSummary } from '../../state/selectors/figure-selectors.ts';
import { useAtlas } from '../../state/store.ts';
import { selectStreet } from '../../state/selectors/street-selectors.ts';
import { downloadFile } from '../download.ts';
import { buildingsFile, sheetFile, type SheetFormat } from './export-files.ts';
import { ExportCrsSelect } from './ExportCrsSelect.tsx';
import { ExportMenu, type ExportGroup } from './ExportMenu.tsx';
import { fmtInt } from '../format.ts';

/** The table's columns, as on screen: the programme's, or the backlog's with the backlog preset on. */
const COLUMNS = SUMMARY_EXPORT_COLUMNS;
const BACKLOG_COLUMNS = BACKLOG_EXPORT_COLUMNS;

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
 * Exports of what the page shows: the summary table, and the list of the programme's buildings
 * (the chosen year's; every year's for 全部年度), only the street office's when filtered to one;
 * and in the menu, the same in Excel, the buildings the filters keep, and the selected buildings.
 */
export function ExportButtons({ groupLabel }: { groupLabel: string }) {
  const summary = useAtlas(selectSummary);
  const dataset = useAtlas((s) => s.dataset);
  const rows = useAtlas(selectFilterRows);
  const selected = useAtlas(selectSelectedRows);
  const street = useAtlas(selectStreet);
  const year = useAtlas((s) => s.year);
  const columns = useAtlas((s) => (s.filter.backlog ? BACKLOG_COLUMNS : COLUMNS));
  const crs = useAtlas((s) => s.exportCrs);
  const { t } = useT('table');
  if (!summary || !dataset) return null;
  const suffix = `${street ?? '全区'}-${year === null ? '全部年度' : `${year}年度`}`;
  const programme = () => programmeRows(dataset.buildings, rows, year);
  const filteredCount = rows ? rows.length : dataset.buildings.length;
  const groups: ExportGroup[] = [
    {
      title: t('menu.table'),
      items: [
        {
          id: 'export-summary-xlsx',
          label: 'Excel',
          make: () => summaryFile(summary, groupLabel, columns, 'xlsx', `汇总表-${suffix}`),
        },
      ],
    },
    {
      title: t('menu.programme'),
      items: FORMATS.map((f) => ({
        id: `export-buildings-${f.format}`,
        label: f.label,
        make: () => buildingsFile(dataset, programme(), f.format, `楼栋清单-${suffix}`, crs),
      })),
    },
    {
      title: t('menu.filtered', { n: fmtInt(filteredCount) }),
      items: FORMATS.map((f) => ({
        id: `export-filtered-${f.format}`,
        label: f.label,
        make: () => buildingsFile(dataset, rows, f.format, `筛选楼栋-${street ?? '全区'}`, crs),
      })),
    },
    {
      title: t('menu.selected', { n: fmtInt(selected.length) }),
      items: FORMATS.map((f) => ({
        id: `export-selected-${f.format}`,
        label: f.label,
        disabled: selected.length === 0,
        make: () => buildingsFile(dataset, selected, f.format, '已选楼栋', crs),
      })),
    },
  ];
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
        title={year === null ? t('programmeAll') : t('programmeOfYear', { year })}
        onClick={() => void buildingsFile(dataset, programme(), 'csv', `楼栋清单-${suffix}`, crs).then(downloadFile)}
      >
        {t('exportBuildings')}
      </button>
      <ExportMenu label={t('exportMore')} testId="export-menu" groups={groups} header={<ExportCrsSelect />} />
    </div>
  );
}
