/**
 * One file to import, as the user gave it or as a container gave it up (a workbook's sheet, a
 * Shapefile zip's or a KML's layer: expand-containers.ts), with how the user asked it to be read.
 */
import type { FeatureCollection, Geometry } from 'geojson';
import type { CrsKey } from '../domain/crs.ts';
import type { FieldKey } from '../domain/fields.ts';
import type { FileKind, RowIssue } from '../domain/import-report.ts';
import type { FileContent } from './byte-source.ts';

/** Features a container has already read (a Shapefile layer, read-shapefile-zip.ts). */
export interface FileLayer {
  collection: FeatureCollection<Geometry | null>;
  /** Bytes the features were read from: the file's share of the import's progress. */
  sourceBytes: number;
  /** The encoding its text was decoded from, for the report (UTF-8 when absent). */
  encoding?: string;
  /** What its polygons are when no property says (a KML's: communities); street offices when absent. */
  unnamedPolygons?: 'communities' | 'streets';
}

export interface InputFile {
  name: string;
  /** The bytes, or a source read a slice at a time (a browser File, a file on disk): byte-source.ts. */
  bytes: FileContent;
  /** Force what the file holds (a command-line flag); decided from its content when absent. */
  kind?: Exclude<FileKind, 'unknown'>;
  /**
   * How `kind` was decided: 'content' where a container found it (a workbook's sheet is a table
   * of buildings), so the report does not say --kind; 'flag', the user's, when absent.
   */
  kindFrom?: 'content' | 'flag';
  /** The user's own column matching for a CSV: header -> field, null = keep as extra. */
  columnMap?: Readonly<Record<string, FieldKey | null>>;
  /** The header's line (the lower row of a two-row header) as the user picked it; found from the rows when absent. */
  headerLine?: number;
  /** The file's coordinate system (a CLI flag or the user's choice); WGS84 when absent. */
  crs?: CrsKey;
  /** Longitude and latitude written the other way round (y, x): swapped before anything else. */
  swapXY?: boolean;
  /** The sheet of an .xlsx to read (read-xlsx.ts); the first when absent. */
  sheet?: string;
  /** Warnings about the file before its rows (a Shapefile layer's encoding and .prj, the sheet read). */
  notes?: RowIssue[];
  /** Why the file cannot be read at all (a broken archive or workbook): listed as rejected. */
  problems?: RowIssue[];
  /** A layer's features, read already: imported in place of `bytes`, which are then empty. */
  layer?: FileLayer;
}

/** How the file's kind is decided, for its report: the user's flag, or its content. */
export function kindFromOf(file: InputFile): 'content' | 'flag' {
  return file.kind ? (file.kindFrom ?? 'flag') : 'content';
}
