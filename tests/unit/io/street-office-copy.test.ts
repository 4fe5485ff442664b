/**
 * Issue 12, "one building, one row": a street office sends back its street's rows of the district's
 * list, every column, some stages newer. Loaded beside the list, the figures are the list's (no
 * building counted twice), the newer stages are used, and each changed stage is a conflict.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../../src/cli/main.ts';
import { dictValue } from '../../../src/domain/building-table.ts';
import type { Dataset } from '../../../src/domain/dataset.ts';
import { STAGE_CODE } from '../../../src/domain/vocabulary.ts';
import { importFiles } from '../../../src/io/import-files.ts';
import { importFilesAsync } from '../../../src/io/import-files-async.ts';
import { utf8 } from '../support.ts';

const SAMPLE = 'data/sample';
const STREET = '临城街道';
const listText = readFileSync(join(SAMPLE, 'buildings.csv'), 'utf8');

/** The street office's copy: the header and its street's rows, every 施工中 now 已完工. */
function streetOfficeCopy(): { text: string; newer: string[] } {
  const [header, ...rows] = listText.split('\n');
  const mine = rows.filter((r) => r.split(',')[4] === STREET);
  const newer = mine.filter((r) => r.includes(',施工中,')).map((r) => r.split(',')[0]);
  const text = [header, ...mine.map((r) => r.replace(',施工中,', ',已完工,'))].join('\n') + '\n';
  return { text, newer };
}

const copy = streetOfficeCopy();
const dir = mkdtempSync(join(tmpdir(), 'street-copy-'));
const copyPath = join(dir, '临城街道报回.csv');
writeFileSync(copyPath, copy.text);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const others = ['communities.geojson', 'streets.geojson', 'programme-2022.json'];
const listFiles = () => [{ name: 'buildings.csv', bytes: utf8(listText) }, ...others.map(sampleFile)];
const withCopy = () => [...listFiles(), { name: '临城街道报回.csv', bytes: utf8(copy.text) }];

function sampleFile(name: string): { name: string; bytes: Uint8Array } {
  return { name, bytes: new Uint8Array(readFileSync(join(SAMPLE, name))) };
}

/** Per street: buildings, households, floor area, buildings in each plan year. */
function perStreet(d: Dataset): Record<string, { buildings: number; households: number; m2: number; plan: string }> {
  const out: Record<string, { buildings: number; households: number; m2: number; years: Record<number, number> }> = {};
  const t = d.buildings;
  for (let i = 0; i < t.length; i++) {
    const s = (out[dictValue(t.street, i)] ??= { buildings: 0, households: 0, m2: 0, years: {} });
    s.buildings++;
    s.households += t.households[i] || 0;
    s.m2 += t.floorAreaM2[i] || 0;
    s.years[t.planYear[i]] = (s.years[t.planYear[i]] ?? 0) + 1;
  }
  return Object.fromEntries(
    Object.entries(out).map(([k, s]) => [
      k,
      {
        buildings: s.buildings,
        households: s.households,
        m2: Math.round(s.m2 * 10) / 10,
        plan: JSON.stringify(s.years),
      },
    ]),
  );
}

function expectOneBuildingOneRow(alone: Dataset, both: Dataset): void {
  expect(copy.newer.length).toBeGreaterThan(0);
  expect(perStreet(both)).toEqual(perStreet(alone));
  expect(both.buildings.length).toBe(alone.buildings.length);
  expect(both.report.duplicateIds.length).toBe(copy.text.trim().split('\n').length - 1);
  const stageConflicts = both.report.conflicts.filter((c) => c.field === 'stage');
  expect(both.report.conflicts).toEqual(stageConflicts);
  expect(stageConflicts.map((c) => c.id)).toEqual(copy.newer);
  expect(stageConflicts[0].values.map((v) => [v.value, v.file])).toEqual([
    ['施工', 'buildings.csv'],
    ['完工', '临城街道报回.csv'],
  ]);
  expect(stageConflicts[0].kept).toBe('完工');
  for (const id of copy.newer) {
    const i = both.buildings.id.indexOf(id);
    expect(both.buildings.stage[i]).toBe(STAGE_CODE.completed);
    expect(both.fileNames[both.buildings.fileIndex[i]]).toBe('临城街道报回.csv');
  }
}

function cliJson(args: string[]): {
  groups: Record<string, unknown>[];
  report: { conflicts: { id: string; field: string; kept: string }[]; duplicateIds: unknown[] };
} {
  let out = '';
  const code = run(
    args,
    (s) => (out += s),
    () => undefined,
  );
  expect(code).toBe(0);
  return JSON.parse(out);
}

const FIGURES = [
  'key',
  'communities',
  'buildings',
  'households',
  'floorAreaM2',
  'programmeCommunities',
  'programmeBuildings',
  'programmeHouseholds',
  'programmeFloorAreaM2',
];
const figures = (groups: Record<string, unknown>[]) =>
  groups.map((g) => Object.fromEntries(FIGURES.map((k) => [k, g[k]])));

describe("a street office's copy of its rows beside the district's list", () => {
  it('importFiles: every street as the list alone, the newer stages used and listed as conflicts', () => {
    expectOneBuildingOneRow(importFiles(listFiles()), importFiles(withCopy()));
  });

  it('importFilesAsync (the page and the CLI): the same', async () => {
    expectOneBuildingOneRow(await importFilesAsync(listFiles()), await importFilesAsync(withCopy()));
  });

  it('summarize --json: buildings, households, floor area and 2022 programme figures per street as the list alone', () => {
    const base = ['summarize', ...[...['buildings.csv'], ...others].map((f) => join(SAMPLE, f))];
    const alone = cliJson([...base, '--year', '2022', '--json']);
    const both = cliJson([...base, copyPath, '--year', '2022', '--json']);
    expect(figures(both.groups)).toEqual(figures(alone.groups));
    const linCheng = (j: typeof both) => j.groups.find((g) => g.key === STREET) as Record<string, number>;
    expect(linCheng(both).households).toBe(linCheng(alone).households);
    expect(both.report.conflicts.map((c) => [c.id, c.field, c.kept])).toEqual(
      copy.newer.map((id) => [id, 'stage', '完工']),
    );
  });
});
