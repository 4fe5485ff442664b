/**
 * A building file with the English headers a database exports (build_year, floor_area_m2,
 * complete_unit ...) summarises as its Chinese twin does (issue 12: before, the headers were
 * "kept as they are", no building had a build year and none was eligible).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../../src/cli/main.ts';
import { fixturePath } from '../support.ts';

const ENGLISH_HEADERS = [
  'seq',
  'building_id',
  'street',
  'shequ',
  'communityName',
  'BuildingName',
  'build_year',
  'floor_count',
  'household_count',
  'floor_area_m2',
  'investment_wan_yuan',
  'safety_grade',
  'complete_unit',
  'renovation_type',
  'stage',
  'plan_year',
  'start_date',
  'lng',
  'lat',
].join(',');

function summarize(file: string): { total: Record<string, number> } {
  let out = '';
  const code = run(
    ['summarize', file, '--json'],
    (s) => (out += s),
    () => undefined,
  );
  expect(code).toBe(0);
  return JSON.parse(out);
}

describe('English headers as databases export them', () => {
  let dir = '';
  const chinese = fixturePath('csv/buildings.utf8.csv');
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'atlas-headers-'));
    const lines = readFileSync(chinese, 'utf8').split('\n');
    writeFileSync(join(dir, 'english.csv'), [ENGLISH_HEADERS, ...lines.slice(1)].join('\n'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('summarise to the same totals as the Chinese headers, eligible buildings included', () => {
    const en = summarize(join(dir, 'english.csv'));
    const zh = summarize(chinese);
    expect(en.total.eligibleBuildings).toBeGreaterThan(0);
    expect(en.total).toEqual(zh.total);
  });
});
