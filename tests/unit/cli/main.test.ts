/**
 * The command line, run in-process with its output captured: exit codes, the --json contract,
 * usage errors, --kind, and files told apart by content.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../../src/cli/main.ts';
import { fixturePath } from '../support.ts';

interface Result {
  code: number;
  out: string;
  err: string;
}

function cli(...argv: string[]): Result {
  let out = '';
  let err = '';
  const code = run(
    argv,
    (s) => (out += s),
    (s) => (err += s),
  );
  return { code, out, err };
}

function json(...argv: string[]): Record<string, unknown> & {
  groups: Record<string, unknown>[];
  total: Record<string, unknown>;
  report: Record<string, unknown>;
} {
  const r = cli(...argv);
  expect(r.code).toBe(0);
  return JSON.parse(r.out);
}

const F = {
  clean: fixturePath('csv/buildings.utf8.csv'),
  gbk: fixturePath('csv/buildings.gbk.csv'),
  rejects: fixturePath('csv/rejects.csv'),
  aggregate: fixturePath('csv/aggregate-buildings.csv'),
  aggregateCommunities: fixturePath('geojson/aggregate-communities.geojson'),
  points: fixturePath('geojson/buildings-points.geojson'),
  communities: fixturePath('geojson/communities.geojson'),
  streets: fixturePath('geojson/streets.geojson'),
  programme: fixturePath('json/programme-lishu-2023.json'),
};

/** The keys the issue names as the --json contract; more may follow. */
const GROUP_KEYS = [
  'key',
  'communities',
  'buildings',
  'households',
  'floorAreaM2',
  'eligibleBuildings',
  'eligibleHouseholds',
  'programmeCommunities',
  'programmeBuildings',
  'programmeHouseholds',
  'programmeFloorAreaM2',
  'startedHouseholds',
  'completedHouseholds',
  'completionRateHouseholds',
];

describe('validate', () => {
  it('exit 0 on a clean file, with the per-file line and totals', () => {
    const r = cli('validate', F.clean);
    expect(r.code).toBe(0);
    expect(r.out).toContain('buildings.utf8.csv');
    expect(r.out).toContain('utf-8');
    expect(r.out).toMatch(/读取 read 6\b/);
    expect(r.out).toMatch(/拒绝 rejected 0\b/);
    expect(r.err).toBe('');
  });

  it('exit 1 when a row is rejected; each rejected row is listed as file:line', () => {
    const r = cli('validate', F.rejects);
    expect(r.code).toBe(1);
    for (const line of [3, 6, 8, 9, 11, 12, 15]) expect(r.out).toContain(`rejects.csv:${line} `);
    expect(r.out).toContain('rejects.csv:7 '); // the unknown stage word, as a warning
  });

  it('rows sharing a building id: merged, exit 0, each conflict listed with both values and places', () => {
    const r = cli('validate', fixturePath('csv/dup-a.csv'), fixturePath('csv/dup-b.csv'));
    expect(r.code).toBe(0);
    expect(r.out).toContain('conflicts (8)');
    expect(r.out).toContain('  D2  户数 households: 20 (dup-a.csv:3) | 40 (dup-b.csv:2)  → 40');
    expect(r.out).toMatch(/重复编号 duplicate ids 2, 冲突 conflicts 8$/m);
  });

  it('a GBK file validates like its UTF-8 twin', () => {
    const r = cli('validate', F.gbk);
    expect(r.code).toBe(0);
    expect(r.out).toContain('gb18030');
  });
});

describe('summarize --json: the contract', () => {
  const s = () => json('summarize', F.aggregate, F.aggregateCommunities, '--json');

  it('top level has groups, total and report; report has rowsRead, rowsLoaded, rejected, warnings', () => {
    const out = s();
    for (const k of ['groups', 'total', 'report']) expect(out).toHaveProperty(k);
    expect(Array.isArray(out.groups)).toBe(true);
    for (const k of ['rowsRead', 'rowsLoaded', 'rejected', 'warnings', 'duplicateIds', 'conflicts'])
      expect(out.report).toHaveProperty(k);
    expect(out.report.rowsRead).toBe(8);
    expect(out.report.rowsLoaded).toBe(8);
    expect(out.report.rejected).toEqual([]);
    expect(out.report.warnings).toEqual([]);
  });

  it('every group and the total carry every contract key, with numbers where numbers are due', () => {
    const out = s();
    expect(out.groups.length).toBe(2);
    for (const g of [...out.groups, out.total]) {
      for (const k of GROUP_KEYS) expect(g).toHaveProperty(k);
      expect(typeof g.key).toBe('string');
      for (const k of GROUP_KEYS.slice(1)) expect([k, typeof g[k]]).toEqual([k, 'number']);
    }
  });

  it('the numbers are those of the aggregation (see tests/unit/domain/aggregate.test.ts)', () => {
    const out = s();
    const lc = out.groups.find((g) => g.key === '临城街道')!;
    expect(GROUP_KEYS.map((k) => lc[k])).toEqual([
      '临城街道',
      2,
      4,
      100,
      10000,
      3,
      60,
      2,
      3,
      60,
      6000,
      60,
      40,
      40 / 60,
    ]);
    expect([
      out.total.communities,
      out.total.buildings,
      out.total.households,
      out.total.programmeHouseholds,
      out.total.completedHouseholds,
    ]).toEqual([5, 10, 340, 300, 40]);
  });

  it('rejected rows are {file, line, reason} objects', () => {
    const out = json('summarize', F.rejects, '--json');
    const rejected = out.report.rejected as Record<string, unknown>[];
    expect(rejected.length).toBe(6);
    for (const r of rejected) {
      expect(typeof r.file).toBe('string');
      expect(typeof r.line).toBe('number');
      expect(typeof r.reason).toBe('string');
    }
    expect(rejected.map((r) => r.line)).toEqual([3, 6, 8, 9, 11, 15]);
    // The 合计 row on line 12 is not a building: skipped, its figures checked against the rows above.
    expect(out.report.skipped).toEqual([
      { file: 'rejects.csv', line: 12, code: 'totals-row', value: '合计 | 64 | 800' },
    ]);
    // 3 row warnings, the 合计 row's two figures that differ from its rows, then the note that without
    // community polygons the communities are names (issue 12).
    const codes = (out.report.warnings as { code: string }[]).map((w) => w.code);
    expect(codes.length).toBe(6);
    expect(codes.filter((c) => c === 'totals-mismatch')).toHaveLength(2);
    expect(codes.filter((c) => c === 'communities-from-names')).toHaveLength(1);
  });

  it('--year, --by and rule flags reach the aggregation', () => {
    const y = json('summarize', F.aggregate, F.aggregateCommunities, '--json', '--year', '2023');
    expect(y.year).toBe(2023);
    expect([y.total.programmeHouseholds, y.total.completionRateHouseholds]).toEqual([250, 40 / 250]);
    const byCommunity = json('summarize', F.aggregate, F.aggregateCommunities, '--json', '--by=community');
    expect(byCommunity.by).toBe('community');
    expect(byCommunity.groups.map((g) => g.key)).toEqual(['常庄新村', '东风小区', '光明小区', '建设新村', '幸福小区']);
    expect(json('summarize', F.aggregate, '--json', '--by', 'year').by).toBe('planYear');
    expect(
      json('summarize', F.aggregate, F.aggregateCommunities, '--json', '--no-grade-c').total.eligibleBuildings,
    ).toBe(4);
    expect(
      json('summarize', F.aggregate, F.aggregateCommunities, '--json', '--cutoff', '2010').total.eligibleBuildings,
    ).toBe(6);
    expect(
      json('summarize', F.aggregate, F.aggregateCommunities, '--json', '--no-non-complete').total.eligibleBuildings,
    ).toBe(4);
    expect(
      json('summarize', F.aggregate, F.aggregateCommunities, '--json', '--grade-d', 'exclude').total.eligibleBuildings,
    ).toBe(4);
  });

  it('without --json: a text table on stdout, the import summary on stderr, exit 0', () => {
    const r = cli('summarize', F.aggregate, F.aggregateCommunities);
    expect(r.code).toBe(0);
    expect(r.out).toContain('按街道汇总');
    expect(r.out).toContain('临城街道');
    expect(r.out).toContain('合计');
    expect(r.err).toContain('读取 8');
  });
});

describe('usage errors exit 2', () => {
  it.each<[string, string[]]>([
    ['no command', []],
    ['an unknown command', ['frobnicate', F.clean]],
    ['no files', ['validate']],
    ['an unknown option', ['summarize', F.clean, '--colour']],
    ['--by with a bad value', ['summarize', F.clean, '--by', 'district']],
    ['--by with no value', ['summarize', F.clean, '--by']],
    ['--year that is not four digits', ['summarize', F.clean, '--year', '23']],
    ['--cutoff that is not a year', ['summarize', F.clean, '--cutoff', 'soon']],
    ['--grade-d with a bad value', ['summarize', F.clean, '--grade-d', 'maybe']],
    ['--kind with a bad value', ['validate', '--kind', 'parcels', F.clean]],
    ['a file that does not exist', ['validate', '/nonexistent/nowhere.csv']],
  ])('%s', (_name, argv) => {
    const r = cli(...argv);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain('错误 error');
    expect(r.err).toContain('用法 usage');
  });

  it('--help prints the usage and exits 0', () => {
    const r = cli('summarize', '--help');
    expect(r.code).toBe(0);
    expect(r.err).toContain('用法 usage');
    expect(r.err).not.toContain('错误 error');
  });
});

describe('file kinds', () => {
  let dir = '';
  const at = (name: string) => join(dir, name);
  const kinds = (out: Record<string, unknown> & { report: Record<string, unknown> }) =>
    (out.report.files as { file: string; kind: string }[]).map((f) => [f.file, f.kind]);

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'atlas-cli-'));
    copyFileSync(F.points, at('one.dat'));
    copyFileSync(F.communities, at('two.dat'));
    copyFileSync(F.streets, at('three.dat'));
    copyFileSync(F.programme, at('four.dat'));
    copyFileSync(F.clean, at('five.dat'));
    copyFileSync(F.clean, at('list.json'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('are told apart by content: points = buildings, polygons with 小区名称 = communities, other polygons = streets, renovation-programme = programme, CSV = buildings', () => {
    const out = json(
      'summarize',
      at('one.dat'),
      at('two.dat'),
      at('three.dat'),
      at('four.dat'),
      at('five.dat'),
      '--json',
    );
    expect(kinds(out)).toEqual([
      ['one.dat', 'buildings'],
      ['two.dat', 'communities'],
      ['three.dat', 'streets'],
      ['four.dat', 'programme'],
      ['five.dat', 'buildings'],
    ]);
    expect((out.programmes as { year: number }[]).map((p) => p.year)).toEqual([2023]);
  });

  it('--kind overrides detection for the files after it; --kind auto goes back to guessing', () => {
    const out = json(
      'summarize',
      '--kind',
      'communities',
      at('three.dat'),
      '--kind',
      'buildings',
      at('list.json'),
      '--kind',
      'auto',
      at('two.dat'),
      '--json',
    );
    expect(kinds(out)).toEqual([
      ['three.dat', 'communities'],
      ['list.json', 'buildings'],
      ['two.dat', 'communities'],
    ]);
    expect(out.report.rowsLoaded).toBe(2 + 6 + 3);
  });

  it('without --kind, the CSV named list.json is rejected: validate exits 1', () => {
    const r = cli('validate', at('list.json'));
    expect(r.code).toBe(1);
    expect(r.out).toContain('list.json:0');
  });
});
