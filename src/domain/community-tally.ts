/**
 * The community counts of a summary, kept while its building rows pass: per group (and over all
 * groups, for the total), the communities seen, the least-advanced stage of each programme
 * community, and the communities with an overdue building. A community in two groups counts in
 * both, and once in the total.
 */
import type { SummaryRow } from './summary-row.ts';
import { STAGE_COMPLETED, STAGE_STARTED_MIN } from './vocabulary.ts';

export class CommunityTally {
  /** group -> communities seen */
  private readonly seenIn = new Map<number, Set<number>>();
  /** group -> community -> least-advanced programme stage */
  private readonly minStageIn = new Map<number, Map<number, number>>();
  /** group -> communities with an overdue building */
  private readonly overdueIn = new Map<number, Set<number>>();
  private readonly totalSeen = new Set<number>();
  private readonly totalMinStage = new Map<number, number>();
  private readonly totalOverdue = new Set<number>();
  // Rows come grouped by community: the sets are only touched when the (group, community) pair changes.
  private lastSeenC = -1;
  private lastSeenG = -1;
  private lastProgC = -1;
  private lastProgG = -1;
  private lastProgStage = 0;

  /** Community `c` has a building row in group `g`. */
  seen(c: number, g: number): void {
    if (c === this.lastSeenC && g === this.lastSeenG) return;
    this.lastSeenC = c;
    this.lastSeenG = g;
    let seen = this.seenIn.get(g);
    if (!seen) this.seenIn.set(g, (seen = new Set()));
    seen.add(c);
    this.totalSeen.add(c);
  }

  /** Community `c` has a programme building in group `g`, at stage `stage`. */
  programme(c: number, g: number, stage: number): void {
    if (c === this.lastProgC && g === this.lastProgG && stage >= this.lastProgStage) return;
    this.lastProgC = c;
    this.lastProgG = g;
    let m = this.minStageIn.get(g);
    if (!m) this.minStageIn.set(g, (m = new Map()));
    const prev = m.get(c);
    if (prev === undefined || stage < prev) m.set(c, stage);
    this.lastProgStage = Math.min(stage, prev ?? stage);
    const prevTotal = this.totalMinStage.get(c);
    if (prevTotal === undefined || stage < prevTotal) this.totalMinStage.set(c, stage);
  }

  /** Community `c` has an overdue building in group `g`. */
  overdue(c: number, g: number): void {
    let set = this.overdueIn.get(g);
    if (!set) this.overdueIn.set(g, (set = new Set()));
    set.add(c);
    this.totalOverdue.add(c);
  }

  /** Add the counts to the groups' rows (by group index) and set the total's. */
  addTo(rows: readonly SummaryRow[], total: SummaryRow): void {
    for (const [g, seen] of this.seenIn) rows[g].communities += seen.size;
    for (const [g, m] of this.minStageIn) countCommunityStages(rows[g], m.values());
    total.communities = this.totalSeen.size;
    for (const [g, set] of this.overdueIn) rows[g].overdueCommunities += set.size;
    total.overdueCommunities = this.totalOverdue.size;
    countCommunityStages(total, this.totalMinStage.values());
  }
}

function countCommunityStages(r: SummaryRow, leastStages: Iterable<number>): void {
  for (const st of leastStages) {
    r.programmeCommunities++;
    if (st >= STAGE_STARTED_MIN) r.startedCommunities++;
    if (st === STAGE_COMPLETED) r.completedCommunities++;
  }
}
