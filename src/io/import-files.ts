/**
 * Import a set of user files — buildings CSV or GeoJSON, community and street-office GeoJSON,
 * programme JSON, Shapefile layers, workbook sheets — into one linked dataset with its import
 * report. Containers are opened first (expand-containers.ts), each file is read into one sink
 * (read-input-file.ts), then buildings are linked to communities and street offices. The
 * browser's worker and the command line both call this.
 */
import { BuildingTableBuilder } from '../domain/building-builder.ts';
import type { Community } from '../domain/community.ts';
import type { Dataset } from '../domain/dataset.ts';
import { layerShifts } from '../domain/crs-guess.ts';
import { combineReports, type FileReport, type RowIssue } from '../domain/import-report.ts';
import { linkDataset } from '../domain/link-dataset.ts';
import { mergeDuplicateRows } from '../domain/merge-duplicate-rows.ts';
import { said } from '../domain/messages/render.ts';
import { expandContainersSync } from './expand-containers.ts';
import type { ImportSink } from './import-sink.ts';
import type { InputFile } from './input-file.ts';
import { progressBytes, readInputFile } from './read-input-file.ts';
import { noteShift } from './report-crs.ts';

export interface ImportOptions {
  /** Progress over all files, in bytes. */
  onProgress?: (doneBytes: number, totalBytes: number, file: string) => void;
  /**
   * Most building rows one CSV may add (the browser's limit, file-limits.ts): a file that holds
   * more is rejected whole, with its reason, rather than loaded in part. No limit when absent.
   */
  maxRows?: number;
}

/**
 * Read every file, then link buildings to communities and street offices. Shapefile zips are
 * opened here; a workbook needs importFilesAsync (exceljs reads asynchronously) and is
 * otherwise reported as not read. Never throws for bad input: every problem is in the report.
 * @example importFiles([{ name: 'buildings.csv', bytes }]).report.rowsLoaded
 */
export function importFiles(input: readonly InputFile[], opts: ImportOptions = {}): Dataset {
  return importExpandedFiles(expandContainersSync(input), opts);
}

/**
 * importFiles for files whose containers are opened already (expandContainers): each file read
 * in turn into one sink, then the files linked.
 */
export function importExpandedFiles(files: readonly InputFile[], opts: ImportOptions = {}): Dataset {
  const totalBytes = files.reduce((s, f) => s + progressBytes(f), 0);
  const rowsHint = Math.max(1024, Math.round(totalBytes / 120));
  const sink: ImportSink = {
    builder: new BuildingTableBuilder(Math.min(rowsHint, 1 << 22)),
    communities: [],
    streets: [],
    outlines: [],
    programmes: [],
  };
  let doneBefore = 0;
  const reports = files.map((file, fileIndex) => {
    const report = readInputFile(file, fileIndex, sink, {
      maxRows: opts.maxRows,
      onProgress: (done) => opts.onProgress?.(doneBefore + done, totalBytes, file.name),
    });
    doneBefore += progressBytes(file);
    opts.onProgress?.(doneBefore, totalBytes, file.name);
    return report;
  });
  return linkFiles(files, sink, reports);
}

/** The files' buildings linked to their areas, with the issues across files in the report. */
function linkFiles(files: readonly InputFile[], sink: ImportSink, reports: FileReport[]): Dataset {
  const { communities, streets, outlines, programmes } = sink;
  const fileNames = files.map((f) => f.name);
  // One building, one row: the rows sharing an id are merged (the later row winning) before
  // anything reads the table, so no figure counts a building twice.
  const { table, duplicates, conflicts } = mergeDuplicateRows(sink.builder.finish(), fileNames);
  const fixed = new Set(files.filter((f) => f.crs || f.swapXY).map((f) => f.name));
  for (const shift of layerShifts({ ...table, communities, streets, outlines, fileNames, fixed })) {
    const report = reports.find((r) => r.file === shift.file);
    if (report && !report.crsSuggestion) noteShift(report, shift);
  }
  const linked = linkDataset(table, communities, streets, fileNames);
  const cross: RowIssue[] = [...linked.warnings, ...communityDuplicates(communities)];
  for (const d of duplicates) {
    cross.push({
      file: d.at[0].file,
      line: d.at[0].line,
      code: 'duplicate-id',
      ...said('file.duplicate-id', { id: d.id, at: d.at.map((a) => `${a.file}:${a.line}`) }),
      field: 'id',
      value: d.id,
    });
  }
  return {
    buildings: linked.buildings,
    communities: linked.communities,
    streets,
    outlines,
    programmes,
    fileNames,
    report: combineReports(reports, cross, duplicates, conflicts),
  };
}

/** A community id given twice: the later one, pointing at the first. */
function communityDuplicates(communities: readonly Community[]): RowIssue[] {
  const seen = new Map<string, Community>();
  const out: RowIssue[] = [];
  for (const c of communities) {
    if (c.id === '') continue;
    const first = seen.get(c.id);
    if (!first) seen.set(c.id, c);
    else
      out.push({
        file: c.file,
        line: c.line,
        code: 'duplicate-community-id',
        ...said('file.duplicate-community-id', { id: c.id, first: `${first.file}:${first.line}` }),
        field: 'communityId',
        value: c.id,
      });
  }
  return out;
}
