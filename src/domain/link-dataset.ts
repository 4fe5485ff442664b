/**
 * Links buildings to communities and street offices: by the ids and names written on the
 * rows first, then by geometry (the polygon a point falls in), and lists where the written
 * street office and the polygon disagree.
 */
import { DictBuilder, FROM_COMMUNITY, FROM_FILE, FROM_POLYGON, type BuildingTable } from './building-table.ts';
import { emptyAttributes, streetKey, type Community, type StreetOffice } from './community.ts';
import { MAX_WARNINGS_PER_FILE, type DuplicateId, type RowIssue } from './import-report.ts';
import { createPolygonIndex, pack, pointInPackedRings, type AreaGeometry, type PackedRings } from './polygon-index.ts';
import { said } from './messages/render.ts';

export interface LinkResult {
  buildings: BuildingTable;
  /** The given communities, then communities made up from names on building rows. */
  communities: Community[];
  /** Communities with their street filled from the street polygons where missing. */
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

/**
 * Link buildings to communities and streets. Inputs are not changed: the result shares the
 * untouched columns and carries new community, street and link columns.
 *
 * Order of evidence for a building's community: written 小区编号, written 小区名称 (with the
 * street to tell apart equal names), the community polygon it falls in; a name no community
 * file has becomes an implicit community. Its street: written, else its community's, else the
 * street polygon it falls in.
 */
export function linkDataset(
  table: BuildingTable,
  givenCommunities: readonly Community[],
  streets: readonly StreetOffice[],
  fileNames: readonly string[],
): LinkResult {
  const warnings: RowIssue[] = [];
  const streetIndex = createPolygonIndex(streets.map((s) => s.geometry));
  const hasStreetPolygons = streets.some((s) => s.geometry !== null);

  // Communities without a street take it from the street polygon under them.
  const communities: Community[] = givenCommunities.map((c) => {
    if (c.street !== '' || !c.geometry || !hasStreetPolygons) return c;
    const [x, y] = labelPoint(c.geometry);
    const s = streetIndex.find(x, y);
    return s >= 0 ? { ...c, street: streets[s].name } : c;
  });
  const communityIndex = createPolygonIndex(communities.map((c) => c.geometry));
  const byId = new Map<string, number>();
  const byName = new Map<string, number[]>();
  communities.forEach((c, i) => {
    if (c.id !== '' && !byId.has(c.id)) byId.set(c.id, i);
    if (c.name !== '') byName.set(c.name, [...(byName.get(c.name) ?? []), i]);
  });

  const n = table.length;
  const community = DictBuilder.from(table.community);
  const communityId = DictBuilder.from(table.communityId);
  const street = DictBuilder.from(table.street);
  const streetFrom = table.streetFrom.slice();
  const link = new Int32Array(n).fill(-1);
  const implicitKey = new Map<string, number>();
  const idCache = new Map<number, number>();
  const nameCache = new Map<number, number>();
  const where = (i: number): { file: string; line: number } => ({
    file: fileNames[table.fileIndex[i]] ?? '',
    line: table.line[i],
  });

  const streetNameCodes = streets.map((s) => street.code(s.name));
  const streetKeyOfCode = new Map<number, string>();
  const keyOf = (code: number): string => {
    let k = streetKeyOfCode.get(code);
    if (k === undefined) streetKeyOfCode.set(code, (k = streetKey(street.values[code])));
    return k;
  };

  // A building linked to its community by what is written should lie in that community's polygon.
  const packed = new Map<number, PackedRings>();
  const checkInsideOwn = (i: number, c: number): void => {
    const g = communities[c].geometry;
    if (!g) return;
    let rings = packed.get(c);
    if (!rings) packed.set(c, (rings = pack(g)));
    const x = table.lng[i];
    const y = table.lat[i];
    if (pointInPackedRings(rings, x, y)) return;
    const other = communityIndex.find(x, y);
    const own = communities[c].name || communities[c].id;
    if (other >= 0) {
      const there = communities[other].name || communities[other].id;
      if (listed('community-mismatch')) {
        warnings.push({
          ...where(i),
          code: 'community-mismatch',
          ...said('link.community-mismatch', { own, there }),
          field: 'community',
          value: own,
        });
      }
    } else if (listed('outside-community')) {
      warnings.push({
        ...where(i),
        code: 'outside-community',
        ...said('link.outside-community', { own }),
        field: 'community',
        value: `${x},${y}`,
      });
    }
  };

  // Rows come grouped by community: reuse the previous row's answer when its written keys repeat.
  let prevId = -1,
    prevName = -1,
    prevStreet = -1,
    prevC = -1;
  // A file in the wrong coordinate system puts every point outside: list the first of each kind, count the rest.
  const seenOfCode = new Map<string, number>();
  const listed = (code: string): boolean => {
    const k = (seenOfCode.get(code) ?? 0) + 1;
    seenOfCode.set(code, k);
    return k <= MAX_WARNINGS_PER_FILE;
  };
  for (let i = 0; i < n; i++) {
    const idCode = table.communityId.codes[i];
    const nameCode = table.community.codes[i];
    const streetCode = table.street.codes[i];
    let c = -1;
    if (idCode === prevId && nameCode === prevName && streetCode === prevStreet && (idCode !== 0 || nameCode !== 0)) {
      c = prevC;
    } else if (idCode !== 0) {
      let hit = idCache.get(idCode);
      if (hit === undefined) idCache.set(idCode, (hit = byId.get(table.communityId.values[idCode]) ?? -1));
      c = hit;
    }
    if (c < 0 && nameCode !== 0) {
      // Cache by name and street together: equal names in two streets are two communities.
      const cacheKey = nameCode * 2_097_152 + streetCode;
      let hit = nameCache.get(cacheKey);
      if (hit === undefined) {
        const candidates = byName.get(table.community.values[nameCode]) ?? [];
        const sameStreet =
          streetCode === 0
            ? candidates
            : candidates.filter((k) => streetKey(communities[k].street) === keyOf(streetCode));
        hit = sameStreet.length >= 1 ? sameStreet[0] : candidates.length === 1 && streetCode === 0 ? candidates[0] : -1;
        nameCache.set(cacheKey, hit);
      }
      c = hit;
    }
    if (c < 0 && idCode === 0 && nameCode === 0) c = communityIndex.find(table.lng[i], table.lat[i]);
    if (c < 0 && (idCode !== 0 || nameCode !== 0)) {
      const key = `${streetCode}\u0000${idCode !== 0 ? 'id:' + table.communityId.values[idCode] : 'name:' + table.community.values[nameCode]}`;
      let k = implicitKey.get(key);
      if (k === undefined) {
        k = communities.length;
        implicitKey.set(key, k);
        communities.push({
          id: table.communityId.values[idCode],
          name: table.community.values[nameCode] || table.communityId.values[idCode],
          street: table.street.values[streetCode],
          shequ: table.shequ.values[table.shequ.codes[i]],
          area: table.area.values[table.area.codes[i]],
          geometry: null,
          attrs: emptyAttributes(),
          extras: {},
          file: where(i).file,
          line: 0,
          implicit: true,
        });
      }
      c = k;
    }
    if (idCode !== 0 || nameCode !== 0) {
      prevId = idCode;
      prevName = nameCode;
      prevStreet = streetCode;
      prevC = c;
    }
    link[i] = c;
    if (c >= 0 && (idCode !== 0 || nameCode !== 0)) checkInsideOwn(i, c);
    if (c >= 0) {
      const rec = communities[c];
      if (nameCode === 0 && rec.name !== '') community.set(i, rec.name);
      if (idCode === 0 && rec.id !== '') communityId.set(i, rec.id);
      if (streetCode === 0 && rec.street !== '') {
        street.set(i, rec.street);
        streetFrom[i] = FROM_COMMUNITY;
      }
    }
    if (!hasStreetPolygons) continue;
    const s = streetIndex.find(table.lng[i], table.lat[i]);
    const current = street.getCode(i);
    if (current === 0) {
      if (s >= 0) {
        street.setCode(i, streetNameCodes[s]);
        streetFrom[i] = FROM_POLYGON;
      } else {
        if (listed('no-street'))
          warnings.push({
            ...where(i),
            code: 'no-street',
            ...said('link.no-street'),
            field: 'street',
            value: `${table.lng[i]},${table.lat[i]}`,
          });
      }
    } else if (s < 0) {
      if (listed('outside-streets'))
        warnings.push({
          ...where(i),
          code: 'outside-streets',
          ...said('link.outside-streets'),
          field: 'street',
          value: `${table.lng[i]},${table.lat[i]}`,
        });
    } else if (keyOf(current) !== keyOf(streetNameCodes[s]) && listed('street-mismatch')) {
      const written = street.values[current];
      const from = streetFrom[i] === FROM_FILE ? 'file' : 'community';
      warnings.push({
        ...where(i),
        code: 'street-mismatch',
        ...said('link.street-mismatch', { from, written, there: streets[s].name }),
        field: 'street',
        value: written,
      });
    }
  }

  for (const [code, count] of seenOfCode) {
    if (count > MAX_WARNINGS_PER_FILE) {
      const more = count - MAX_WARNINGS_PER_FILE;
      warnings.push({
        file: '',
        line: 0,
        code,
        ...said('link.not-listed', { more, kind: code, count }),
        value: String(count),
      });
    }
  }
  return {
    buildings: {
      ...table,
      community: community.finish(n),
      communityId: communityId.finish(n),
      street: street.finish(n),
      streetFrom,
      communityIndex: link,
    },
    communities,
    warnings,
  };
}

/**
 * Ids that occur more than once among buildings (empty ids are not compared).
 * @example findDuplicateIds(table, ['a.csv']) // [{ id: 'B1', at: [{ file: 'a.csv', line: 2 }, { file: 'a.csv', line: 5 }] }]
 */
export function findDuplicateIds(table: BuildingTable, fileNames: readonly string[]): DuplicateId[] {
  const first = new Map<string, number>();
  const dups = new Map<string, number[]>();
  for (let i = 0; i < table.length; i++) {
    const id = table.id[i];
    if (id === '') continue;
    const f = first.get(id);
    if (f === undefined) first.set(id, i);
    else {
      const list = dups.get(id);
      if (list) list.push(i);
      else dups.set(id, [f, i]);
    }
  }
  return [...dups].map(([id, rows]) => ({
    id,
    at: rows.map((i) => ({ file: fileNames[table.fileIndex[i]] ?? '', line: table.line[i] })),
  }));
}
