// npm test: every check the project has — browser install check, then type check and lint side by
// side (each one thread: on two cores they take the time of the longer, not of both; their output is
// held and printed whole, one after the other), then every vitest project (unit in Node, e2e and
// browser in Debian's Chromium). Ends with one plain line "tests: N passed, N failed" for CI.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';

const node = process.execPath;
// Held output is a pipe, not the terminal: ask for colour when the terminal would have had it.
const tty = Boolean(process.stdout.isTTY);

function report(name, status) {
  if (status === 0) return true;
  console.error(`✖ ${name} failed (exit ${status})`);
  return false;
}

/** Run with the terminal's own output (vitest's live progress, an apt-get prompt). */
function step(name, cmd, args) {
  console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  return report(name, r.status ?? r.signal);
}

/** Start a step whose output is held until it ends, so that two steps at once stay readable. */
function held(name, cmd, args) {
  const started = Date.now();
  const env = tty ? { ...process.env, FORCE_COLOR: '1' } : process.env;
  const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], env });
  const out = [];
  child.stdout.on('data', (b) => out.push(b));
  child.stderr.on('data', (b) => out.push(b));
  return new Promise((done) => {
    child.on('error', (err) => out.push(Buffer.from(`${err.message}\n`)));
    child.on('close', (code, signal) => {
      const secs = ((Date.now() - started) / 1000).toFixed(1);
      const print = () => {
        console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')} (${secs} s)`);
        process.stdout.write(Buffer.concat(out));
        return report(name, code ?? signal);
      };
      done(print);
    });
  });
}

let ok = step('browser', 'bash', ['scripts/ensure-browser.sh']);
// Lint through its npm script, so that whatever `npm run lint` checks (eslint, the layer rules) npm test checks.
const checks = [
  held('typecheck', node, ['node_modules/typescript/bin/tsc', '--noEmit', '-p', '.', ...(tty ? ['--pretty'] : [])]),
  held('lint', 'npm', ['run', '--silent', 'lint']),
];
for (const print of await Promise.all(checks)) ok = print() && ok;

mkdirSync('test-results', { recursive: true });
const json = 'test-results/vitest.json';
rmSync(json, { force: true }); // a run that writes none must not report the last run's counts
const tests = step('tests', node, [
  'node_modules/vitest/vitest.mjs',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${json}`,
]);
let passed = 0;
let failed = 0;
if (existsSync(json)) {
  const r = JSON.parse(readFileSync(json, 'utf8'));
  passed = r.numPassedTests ?? 0;
  failed = r.numFailedTests ?? 0;
}
// A suite that failed to load, or a failed type check or lint, counts as one failure.
if ((!tests || !ok) && failed === 0) failed = 1;
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(ok && tests && passed > 0 ? 0 : 1);
