/**
 * The street offices each written community (小区编号, else 小区名称) is written with on building rows,
 * for the communities made up from names (community-match.ts): a row without a street joins the
 * community of its name when that name is written in exactly one street office, and is left
 * unassigned, with a warning, when it is written in several.
 */
import type { BuildingTable } from './building-table.ts';

/** No row of the community has a street office written. */
export const NO_STREET = 0;
/** Rows of the community name several street offices. */
export const SEVERAL_STREETS = -1;

/** Per written community: NO_STREET, SEVERAL_STREETS, or the street code of its one street office. */
export class CommunityStreets {
  /** By code of the table's communityId column: NO_STREET, SEVERAL_STREETS or a street code. */
  private readonly ofId: Int32Array;
  /** By code of the table's community column, for rows without a 小区编号. */
  private readonly ofName: Int32Array;
  /** For a community in several street offices: their names, and the first row of the second. */
  private readonly several = new Map<string, { streets: string[]; codes: number[]; row: number }>();

  /**
   * One pass over the rows (a run of rows with the same community and street is looked at once).
   * @param streetKeyOf the street key (streetKey) of a code of the table's street column: 常庄镇 and
   *   常庄街道 are one street office
   */
  constructor(
    private readonly table: BuildingTable,
    private readonly streetKeyOf: (code: number) => string,
  ) {
    this.ofId = new Int32Array(table.communityId.values.length);
    this.ofName = new Int32Array(table.community.values.length);
    let prevId = -1,
      prevName = -1,
      prevStreet = -1;
    for (let i = 0; i < table.length; i++) {
      const idCode = table.communityId.codes[i];
      const nameCode = table.community.codes[i];
      const streetCode = table.street.codes[i];
      if (streetCode === 0 || (idCode === 0 && nameCode === 0)) continue;
      if (idCode === prevId && nameCode === prevName && streetCode === prevStreet) continue;
      [prevId, prevName, prevStreet] = [idCode, nameCode, streetCode];
      const byId = idCode !== 0;
      const codes = byId ? this.ofId : this.ofName;
      const code = byId ? idCode : nameCode;
      const seen = codes[code];
      if (seen === NO_STREET) codes[code] = streetCode;
      else if (seen === SEVERAL_STREETS) this.addStreet(this.key(i), streetCode);
      else if (seen !== streetCode && this.streetKeyOf(seen) !== this.streetKeyOf(streetCode)) {
        codes[code] = SEVERAL_STREETS;
        const streets = [table.street.values[seen], table.street.values[streetCode]];
        this.several.set(this.key(i), { streets, codes: [seen, streetCode], row: i });
      }
    }
  }

  /** NO_STREET, SEVERAL_STREETS, or the street code of the community written on row i. */
  streetOf(i: number): number {
    const idCode = this.table.communityId.codes[i];
    return idCode !== 0 ? this.ofId[idCode] : this.ofName[this.table.community.codes[i]];
  }

  /** For a community in several street offices (the one of row i): their names and the first row of the second. */
  streetsOf(i: number): { streets: readonly string[]; row: number } {
    return this.several.get(this.key(i)) ?? { streets: [], row: i };
  }

  /** The written community of row i as one string: its id, else its name. */
  key(i: number): string {
    const t = this.table;
    const idCode = t.communityId.codes[i];
    return idCode !== 0 ? 'id:' + t.communityId.values[idCode] : 'name:' + t.community.values[t.community.codes[i]];
  }

  private addStreet(key: string, streetCode: number): void {
    const entry = this.several.get(key);
    const k = this.streetKeyOf(streetCode);
    if (entry && !entry.codes.some((c) => this.streetKeyOf(c) === k)) {
      entry.codes.push(streetCode);
      entry.streets.push(this.table.street.values[streetCode]);
    }
  }
}
