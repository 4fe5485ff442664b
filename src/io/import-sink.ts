/**
 * What the importer gathers as it reads the files, one after another: every file's building
 * rows into one builder, and the communities, street offices, district outlines and programmes.
 */
import type { BuildingTableBuilder } from '../domain/building-builder.ts';
import type { Community, DistrictOutline, StreetOffice } from '../domain/community.ts';
import type { FileReport } from '../domain/import-report.ts';
import type { Programme } from '../domain/programme.ts';
import type { ToWgs84 } from './report-crs.ts';

export interface ImportSink {
  builder: BuildingTableBuilder;
  communities: Community[];
  streets: StreetOffice[];
  outlines: DistrictOutline[];
  programmes: Programme[];
}

/** Where one file's content goes: the sink, the file's place in the import and its report, its transform. */
export interface FileTarget {
  fileIndex: number;
  sink: ImportSink;
  report: FileReport;
  /** The file's coordinates to WGS84 (report-crs.ts); none when they are WGS84 already. */
  toWgs?: ToWgs84;
}
