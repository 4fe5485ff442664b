/**
 * Where the map goes for a chosen community: the box of its polygon and its buildings.
 */
import { readFileSync } from 'node:fs';
import bbox from '@turf/bbox';
import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER } from '../../../src/domain/building-filter.ts';
import { filterBuildings } from '../../../src/domain/filter-apply.ts';
import { communityOptions } from '../../../src/domain/filter-options.ts';
import { rowsBounds } from '../../../src/domain/street-bounds.ts';
import { importFiles } from '../../../src/io/import-files.ts';

const file = (f: string) => ({ name: f, bytes: new Uint8Array(readFileSync(`data/sample/${f}`)) });
const data = importFiles([file('buildings.csv'), file('communities.geojson'), file('streets.geojson')]);

describe('rowsBounds', () => {
  it('a community: its polygon’s box, widened by any of its buildings outside it', () => {
    const name = communityOptions(data, null, null).find((n) =>
      data.communities.some((c) => c.name === n && c.geometry),
    )!;
    const rows = filterBuildings(data.buildings, data.communities, { ...EMPTY_FILTER, community: name }, null);
    expect(rows.length).toBeGreaterThan(0);
    const [w, s, e, n] = rowsBounds(data, rows)!;
    const polygon = data.communities.find((c) => c.name === name && c.geometry)!;
    const [pw, ps, pe, pn] = bbox(polygon.geometry!);
    expect(w).toBeLessThanOrEqual(pw);
    expect(s).toBeLessThanOrEqual(ps);
    expect(e).toBeGreaterThanOrEqual(pe);
    expect(n).toBeGreaterThanOrEqual(pn);
    for (const i of rows) {
      expect(data.buildings.lng[i]).toBeGreaterThanOrEqual(w);
      expect(data.buildings.lng[i]).toBeLessThanOrEqual(e);
      expect(data.buildings.lat[i]).toBeGreaterThanOrEqual(s);
      expect(data.buildings.lat[i]).toBeLessThanOrEqual(n);
    }
    // A community is a small place: well under a kilometre or two across.
    expect(e - w).toBeLessThan(0.02);
    expect(n - s).toBeLessThan(0.02);
  });

  it('no rows, no box', () => {
    expect(rowsBounds(data, new Uint32Array(0))).toBeNull();
  });
});
