/**
 * A building's or community's stage as read in the programme of one plan year: the stage colouring,
 * the stage filter and the community colouring read it alike.
 */
import type { BuildingTable } from './building-table.ts';
import type { Community } from './community.ts';
import { inProgramme } from './in-programme.ts';
import { STAGE_NONE } from './vocabulary.ts';

/**
 * A building's stage as the stage colouring and the totals read it: its stage code when it is
 * in the programme of `year` (a plan year with no stage reads as planned), else STAGE_NONE.
 */
export function effectiveStage(stage: number, planYear: number, year: number | null): number {
  if (!inProgramme(stage, planYear, year)) return STAGE_NONE;
  return stage === 0 ? STAGE_NONE + 1 : stage;
}

/**
 * Each community's least-advanced stage over its buildings in the programme of `year` (the stage
 * that decides whether it has started or finished, as in summarize); a community without building
 * rows takes its own stage. STAGE_NONE when it is not in that programme.
 * @example communityStages(table, communities, 2022)[ci] === STAGE_CODE.construction
 */
export function communityStages(t: BuildingTable, communities: readonly Community[], year: number | null): Uint8Array {
  const out = new Uint8Array(communities.length); // 0 = no programme building seen yet
  const hasRows = new Uint8Array(communities.length);
  for (let i = 0; i < t.length; i++) {
    const ci = t.communityIndex[i];
    if (ci < 0) continue;
    hasRows[ci] = 1;
    const s = effectiveStage(t.stage[i], t.planYear[i], year);
    if (s === STAGE_NONE) continue;
    if (out[ci] === 0 || s < out[ci]) out[ci] = s;
  }
  communities.forEach((c, ci) => {
    if (!hasRows[ci]) out[ci] = effectiveStage(c.attrs.stage, c.attrs.planYear, year);
    else if (out[ci] === 0) out[ci] = STAGE_NONE;
  });
  return out;
}
