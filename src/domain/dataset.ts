/**
 * The dataset: everything one import produced, linked — the central record that state, map, CLI
 * and exports read. Defined here in domain (not in io, which only makes it) so that every layer
 * can name it without reaching up.
 */
import type { BuildingTable } from './building-table.ts';
import type { Community, DistrictOutline, StreetOffice } from './community.ts';
import type { ImportReport } from './import-report.ts';
import type { Programme } from './programme.ts';

export interface Dataset {
  buildings: BuildingTable;
  communities: Community[];
  streets: StreetOffice[];
  /** District outlines (drawn and fitted to; buildings are not linked to them). */
  outlines: DistrictOutline[];
  programmes: Programme[];
  /** File names in load order; BuildingTable.fileIndex points here. */
  fileNames: string[];
  report: ImportReport;
}
