/**
 * summarize and export with no building loaded (issue 12): exit 1 with a message naming the files,
 * where summarize exited 0 with all-zero totals and export wrote an empty list. Communities alone
 * still count (community-level files, docs/data-format.md): summarize and export --table exit 0.
 */
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturePath, runCli } from '../support.ts';

const cli = runCli;

describe('no building loaded', () => {
  let dir = '';
  const at = (name: string) => join(dir, name);
  const communities = fixturePath('geojson/communities.geojson');
  const streets = fixturePath('geojson/streets.geojson');
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'atlas-none-'));
    // Every row rejected: no coordinate column the reader knows.
    writeFileSync(at('楼栋.csv'), '楼栋编号,建成年代,东坐标,北坐标\nB1,1990,117.1,34.1\nB2,1991,117.2,34.2\n');
    copyFileSync(communities, at('小区.geojson'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('summarize: every building row rejected -> exit 1 naming the file, the JSON report still printed', async () => {
    const r = await cli('summarize', at('楼栋.csv'), '--json');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/没有载入任何楼栋：楼栋\.csv 中没有一行被载入.*no building loaded: no row of 楼栋\.csv/);
    const json = JSON.parse(r.out);
    expect([json.report.rowsRead, json.report.rowsLoaded, json.total.buildings]).toEqual([2, 0, 0]);
  });

  it('summarize: the building file all rejected beside communities is still a failure (text output too)', async () => {
    const r = await cli('summarize', at('楼栋.csv'), at('小区.geojson'));
    expect(r.code).toBe(1);
    expect(r.err).toContain('楼栋.csv');
    expect(r.err).not.toMatch(/error:.*小区\.geojson/);
  });

  it('summarize: streets only -> exit 1 naming every file', async () => {
    const r = await cli('summarize', streets, '--json');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/没有楼栋，也没有小区：streets\.geojson/);
    expect(r.err).toContain('no building and no community: none of streets.geojson');
  });

  it('summarize: communities only count from their own attributes, exit 0 as before', async () => {
    const r = await cli('summarize', at('小区.geojson'), '--json');
    expect([r.code, r.err]).toEqual([0, '']);
    expect(JSON.parse(r.out).total.communities).toBe(3);
  });

  it('export: the building list with every row rejected, or with communities only -> exit 1, nothing written', async () => {
    const rejected = await cli('export', at('楼栋.csv'), '--out', at('a.csv'));
    expect(rejected.code).toBe(1);
    expect(rejected.err).toContain('楼栋.csv');
    expect(rejected.out).toBe('');
    expect(existsSync(at('a.csv'))).toBe(false);
    const onlyCommunities = await cli('export', at('小区.geojson'), '--out', at('b.csv'));
    expect(onlyCommunities.code).toBe(1);
    expect(onlyCommunities.err).toContain('no building data: none of 小区.geojson is a building file');
    expect(existsSync(at('b.csv'))).toBe(false);
  });

  it('export --table: communities alone make a table (exit 0); streets alone do not (exit 1)', async () => {
    expect((await cli('export', at('小区.geojson'), '--table', '--out', at('t.csv'))).code).toBe(0);
    expect(existsSync(at('t.csv'))).toBe(true);
    const r = await cli('export', streets, '--table', '--out', at('u.csv'));
    expect(r.code).toBe(1);
    expect(existsSync(at('u.csv'))).toBe(false);
  });
});
