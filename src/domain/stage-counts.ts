/**
 * Progress per street office, stacked by stage: how many programme buildings and households
 * stand at each stage. Counted as summarize() counts the programme (src/domain/aggregate.ts), so
 * a street's stages add up to its programmeBuildings and programmeHouseholds.
 */
import type { BuildingTable } from './building-table.ts';
import type { Community } from './community.ts';
import { inProgramme } from './aggregate.ts';
import { STAGE_NONE, STAGES } from './vocabulary.ts';

/** Index = stage code (1 none … 8 completed); index 0 is unused (a stage is always decided here). */
export type PerStage = Float64Array;

export interface StageCountRow {
  /** Street office name; '' when the buildings did not say. */
  key: string;
  buildings: PerStage;
  households: PerStage;
}

export interface StageCountOptions {
  /** Plan year of the programme; null = every year. */
  year?: number | null;
  /** Only these buildings (a filter's index list); all when absent. */
  rows?: Uint32Array | null;
  /** With `rows`: communities whose own attributes count when they have no buildings (as summarize). */
  communityRows?: Uint32Array | null;
}

const SLOTS = STAGES.length + 1;
const PLANNED = STAGE_NONE + 1;
const collator = new Intl.Collator('zh-CN', { numeric: true });

/**
 * Programme buildings and households per street office and stage, streets sorted as summarize
 * sorts them ('' last). A plan year without a stage counts as planned; a missing households
 * figure as 0. Communities without building rows count from their own attributes.
 * @example stageCountsByStreet(data, { year: 2022 })[0].households[STAGE_CODE.completed] // 2209
 */
export function stageCountsByStreet(
  data: { buildings: BuildingTable; communities: readonly Community[] },
  opts: StageCountOptions = {},
): StageCountRow[] {
  const year = opts.year ?? null;
  const t = data.buildings;
  const out: StageCountRow[] = [];
  const byKey = new Map<string, StageCountRow>();
  const rowOf = (key: string): StageCountRow => {
    let r = byKey.get(key);
    if (!r) {
      r = { key, buildings: new Float64Array(SLOTS), households: new Float64Array(SLOTS) };
      byKey.set(key, r);
      out.push(r);
    }
    return r;
  };
  const codeRow: (StageCountRow | undefined)[] = new Array(t.street.values.length);
  const hasBuildings = new Uint8Array(data.communities.length);
  const n = opts.rows ? opts.rows.length : t.length;
  for (let k = 0; k < n; k++) {
    const i = opts.rows ? opts.rows[k] : k;
    const stage = t.stage[i];
    if (!inProgramme(stage, t.planYear[i], year)) continue;
    const code = t.street.codes[i];
    const r = (codeRow[code] ??= rowOf(t.street.values[code]));
    const effective = stage === 0 ? PLANNED : stage;
    const hh = t.households[i];
    r.buildings[effective] += 1;
    if (hh === hh) r.households[effective] += hh;
  }
  for (let i = 0; i < t.length; i++) if (t.communityIndex[i] >= 0) hasBuildings[t.communityIndex[i]] = 1;
  const countCommunity = (c: Community, ci: number): void => {
    if (hasBuildings[ci] || c.implicit || !inProgramme(c.attrs.stage, c.attrs.planYear, year)) return;
    const r = rowOf(c.street);
    const effective = c.attrs.stage === 0 ? PLANNED : c.attrs.stage;
    const { buildingCount: nb, households: hh } = c.attrs;
    if (nb === nb) r.buildings[effective] += nb;
    if (hh === hh) r.households[effective] += hh;
  };
  if (!opts.rows) data.communities.forEach(countCommunity);
  else if (opts.communityRows) for (const ci of opts.communityRows) countCommunity(data.communities[ci], ci);
  return out.sort((a, b) => (a.key === '' ? 1 : b.key === '' ? -1 : collator.compare(a.key, b.key)));
}

/** Sum of one row's stages. @example stageTotal(row.households) // 3847 */
export function stageTotal(perStage: PerStage): number {
  let s = 0;
  for (let k = 1; k < perStage.length; k++) s += perStage[k];
  return Math.round(s * 100) / 100;
}
