/**
 * npm run bench — import + summarize against a bare papaparse parse of the same file, in the
 * same run, at 100k and 1M generated rows; then the filter benchmark (scripts/bench-filter.ts).
 * Each measurement runs in its own process (so peak memory is that job's alone); times are the
 * median of the runs.
 *   npm run bench [-- --sizes 100000,1000000 --runs 3]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { writeBenchCsv } from './bench-data.ts';

const argv = process.argv.slice(2);
const opt = (name: string, dflt: string): string => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] ? argv[i + 1] : dflt;
};
const sizes = opt('sizes', '100000,1000000').split(',').map(Number);
const runs = Number(opt('runs', '3'));
const dir = '.bench';
mkdirSync(dir, { recursive: true });

interface Run {
  ms: number;
  maxRssMB: number;
  rssBeforeMB: number;
  rows: number;
}

function measure(mode: 'bare' | 'atlas' | 'stream', file: string): Run {
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/bench-child.ts', mode, file], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as Run;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

console.log(`旧改一张图 benchmark — node ${process.version}, ${runs} runs each, median time, peak RSS per process`);
console.log(
  'rows       file MB  bare parse ms  atlas ms  time ratio  bare peak MB  atlas peak MB  memory ratio  streamed ms  streamed peak MB',
);
for (const n of sizes) {
  const file = join(dir, `buildings-${n}.csv`);
  if (!existsSync(file)) await writeBenchCsv(file, n);
  const mb = statSync(file).size / 1048576;
  const bare: Run[] = [];
  const atlas: Run[] = [];
  const streamed: Run[] = [];
  for (let r = 0; r < runs; r++) {
    bare.push(measure('bare', file));
    atlas.push(measure('atlas', file));
    streamed.push(measure('stream', file));
  }
  if (atlas[0].rows !== n || bare[0].rows !== n || streamed[0].rows !== n)
    throw new Error(
      `row count mismatch: atlas ${atlas[0].rows}, streamed ${streamed[0].rows}, bare ${bare[0].rows}, expected ${n}`,
    );
  const ts = median(streamed.map((x) => x.ms));
  const mstream = Math.max(...streamed.map((x) => x.maxRssMB));
  const tb = median(bare.map((x) => x.ms));
  const ta = median(atlas.map((x) => x.ms));
  const mbare = Math.max(...bare.map((x) => x.maxRssMB));
  const matlas = Math.max(...atlas.map((x) => x.maxRssMB));
  console.log(
    `${String(n).padEnd(10)} ${mb.toFixed(1).padStart(7)}  ${tb.toFixed(0).padStart(13)}  ${ta.toFixed(0).padStart(8)}  ${(ta / tb).toFixed(2).padStart(9)}×  ${mbare.toFixed(0).padStart(12)}  ${matlas.toFixed(0).padStart(13)}  ${(matlas / mbare).toFixed(2).padStart(11)}×  ${ts.toFixed(0).padStart(11)}  ${mstream.toFixed(0).padStart(16)}`,
  );
}
console.log(
  'aim: time ratio ≤ 1.5×; atlas peak memory well under the bare parse’s (which holds every row as an array of strings).',
);
console.log(
  'streamed: the same import reading the file from disk 1 MB at a time (the CLI, and the browser’s worker with a picked File): the file’s bytes are never all in memory.',
);

// Then what a filter or rules change costs at the same sizes (scripts/bench-filter.ts), in its own process.
execFileSync(process.execPath, ['--import', 'tsx', 'scripts/bench-filter.ts', '--sizes', sizes.join(',')], {
  stdio: 'inherit',
});
