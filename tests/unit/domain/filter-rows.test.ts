/**
 * Filtering by street office: index lists, names in any spelling, and the property that makes a
 * filtered page trustworthy: a street's filtered totals equal its row in the unfiltered table.
 * Fixture: tests/fixtures/csv/aggregate-buildings.csv (A1–A4 临城街道, A5–A7 常庄街道) and
 * tests/fixtures/geojson/aggregate-communities.geojson (建设新村, 常庄街道, no building rows).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { summarize } from '../../../src/domain/aggregate.ts';
import { filterByStreet, programmeRows, resolveStreet, streetNames } from '../../../src/domain/filter-rows.ts';
import { streetBounds } from '../../../src/domain/street-bounds.ts';
import { importFiles } from '../../../src/io/import-files.ts';
import { fixtureFile } from '../support.ts';

const data = importFiles([
  fixtureFile('csv/aggregate-buildings.csv'),
  fixtureFile('geojson/aggregate-communities.geojson'),
]);

const SAMPLE = [
  'buildings.csv',
  'communities.geojson',
  'streets.geojson',
  'programme-2022.json',
  'programme-2023.json',
].map((f) => {
  const b = readFileSync(join('data/sample', f));
  return { name: f, bytes: new Uint8Array(b.buffer, b.byteOffset, b.byteLength) };
});
const sample = importFiles(SAMPLE);

describe('streetNames', () => {
  it('one name per office, sorted as the summary table sorts', () => {
    expect(streetNames(data)).toEqual(['常庄街道', '临城街道']);
  });

  it('the sample: the nine offices of 薛城区', () => {
    const names = streetNames(sample);
    expect(names).toHaveLength(9);
    expect(names).toEqual(
      summarize(sample)
        .groups.map((g) => g.key)
        .filter((k) => k !== ''),
    );
  });
});

describe('resolveStreet', () => {
  const names = ['常庄街道', '临城街道'];
  it('the same name', () => expect(resolveStreet('临城街道', names)).toBe('临城街道'));
  it('another spelling of the office', () => {
    expect(resolveStreet('临城', names)).toBe('临城街道');
    expect(resolveStreet(' 常庄镇 ', names)).toBe('常庄街道');
    expect(resolveStreet('常庄街道办事处', names)).toBe('常庄街道');
  });
  it('null for an unknown or empty name', () => {
    expect(resolveStreet('沙沟镇', names)).toBeNull();
    expect(resolveStreet('', names)).toBeNull();
  });
});

describe('filterByStreet', () => {
  it('row numbers of the street, ascending, and its communities', () => {
    const lin = filterByStreet(data, '临城街道');
    expect([...lin.rows].map((i) => data.buildings.id[i])).toEqual(['A1', 'A2', 'A3', 'A4']);
    const chang = filterByStreet(data, '常庄镇');
    expect([...chang.rows].map((i) => data.buildings.id[i])).toEqual(['A5', 'A6', 'A7']);
    expect([...chang.communities].map((c) => data.communities[c].name).sort()).toEqual(
      ['光明小区', '常庄新村', '建设新村'].sort(),
    );
  });

  it('an unknown street keeps nothing', () => {
    const none = filterByStreet(data, '沙沟镇');
    expect(none.rows).toHaveLength(0);
    expect(none.communities).toHaveLength(0);
  });

  it('does not change the dataset', () => {
    const before = JSON.stringify([...data.buildings.street.codes]);
    filterByStreet(data, '临城街道');
    expect(JSON.stringify([...data.buildings.street.codes])).toBe(before);
  });

  it('filtered totals equal the street row of the whole table, building-less communities included', () => {
    for (const year of [null, 2023, 2024]) {
      const whole = summarize(data, { year });
      for (const g of whole.groups) {
        const f = filterByStreet(data, g.key);
        const one = summarize(data, { year, rows: f.rows, communityRows: f.communities });
        expect(one.groups).toEqual([g]);
        expect({ ...one.total, key: g.key }).toEqual(g);
      }
    }
    // 建设新村 (120 households, no building rows) counts in 常庄街道.
    const f = filterByStreet(data, '常庄街道');
    expect(summarize(data, { year: 2023, rows: f.rows, communityRows: f.communities }).total.programmeHouseholds).toBe(
      70 + 120,
    );
    expect(summarize(data, { year: 2023, rows: f.rows }).total.programmeHouseholds).toBe(70);
  });

  it('the sample, every street and year: filtered totals equal the street row', () => {
    for (const year of [null, 2022, 2023]) {
      const whole = summarize(sample, { year });
      for (const name of streetNames(sample)) {
        const f = filterByStreet(sample, name);
        const one = summarize(sample, { year, rows: f.rows, communityRows: f.communities });
        expect(one.groups, `${name} ${year}`).toEqual(whole.groups.filter((g) => g.key === name));
      }
    }
  });
});

describe('streetBounds', () => {
  it('the street polygon when there is one', () => {
    const name = '临城街道';
    const b = streetBounds(sample, name, filterByStreet(sample, name).rows);
    expect(b).not.toBeNull();
    const [w, s, e, n] = b!;
    expect(w).toBeLessThan(e);
    expect(s).toBeLessThan(n);
    // Every building of the street lies inside.
    for (const i of filterByStreet(sample, name).rows) {
      expect(sample.buildings.lng[i]).toBeGreaterThanOrEqual(w);
      expect(sample.buildings.lng[i]).toBeLessThanOrEqual(e);
      expect(sample.buildings.lat[i]).toBeGreaterThanOrEqual(s);
      expect(sample.buildings.lat[i]).toBeLessThanOrEqual(n);
    }
  });

  it('else its communities, else its buildings; null when nothing has a place', () => {
    // No street polygons: 临城街道's buildings' points.
    expect(streetBounds(data, '临城街道', filterByStreet(data, '临城街道').rows)).toEqual([
      117.011, 34.011, 117.056, 34.056,
    ]);
    // 常庄街道: 建设新村's polygon.
    expect(streetBounds(data, '常庄街道', filterByStreet(data, '常庄街道').rows)).toEqual([
      117.15, 34.06, 117.16, 34.07,
    ]);
    expect(streetBounds(data, '沙沟镇', new Uint32Array(0))).toBeNull();
  });
});

describe('programmeRows', () => {
  it('the programme buildings of a year among the rows, as summarize counts them', () => {
    const ids = (rows: Uint32Array) => [...rows].map((i) => data.buildings.id[i]);
    expect(ids(programmeRows(data.buildings, null, 2023))).toEqual(['A1', 'A2', 'A3', 'A7']);
    expect(ids(programmeRows(data.buildings, filterByStreet(data, '常庄街道').rows, 2023))).toEqual(['A7']);
    expect(ids(programmeRows(data.buildings, null, null))).toEqual(['A1', 'A2', 'A3', 'A5', 'A6', 'A7']);
    for (const year of [null, 2022, 2023])
      expect(programmeRows(sample.buildings, null, year).length).toBe(
        summarize(sample, { year }).total.programmeBuildings,
      );
  });
});
