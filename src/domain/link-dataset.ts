/**
 * Links buildings to communities and street offices: by the ids and names written on the
 * rows first, then by geometry (the polygon a point falls in), and lists where the written
 * street office and the polygon disagree.
 */
import { DictBuilder, FROM_COMMUNITY, FROM_FILE, FROM_POLYGON, type BuildingTable } from './building-table.ts';
import { streetKey, type Community, type StreetOffice } from './community.ts';
import { CommunityMatcher } from './community-match.ts';
import type { RowIssue } from './import-report.ts';
import { LinkWarnings } from './link-warnings.ts';
import {
  createPolygonIndex,
  pack,
  pointInPackedRings,
  type AreaGeometry,
  type PackedRings,
  type PolygonIndex,
} from './polygon-index.ts';

export interface LinkResult {
  buildings: BuildingTable;
  /**
   * The given communities (a missing street filled from the street polygons), then communities made
   * up from names on building rows.
   */
  communities: Community[];
  /**
   * Where the written community or street and the polygons disagree, or a street is found nowhere;
   * capped per kind (link-warnings.ts).
   */
  warnings: RowIssue[];
}

/** A point well inside most polygons: the area-weighted centroid of the first outer ring. */
export function labelPoint(g: AreaGeometry): [number, number] {
  const ring = g.type === 'Polygon' ? g.coordinates[0] : g.coordinates[0][0];
  let a = 0,
    cx = 0,
    cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const f = ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
    a += f;
    cx += (ring[j][0] + ring[i][0]) * f;
    cy += (ring[j][1] + ring[i][1]) * f;
  }
  if (a === 0) return [ring[0][0], ring[0][1]];
  return [cx / (3 * a), cy / (3 * a)];
}

/** What the steps of one linking pass read and fill. */
interface LinkPass {
  table: BuildingTable;
  /** The given communities (streets filled from polygons), then implicit ones as the matcher makes them. */
  communities: Community[];
  streets: readonly StreetOffice[];
  communityIndex: PolygonIndex;
  streetIndex: PolygonIndex;
  /** The new community, community id and street columns, starting as copies of the table's. */
  community: DictBuilder;
  communityId: DictBuilder;
  street: DictBuilder;
  streetFrom: BuildingTable['streetFrom'];
  /** Code in `street` of each street office's name. */
  streetNameCodes: number[];
  /** streetKey of a code in `street`, computed once per code. */
  streetKeyOf: (code: number) => string;
  /** Community polygons packed for the point test on first use, by community index. */
  packed: Map<number, PackedRings>;
  warnings: LinkWarnings;
}

/**
 * Link buildings to communities and streets. Inputs are not changed: the result shares the
 * untouched columns and carries new community, street and link columns.
 *
 * A building's community: see CommunityMatcher (written id, written name and street, polygon,
 * else an implicit community). Its street: written, else its community's, else the street polygon
 * it falls in.
 */
export function linkDataset(
  table: BuildingTable,
  givenCommunities: readonly Community[],
  streets: readonly StreetOffice[],
  fileNames: readonly string[],
): LinkResult {
  const streetIndex = createPolygonIndex(streets.map((s) => s.geometry));
  const hasStreetPolygons = streets.some((s) => s.geometry !== null);
  const communities = givenCommunities.map((c) =>
    hasStreetPolygons ? withStreetFromPolygon(c, streets, streetIndex) : c,
  );
  const pass = startPass(table, communities, streets, streetIndex, fileNames);
  const matcher = new CommunityMatcher(
    table,
    communities,
    pass.communityIndex,
    pass.streetKeyOf,
    fileNames,
    pass.warnings,
  );
  const link = new Int32Array(table.length).fill(-1);
  for (let i = 0; i < table.length; i++) {
    const c = matcher.match(i);
    link[i] = c;
    if (c >= 0) {
      if (table.communityId.codes[i] !== 0 || table.community.codes[i] !== 0) checkInsideOwn(pass, i, c);
      fillFromCommunity(pass, i, communities[c]);
    }
    if (hasStreetPolygons) fillAndCheckStreet(pass, i);
  }
  const made = communities.slice(givenCommunities.length);
  if (made.length > 0 && !communities.some((c) => c.geometry !== null))
    pass.warnings.communitiesFromNames(made[0].file, communities.length);
  const n = table.length;
  const buildings: BuildingTable = {
    ...table,
    community: pass.community.finish(n),
    communityId: pass.communityId.finish(n),
    street: pass.street.finish(n),
    streetFrom: pass.streetFrom,
    communityIndex: link,
  };
  return { buildings, communities, warnings: pass.warnings.finish() };
}

/** A community without a street takes the name of the street polygon under its label point. */
function withStreetFromPolygon(c: Community, streets: readonly StreetOffice[], streetIndex: PolygonIndex): Community {
  if (c.street !== '' || !c.geometry) return c;
  const [x, y] = labelPoint(c.geometry);
  const s = streetIndex.find(x, y);
  return s >= 0 ? { ...c, street: streets[s].name } : c;
}

function startPass(
  table: BuildingTable,
  communities: Community[],
  streets: readonly StreetOffice[],
  streetIndex: PolygonIndex,
  fileNames: readonly string[],
): LinkPass {
  const street = DictBuilder.from(table.street);
  const streetKeys = new Map<number, string>();
  const streetKeyOf = (code: number): string => {
    let k = streetKeys.get(code);
    if (k === undefined) streetKeys.set(code, (k = streetKey(street.values[code])));
    return k;
  };
  return {
    table,
    communities,
    streets,
    communityIndex: createPolygonIndex(communities.map((c) => c.geometry)),
    streetIndex,
    community: DictBuilder.from(table.community),
    communityId: DictBuilder.from(table.communityId),
    street,
    streetFrom: table.streetFrom.slice(),
    streetNameCodes: streets.map((s) => street.code(s.name)),
    streetKeyOf,
    packed: new Map(),
    warnings: new LinkWarnings(table, fileNames),
  };
}

/** A building linked to community c by what is written on it should lie in c's polygon. */
function checkInsideOwn(p: LinkPass, i: number, c: number): void {
  const g = p.communities[c].geometry;
  if (!g) return;
  let rings = p.packed.get(c);
  if (!rings) p.packed.set(c, (rings = pack(g)));
  const x = p.table.lng[i];
  const y = p.table.lat[i];
  if (pointInPackedRings(rings, x, y)) return;
  const other = p.communityIndex.find(x, y);
  const own = p.communities[c].name || p.communities[c].id;
  if (other >= 0) p.warnings.communityMismatch(i, own, p.communities[other].name || p.communities[other].id);
  else p.warnings.outsideCommunity(i, own);
}

/** Row i's community name, id and street, where not written, from its community's record. */
function fillFromCommunity(p: LinkPass, i: number, rec: Community): void {
  if (p.table.community.codes[i] === 0 && rec.name !== '') p.community.set(i, rec.name);
  if (p.table.communityId.codes[i] === 0 && rec.id !== '') p.communityId.set(i, rec.id);
  if (p.table.street.codes[i] === 0 && rec.street !== '') {
    p.street.set(i, rec.street);
    p.streetFrom[i] = FROM_COMMUNITY;
  }
}

/** Row i's street, when still missing, from the street polygon it falls in; else checked against it. */
function fillAndCheckStreet(p: LinkPass, i: number): void {
  const s = p.streetIndex.find(p.table.lng[i], p.table.lat[i]);
  const current = p.street.getCode(i);
  if (current === 0) {
    if (s >= 0) {
      p.street.setCode(i, p.streetNameCodes[s]);
      p.streetFrom[i] = FROM_POLYGON;
    } else p.warnings.noStreet(i);
  } else if (s < 0) {
    p.warnings.outsideStreets(i);
  } else if (p.streetKeyOf(current) !== p.streetKeyOf(p.streetNameCodes[s])) {
    const from = p.streetFrom[i] === FROM_FILE ? 'file' : 'community';
    p.warnings.streetMismatch(i, from, p.street.values[current], p.streets[s].name);
  }
}
