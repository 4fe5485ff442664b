/**
 * Filtering at scale — what one filter or rules change costs the page, CPU side, at 100k and 1M
 * generated buildings (the CSVs of scripts/bench-data.ts, imported once, not timed):
 *   filter   filterBuildings: one pass over the columns -> row numbers
 *   comms    filterCommunities: the communities kept (map polygons, building-less ones)
 *   summary  summarize by street office over those rows (cards, table)
 *   legend   class counts of the current colouring over those rows
 *   mask     the map's 0/1 filter attribute (the only buffer deck.gl uploads again)
 * and, for a rules change, eligibilityCodes (with and without the reserve tier) before the same;
 * and one step of the date control (as-of day): the stage column on that day, the eligibility
 * codes (the backlog reads stages), the schedule (overdue), the totals and the stage colouring.
 * Median of the runs, milliseconds. Run by `npm run bench` after the import benchmark, or alone:
 *   tsx scripts/bench-filter.ts [--sizes 100000,1000000 --runs 7]
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { summarize } from '../src/domain/aggregate.ts';
import { EMPTY_FILTER, type BuildingFilter } from '../src/domain/building-filter.ts';
import { filterBuildings, filterCommunities } from '../src/domain/filter-apply.ts';
import { classify } from '../src/domain/colour-classify.ts';
import { DEFAULT_ELIGIBILITY, eligibilityCodes, type EligibilitySettings } from '../src/domain/eligibility.ts';
import { countClasses } from '../src/domain/legend.ts';
import { parseDate } from '../src/domain/parse-values.ts';
import { readProgramme } from '../src/domain/programme.ts';
import { overdueMask, scheduleOf, stagesAsOf } from '../src/domain/schedule.ts';
import { importFiles } from '../src/io/import-files.ts';
import type { Dataset } from '../src/domain/dataset.ts';
import { writeBenchCsv } from './bench-data.ts';

const argv = process.argv.slice(2);
const opt = (name: string, dflt: string): string => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] ? argv[i + 1] : dflt;
};
const sizes = opt('sizes', '100000,1000000').split(',').map(Number);
const runs = Number(opt('runs', '7'));
const YEAR = 2023;

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function time<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const r = fn();
  return [r, performance.now() - t0];
}

const SCENARIOS: [string, Partial<BuildingFilter>][] = [
  ['street office', { street: '临城街道' }],
  ['grade C/D + non-complete', { grades: ['C', 'D'], complete: ['no'] }],
  ['built 1990–1999 + stage none', { builtFrom: 1990, builtTo: 1999, stages: ['none'] }],
  ['eligible + basic type', { eligibility: ['eligible'], types: ['basic'] }],
  ['backlog', { backlog: true }],
  [
    'street + 社区 + grade + eligible',
    { street: '常庄街道', shequ: '社区7', grades: ['B'], eligibility: ['eligible'] },
  ],
  ['one community', { community: '小区1234' }],
];

const RULES: [string, EligibilitySettings][] = [
  ['rules: cut-off 2005', { ...DEFAULT_ELIGIBILITY, cutoffYear: 2005 }],
  ['rules: reserve 2001–2005, 20%', { ...DEFAULT_ELIGIBILITY, reserveTo: 2005 }],
];

interface Row {
  label: string;
  shown: number;
  codes: number;
  filter: number;
  comms: number;
  summary: number;
  legend: number;
  mask: number;
}

function measure(data: Dataset, label: string, f: BuildingFilter, rules: EligibilitySettings | null): Row {
  const t = data.buildings;
  const colouring = classify(t, 'stage', { cutoffYear: DEFAULT_ELIGIBILITY.cutoffYear, year: YEAR });
  const fixedCodes = eligibilityCodes(t, DEFAULT_ELIGIBILITY, YEAR);
  const samples: Omit<Row, 'label'>[] = [];
  for (let r = 0; r < runs; r++) {
    const [codes, tc] = rules ? time(() => eligibilityCodes(t, rules, YEAR)) : [fixedCodes, 0];
    const [rows, tf] = time(() => filterBuildings(t, data.communities, f, codes, YEAR));
    const [comms, tm] = time(() => filterCommunities(t, data.communities, f, rows, YEAR));
    const [, ts] = time(() => summarize(data, { by: 'street', year: YEAR, rows, communityRows: comms, codes }));
    const [, tl] = time(() => countClasses(colouring, rows));
    const [, tk] = time(() => {
      const mask = new Float32Array(t.length);
      for (const i of rows) mask[i] = 1;
      return mask;
    });
    samples.push({ shown: rows.length, codes: tc, filter: tf, comms: tm, summary: ts, legend: tl, mask: tk });
  }
  const pick = (k: keyof Omit<Row, 'label' | 'shown'>) => median(samples.map((s) => s[k]));
  return {
    label,
    shown: samples[0].shown,
    codes: pick('codes'),
    filter: pick('filter'),
    comms: pick('comms'),
    summary: pick('summary'),
    legend: pick('legend'),
    mask: pick('mask'),
  };
}

/** The 2023 schedule of the sample (梨政办规〔2023〕3号's six steps). */
const PROGRAMME = readProgramme(
  {
    kind: 'renovation-programme',
    year: YEAR,
    targets: {},
    steps: [
      { key: 'plan', stage: 'planned', end: '2023-02-28' },
      { key: 'design', stage: 'design', end: '2023-03-31' },
      { key: 'demolition', stage: 'demolition', end: '2023-04-15' },
      { key: 'tender', stage: 'tender', end: '2023-04-15' },
      { key: 'construction', stage: 'construction', end: '2023-04-20' },
      { key: 'acceptance', stage: 'completed', end: '2023-11-30' },
    ],
  },
  'bench',
).programme!;

/** One tick of the date control: everything that follows the as-of day, whole district. */
function measureDay(
  data: Dataset,
  iso: string,
): { stages: number; codes: number; schedule: number; summary: number; colour: number; total: number } {
  const day = parseDate(iso)!;
  const samples: number[][] = [];
  for (let r = 0; r < runs; r++) {
    const [stage, t1] = time(() => stagesAsOf(data.buildings, day));
    const view = { ...data, buildings: { ...data.buildings, stage } };
    const [codes, t2] = time(() => eligibilityCodes(view.buildings, DEFAULT_ELIGIBILITY, YEAR));
    const [mask, t3] = time(() => overdueMask(scheduleOf(view.buildings, stage, [PROGRAMME], day, YEAR)));
    const [, t4] = time(() => summarize(view, { by: 'street', year: YEAR, codes, overdue: mask }));
    const [, t5] = time(() =>
      countClasses(classify(view.buildings, 'stage', { cutoffYear: DEFAULT_ELIGIBILITY.cutoffYear, year: YEAR }), null),
    );
    samples.push([t1, t2, t3, t4, t5]);
  }
  const m = (k: number) => median(samples.map((x) => x[k]));
  const out = { stages: m(0), codes: m(1), schedule: m(2), summary: m(3), colour: m(4) };
  return { ...out, total: out.stages + out.codes + out.schedule + out.summary + out.colour };
}

const dir = '.bench';
mkdirSync(dir, { recursive: true });
console.log(`\n旧改一张图 filter benchmark — node ${process.version}, median of ${runs} runs, ms (plan year ${YEAR})`);
const fmt = (n: number) => n.toFixed(1).padStart(7);
for (const n of sizes) {
  const file = join(dir, `buildings-${n}.csv`);
  if (!existsSync(file)) await writeBenchCsv(file, n);
  const buf = readFileSync(file);
  const data = importFiles([{ name: file, bytes: new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength) }]);
  console.log(
    `\n${n.toLocaleString('en-US')} buildings, ${data.communities.length.toLocaleString('en-US')} communities`,
  );
  console.log(`${'change'.padEnd(34)} ${'shown'.padStart(9)}   codes  filter   comms summary  legend    mask   total`);
  const rows = [
    ...SCENARIOS.map(([label, f]) => measure(data, label, { ...EMPTY_FILTER, ...f }, null)),
    ...RULES.map(([label, rules]) => measure(data, label, { ...EMPTY_FILTER, eligibility: ['eligible'] }, rules)),
  ];
  for (const r of rows) {
    const total = r.codes + r.filter + r.comms + r.summary + r.legend + r.mask;
    console.log(
      `${r.label.padEnd(34)} ${String(r.shown).padStart(9)} ${fmt(r.codes)} ${fmt(r.filter)} ${fmt(r.comms)} ${fmt(r.summary)} ${fmt(r.legend)} ${fmt(r.mask)} ${fmt(total)}`,
    );
  }
  console.log(`${'as-of day (date control tick)'.padEnd(34)}    stages   codes schedule summary  colour   total`);
  for (const iso of ['2023-05-10', '2023-12-01']) {
    const d = measureDay(data, iso);
    console.log(
      `${`  ${iso}`.padEnd(34)}  ${fmt(d.stages)} ${fmt(d.codes)} ${fmt(d.schedule)} ${fmt(d.summary)} ${fmt(d.colour)} ${fmt(d.total)}`,
    );
  }
}
console.log(
  '\naim: a filter change at 100k buildings well under 50 ms of CPU (feels immediate); rules changes add one eligibility pass.',
);
