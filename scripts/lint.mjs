// `npm run lint`: every check of the house, each run even when another fails, so one run lists
// every breach. ESLint (code rules, functions ≤ 80 lines), dependency-cruiser (the layer rule and no
// import cycles, .dependency-cruiser.cjs), the size limits (check-sizes.mjs: files ≤ 300 lines,
// lines ≤ 120 characters) and Prettier. They run side by side (on two cores the four take about
// the time of ESLint alone) with their output held and printed whole, in this order. Exits 1
// naming the checks that failed.
import { spawn } from 'node:child_process';
import { delimiter, join } from 'node:path';

const checks = [
  ['eslint', 'eslint .'],
  ['layers', 'depcruise src --config .dependency-cruiser.cjs'],
  ['sizes', 'node scripts/check-sizes.mjs'],
  ['prettier', 'prettier --check .'],
];

const bin = join(process.cwd(), 'node_modules', '.bin');
const env = { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH ?? ''}` };
if (process.stdout.isTTY) env.FORCE_COLOR = '1'; // held output is a pipe: keep the colours a terminal would get

/** Run `command`, holding what it prints; resolves to its exit status and its output. */
function run(command) {
  const child = spawn(command, { shell: true, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const out = [];
  child.stdout.on('data', (b) => out.push(b));
  child.stderr.on('data', (b) => out.push(b));
  return new Promise((done) => {
    child.on('error', (err) => done({ status: 1, out: Buffer.from(`${err.message}\n`) }));
    child.on('close', (code, signal) => done({ status: code ?? signal, out: Buffer.concat(out) }));
  });
}

const started = checks.map(([, command]) => run(command));
const failed = [];
for (const [i, [name, command]] of checks.entries()) {
  const { status, out } = await started[i];
  console.log(`\n> ${command}`);
  process.stdout.write(out);
  if (status !== 0) failed.push(name);
}
if (failed.length > 0) {
  console.error(`\nlint: failed ${failed.join(', ')}`);
  process.exit(1);
}
console.log('\nlint: all checks pass');
