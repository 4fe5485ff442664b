import type { Summary } from '../domain/aggregate.ts';
import { buildingListRows } from '../domain/building-list.ts';
import { toCsvText, type CsvCell } from '../domain/csv-text.ts';
import { programmeRows } from '../domain/filter-rows.ts';
import type { Dataset } from '../io/import-files.ts';
import { selectSummary } from '../state/selectors.ts';
import { useAtlas } from '../state/store.ts';
import { selectRows, selectStreet } from '../state/street-selectors.ts';
import { downloadText } from './download.ts';
import { TABLE_FIELDS, type FieldDef } from './fields.ts';

const CSV = 'text/csv;charset=utf-8';

/** A column's header in the export: label, what it is counted by, and its unit. */
function columnLabel(def: FieldDef): string {
  const unit = def.kind === 'rate' ? '%' : def.kind === 'm2' ? '平方米' : def.unit;
  const notes = [def.by, unit].filter(Boolean);
  return notes.length > 0 ? `${def.zh}（${notes.join('，')}）` : def.zh;
}

/** The summary table as shown (filter, year, grouping): raw square metres, rates in percent. */
function summaryCsv(summary: Summary, groupLabel: string): string {
  const value = (def: FieldDef, v: number): CsvCell => (def.kind === 'rate' ? Math.round(v * 10000) / 100 : v);
  const rows: CsvCell[][] = [[groupLabel, ...TABLE_FIELDS.map(columnLabel)]];
  for (const r of [...summary.groups, { ...summary.total, key: '合计' }]) rows.push([r.key || '（未指明）', ...TABLE_FIELDS.map((d) => value(d, r[d.field]))]);
  return toCsvText(rows);
}

function buildingsCsv(dataset: Dataset, rows: Uint32Array | null, year: number | null): string {
  return toCsvText(buildingListRows(dataset.buildings, programmeRows(dataset.buildings, rows, year)));
}

/**
 * Exports of what the page shows: the summary table, and the list of the programme's buildings
 * (the chosen year's; every year's for 全部年度), only the street office's when filtered to one.
 */
export function ExportButtons({ groupLabel }: { groupLabel: string }) {
  const summary = useAtlas(selectSummary);
  const dataset = useAtlas((s) => s.dataset);
  const rows = useAtlas(selectRows);
  const street = useAtlas(selectStreet);
  const year = useAtlas((s) => s.year);
  if (!summary || !dataset) return null;
  const suffix = `${street ?? '全区'}-${year === null ? '全部年度' : `${year}年度`}`;
  return (
    <div className="export-buttons">
      <button type="button" className="button small" data-testid="export-summary" onClick={() => downloadText(summaryCsv(summary, groupLabel), `汇总表-${suffix}.csv`, CSV)}>
        导出汇总表 <span className="en">Table CSV</span>
      </button>
      <button
        type="button"
        className="button small"
        data-testid="export-buildings"
        title={year === null ? '计划内的全部楼栋' : `${year}年度计划内的楼栋`}
        onClick={() => downloadText(buildingsCsv(dataset, rows, year), `楼栋清单-${suffix}.csv`, CSV)}
      >
        导出楼栋清单 <span className="en">Buildings CSV</span>
      </button>
    </div>
  );
}
