/**
 * The eligibility flags of `summarize` added with the rules panel: --reserve-to and
 * --reserve-share reach the aggregation (the same domain code as the dashboard), the backlog
 * fields are in the JSON and the text table, and bad values are usage errors.
 */
import { describe, expect, it } from 'vitest';
import { run } from '../../../src/cli/main.ts';
import { summarize } from '../../../src/domain/aggregate.ts';
import { DEFAULT_ELIGIBILITY } from '../../../src/domain/eligibility.ts';
import { importFiles } from '../../../src/io/import-files.ts';
import { fixtureFile, fixturePath } from '../support.ts';

function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const code = run(
    argv,
    (s) => (out += s),
    (s) => (err += s),
  );
  return { code, out, err };
}

const FILE = fixturePath('csv/filter-buildings.csv');
const data = importFiles([fixtureFile('csv/filter-buildings.csv')]);

describe('summarize --reserve-to / --reserve-share', () => {
  it('reach the aggregation: the JSON equals summarize() with the same settings', () => {
    for (const [args, settings] of [
      [[], DEFAULT_ELIGIBILITY],
      [['--reserve-to', '2008'], { ...DEFAULT_ELIGIBILITY, reserveTo: 2008 }],
      [['--reserve-to=2008', '--reserve-share', '1'], { ...DEFAULT_ELIGIBILITY, reserveTo: 2008, reserveShare: 1 }],
    ] as const) {
      const r = cli('summarize', FILE, '--json', '--year', '2023', ...args);
      expect(r.code).toBe(0);
      const out = JSON.parse(r.out);
      const expected = summarize(data, { year: 2023, eligibility: settings }).total;
      expect(out.total).toEqual(JSON.parse(JSON.stringify(expected)));
    }
    // 2023's programme is 90 households (F1, F6): 20% is 18, too few for F3 (2008, 40); all of it is enough.
    expect(
      JSON.parse(cli('summarize', FILE, '--json', '--year', '2023', '--reserve-to', '2008').out).total
        .eligibleBuildings,
    ).toBe(5);
    expect(
      JSON.parse(cli('summarize', FILE, '--json', '--year', '2023', '--reserve-to', '2008', '--reserve-share', '1').out)
        .total.eligibleBuildings,
    ).toBe(6);
  });

  it('the backlog fields are in the JSON of every group and the total, and in the text table', () => {
    const out = JSON.parse(cli('summarize', FILE, '--json').out);
    for (const g of [...out.groups, out.total])
      for (const k of ['backlogBuildings', 'backlogHouseholds', 'backlogFloorAreaM2'])
        expect(typeof g[k]).toBe('number');
    expect([out.total.backlogBuildings, out.total.backlogHouseholds, out.total.backlogFloorAreaM2]).toEqual([
      2, 30, 9000,
    ]);
    const text = cli('summarize', FILE, '--reserve-to', '2005');
    expect(text.out).toContain('待纳入户数');
    expect(text.out).toContain('储备 reserve 2001–2005 ≤ 20%');
  });

  it.each([
    ['--reserve-to', 'soon'],
    ['--reserve-share', '20%'],
    ['--reserve-share', '1.5'],
    ['--reserve-share', '-0.1'],
  ])('%s %s is a usage error', (flag, value) => {
    const r = cli('summarize', FILE, flag, value);
    expect(r.code).toBe(2);
    expect(r.err).toContain('用法 usage');
  });
});
