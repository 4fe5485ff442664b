/**
 * The warnings of one linking pass (linkDataset), where what a row says and the polygons disagree.
 * A file in the wrong coordinate system puts every point outside: the first MAX_WARNINGS_PER_FILE of
 * each kind are listed, the rest counted in one closing warning per kind.
 */
import type { BuildingTable } from './building-table.ts';
import { MAX_WARNINGS_PER_FILE, type RowIssue } from './import-report.ts';
import { said, type Said } from './messages/render.ts';

/** Collects a linking pass's warnings, each kind capped at MAX_WARNINGS_PER_FILE listed. */
export class LinkWarnings {
  private readonly list: RowIssue[] = [];
  private readonly seenOfCode = new Map<string, number>();

  /** @param fileNames file names by the table's fileIndex */
  constructor(
    private readonly table: BuildingTable,
    private readonly fileNames: readonly string[],
  ) {}

  /** Row i lies in community `there`, not in `own`, the one written on it. */
  communityMismatch(i: number, own: string, there: string): void {
    if (this.listed('community-mismatch')) {
      this.add(i, 'community-mismatch', said('link.community-mismatch', { own, there }), 'community', own);
    }
  }

  /** Row i lies outside its written community `own` and in no other. */
  outsideCommunity(i: number, own: string): void {
    if (this.listed('outside-community')) {
      this.add(i, 'outside-community', said('link.outside-community', { own }), 'community', this.point(i));
    }
  }

  /** Row i has no street office written or inherited, and lies in no street polygon. */
  noStreet(i: number): void {
    if (this.listed('no-street')) this.add(i, 'no-street', said('link.no-street'), 'street', this.point(i));
  }

  /** Row i has a street office but lies outside every street polygon. */
  outsideStreets(i: number): void {
    if (this.listed('outside-streets')) {
      this.add(i, 'outside-streets', said('link.outside-streets'), 'street', this.point(i));
    }
  }

  /**
   * Row i's street office (`from` 'file' when written, 'community' when taken from its community) is
   * `written`, but it lies in the street polygon `there`.
   */
  streetMismatch(i: number, from: 'file' | 'community', written: string, there: string): void {
    if (this.listed('street-mismatch')) {
      this.add(i, 'street-mismatch', said('link.street-mismatch', { from, written, there }), 'street', written);
    }
  }

  /** Row i, the first in a second street office, names a community (`name`) written in several `streets`. */
  communityInStreets(i: number, name: string, streets: readonly string[]): void {
    if (this.listed('community-in-streets')) {
      this.add(i, 'community-in-streets', said('link.community-in-streets', { name, streets }), 'community', name);
    }
  }

  /** Row i has no street office and names a community written in several `streets`: left without one. */
  communityStreetUnknown(i: number, name: string, streets: readonly string[]): void {
    if (this.listed('community-street-unknown')) {
      const words = said('link.community-street-unknown', { name, streets });
      this.add(i, 'community-street-unknown', words, 'street', name);
    }
  }

  /**
   * No community polygons were loaded: the `count` communities are names written on rows, counted as
   * such (once, for the whole import, at line 0 of `file`, where the first of them was written).
   */
  communitiesFromNames(file: string, count: number): void {
    const words = said('link.communities-from-names', { count });
    this.list.push({
      file,
      line: 0,
      code: 'communities-from-names',
      ...words,
      field: 'community',
      value: String(count),
    });
  }

  /** The listed warnings in row order, then one per kind that had more than were listed. */
  finish(): RowIssue[] {
    for (const [code, count] of this.seenOfCode) {
      if (count > MAX_WARNINGS_PER_FILE) {
        const more = count - MAX_WARNINGS_PER_FILE;
        this.list.push({
          file: '',
          line: 0,
          code,
          ...said('link.not-listed', { more, kind: code, count }),
          value: String(count),
        });
      }
    }
    return this.list;
  }

  /** Counts one more warning of this kind; true while it is still among those listed. */
  private listed(code: string): boolean {
    const k = (this.seenOfCode.get(code) ?? 0) + 1;
    this.seenOfCode.set(code, k);
    return k <= MAX_WARNINGS_PER_FILE;
  }

  private point(i: number): string {
    return `${this.table.lng[i]},${this.table.lat[i]}`;
  }

  private add(i: number, code: string, words: Said, field: string, value: string): void {
    const file = this.fileNames[this.table.fileIndex[i]] ?? '';
    this.list.push({ file, line: this.table.line[i], code, ...words, field, value });
  }
}
