/**
 * An office's 合计 and 小计 rows checked against the buildings they total: a 小计 the rows since the
 * last subtotal or section heading, a 合计/总计 every building of the table. A figure that differs is a
 * finding users want (a row typed twice, a row left out of the total), warned with both numbers.
 */
import type { BuildingTableBuilder } from './building-builder.ts';
import type { FieldKey } from './fields.ts';
import { addWarning, type FileReport } from './import-report.ts';
import { said } from './messages/render.ts';
import { parseQuantity } from './parse-values.ts';
import { totalsRowScope } from './row-kinds.ts';

/** Fields a totals row adds up, and the builder's column of each. */
const SUMMED: Partial<Record<FieldKey, 'households' | 'floorAreaM2' | 'investmentYuan'>> = {
  households: 'households',
  floorAreaM2: 'floorAreaM2',
  investmentYuan: 'investmentYuan',
};

const FMT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4, useGrouping: false });

/** Half a unit of the last decimal written, in the column's own unit: "4633" allows 0.5, "12.35" 0.005. */
function tolerance(cell: string): number {
  const dot = cell.indexOf('.');
  const decimals = dot < 0 ? 0 : cell.trim().length - dot - 1;
  return 0.5 * 10 ** -Math.max(0, decimals) + 1e-9;
}

/** The totals rows of one file as it streams: call `row` for each building row's end and each totals row. */
export class TotalsCheck {
  private readonly fileStart: number;
  private segmentStart: number;
  private segmentLine = 0;
  private firstDataLine = 0;
  /** A 合计 row above the buildings it totals (some offices put it first): checked at the end. */
  private early: { cells: readonly string[]; line: number } | null = null;

  constructor(
    private readonly builder: BuildingTableBuilder,
    private readonly report: FileReport,
  ) {
    this.fileStart = builder.length;
    this.segmentStart = builder.length;
  }

  /** A building row was read at `line` (loaded or not). */
  dataRow(line: number): void {
    if (this.firstDataLine === 0) this.firstDataLine = line;
    if (this.segmentLine === 0) this.segmentLine = line;
  }

  /** A section heading starts a new group: the next 小计 sums from here. */
  section(): void {
    this.segmentStart = this.builder.length;
    this.segmentLine = 0;
  }

  /** A totals row at `line`: checked against its rows. */
  totals(cells: readonly string[], line: number): void {
    const scope = totalsRowScope(cells);
    if (scope === 'subtotal') {
      this.compare(cells, line, this.segmentStart, this.segmentLine);
      this.section();
    } else if (this.builder.length === this.fileStart) this.early = { cells, line };
    else this.compare(cells, line, this.fileStart, this.firstDataLine);
  }

  /** The end of the file: a 合计 row written above its buildings is checked now. */
  finish(): void {
    if (this.early) this.compare(this.early.cells, this.early.line, this.fileStart, this.firstDataLine);
  }

  private compare(cells: readonly string[], line: number, from: number, fromLine: number): void {
    const to = this.builder.length;
    if (to === from) return;
    this.report.columns.forEach((col, j) => {
      const column = col.field === null ? undefined : SUMMED[col.field as FieldKey];
      const cell = cells[j]?.trim() ?? '';
      if (!column || cell === '') return;
      const written = parseQuantity(cell, 1);
      if (written === null) return;
      const sum = this.builder.sumColumn(column, from, to) / col.factor;
      if (Math.abs(sum - written) <= tolerance(cell)) return;
      addWarning(this.report, {
        file: this.report.file,
        line,
        code: 'totals-mismatch',
        ...said('csv.totals-mismatch', {
          field: col.field as string,
          written: cell,
          sum: FMT.format(sum),
          rows: to - from,
          from: fromLine,
        }),
        field: col.field as string,
        value: cell,
      });
    });
  }
}
