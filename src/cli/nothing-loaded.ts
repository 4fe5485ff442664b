/**
 * When summarize and export have nothing to work on: no building loaded from the files given.
 * Before, summarize printed all-zero totals and exited 0, and export wrote an empty file, so a
 * file whose every row was rejected (a header not recognised, coordinates unread) passed unseen.
 */
import type { Dataset } from '../domain/dataset.ts';
import { said, type Said } from '../domain/messages/render.ts';

/**
 * Why there is nothing to summarise or export, or null when there is. A building file whose rows
 * were all rejected always is a failure; with no building file at all, communities count from
 * their own attributes (community-level files, docs/data-format.md) where `communitiesCount`.
 * @example nothingLoaded(dataOfOnlyStreets, true)?.reason // '没有楼栋，也没有小区：streets.geojson …'
 */
export function nothingLoaded(data: Dataset, communitiesCount: boolean): Said | null {
  if (data.buildings.length > 0) return null;
  const buildingFiles = data.report.files.filter((f) => f.kind === 'buildings').map((f) => f.file);
  if (buildingFiles.length > 0) return said('cli.no-building-loaded', { files: buildingFiles });
  if (communitiesCount && data.communities.length > 0) return null;
  const files = data.report.files.map((f) => f.file);
  return said(communitiesCount ? 'cli.no-building-or-community' : 'cli.no-building-file', { files });
}
