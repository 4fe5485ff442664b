/**
 * Which community a building row belongs to, the first step of linkDataset. Order of evidence: the
 * written 小区编号, the written 小区名称 (with the street to tell apart equal names), the community
 * polygon the point falls in; a written id or name that no community file has becomes an implicit
 * community, appended to the list.
 */
import type { BuildingTable } from './building-table.ts';
import { emptyAttributes, streetKey, type Community } from './community.ts';
import { CommunityStreets, NO_STREET, SEVERAL_STREETS } from './community-streets.ts';
import type { LinkWarnings } from './link-warnings.ts';
import type { PolygonIndex } from './polygon-index.ts';

/** implicit()'s answer for a row without a street whose community is written in several: no community, not cached. */
const UNDECIDED = -2;

/** Name and street codes packed in one cache key: street codes stay below 2^21 (2 million streets). */
const STREET_CODE_SPAN = 2_097_152;

/**
 * Finds the community of each building row. Rows come grouped by community, so the previous row's
 * answer is reused when its written keys repeat, and each distinct written id or name is looked up
 * once. `communities` is the linking pass's own list: implicit communities are appended to it.
 */
export class CommunityMatcher {
  private readonly byId = new Map<string, number>();
  private readonly byName = new Map<string, number[]>();
  private readonly idCache = new Map<number, number>();
  private readonly nameCache = new Map<number, number>();
  private readonly implicitKey = new Map<string, number>();
  /** The street offices of each written community, made when the first implicit community is. */
  private streets: CommunityStreets | null = null;
  /** Written communities already warned about as being in several street offices. */
  private readonly warnedSeveral = new Set<string>();
  private prevId = -1;
  private prevName = -1;
  private prevStreet = -1;
  private prevC = -1;

  /**
   * @param streetKeyOf the street key (streetKey) of a code of the table's street column
   * @param fileNames file names by the table's fileIndex, for an implicit community's source
   * @param warnings where a community name in several street offices is reported
   */
  constructor(
    private readonly table: BuildingTable,
    private readonly communities: Community[],
    private readonly communityIndex: PolygonIndex,
    private readonly streetKeyOf: (code: number) => string,
    private readonly fileNames: readonly string[],
    private readonly warnings: LinkWarnings,
  ) {
    communities.forEach((c, i) => {
      if (c.id !== '' && !this.byId.has(c.id)) this.byId.set(c.id, i);
      if (c.name !== '') this.byName.set(c.name, [...(this.byName.get(c.name) ?? []), i]);
    });
  }

  /** Index in `communities` of row i's community, or -1 when nothing is written and no polygon holds it. */
  match(i: number): number {
    const idCode = this.table.communityId.codes[i];
    const nameCode = this.table.community.codes[i];
    const streetCode = this.table.street.codes[i];
    if (idCode === 0 && nameCode === 0) return this.communityIndex.find(this.table.lng[i], this.table.lat[i]);
    if (idCode === this.prevId && nameCode === this.prevName && streetCode === this.prevStreet) return this.prevC;
    let c = idCode !== 0 ? this.byWrittenId(idCode) : -1;
    if (c < 0 && nameCode !== 0) c = this.byWrittenName(nameCode, streetCode);
    if (c < 0) c = this.implicit(i, idCode, nameCode, streetCode);
    if (c === UNDECIDED) return -1;
    this.prevId = idCode;
    this.prevName = nameCode;
    this.prevStreet = streetCode;
    this.prevC = c;
    return c;
  }

  /** The first community with this 小区编号, or -1. */
  private byWrittenId(idCode: number): number {
    let hit = this.idCache.get(idCode);
    if (hit === undefined) {
      hit = this.byId.get(this.table.communityId.values[idCode]) ?? -1;
      this.idCache.set(idCode, hit);
    }
    return hit;
  }

  /**
   * The community with this 小区名称 in the written street (the first of several), or the only one of
   * that name when no street is written; -1 otherwise. Cached by name and street together: equal
   * names in two streets are two communities.
   */
  private byWrittenName(nameCode: number, streetCode: number): number {
    const cacheKey = nameCode * STREET_CODE_SPAN + streetCode;
    let hit = this.nameCache.get(cacheKey);
    if (hit === undefined) {
      const candidates = this.byName.get(this.table.community.values[nameCode]) ?? [];
      const written = streetCode === 0 ? '' : this.streetKeyOf(streetCode);
      const sameStreet =
        streetCode === 0 ? candidates : candidates.filter((k) => streetKey(this.communities[k].street) === written);
      hit = sameStreet.length >= 1 ? sameStreet[0] : candidates.length === 1 && streetCode === 0 ? candidates[0] : -1;
      this.nameCache.set(cacheKey, hit);
    }
    return hit;
  }

  /**
   * The implicit community made up from row i's written id or name and street, made on first sight:
   * keyed by name (or id) within the street office when one is written, by name alone when not. A row
   * without a street joins the community of its name in the one street office that name is written
   * in; when it is written in several, the row is warned about and left without a community
   * (UNDECIDED).
   */
  private implicit(i: number, idCode: number, nameCode: number, written: number): number {
    const t = this.table;
    const streets = (this.streets ??= new CommunityStreets(t, this.streetKeyOf));
    const seen = streets.streetOf(i);
    const name = t.community.values[nameCode] || t.communityId.values[idCode];
    if (seen === SEVERAL_STREETS) {
      const several = streets.streetsOf(i);
      if (written === 0) {
        this.warnings.communityStreetUnknown(i, name, several.streets);
        return UNDECIDED;
      }
      const k = streets.key(i);
      if (!this.warnedSeveral.has(k)) {
        this.warnedSeveral.add(k);
        this.warnings.communityInStreets(several.row, name, several.streets);
      }
    }
    const streetCode = written === 0 && seen !== NO_STREET && seen !== SEVERAL_STREETS ? seen : written;
    const key = `${streetCode === 0 ? '' : this.streetKeyOf(streetCode)}\u0000${streets.key(i)}`;
    let k = this.implicitKey.get(key);
    if (k === undefined) {
      k = this.communities.length;
      this.implicitKey.set(key, k);
      this.communities.push({
        id: t.communityId.values[idCode],
        name,
        street: t.street.values[streetCode],
        shequ: t.shequ.values[t.shequ.codes[i]],
        area: t.area.values[t.area.codes[i]],
        geometry: null,
        attrs: emptyAttributes(),
        extras: {},
        file: this.fileNames[t.fileIndex[i]] ?? '',
        line: 0,
        implicit: true,
      });
    }
    return k;
  }
}
