// npm test: every check the project has, in order — browser install check, type check, lint,
// then every vitest project (unit in Node, e2e and browser in Debian's Chromium).
// Ends with one plain line "tests: N passed, N failed" for CI.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';

function step(name, cmd, args) {
  console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`✖ ${name} failed (exit ${r.status ?? r.signal})`);
    return false;
  }
  return true;
}

const node = process.execPath;
let ok = step('browser', 'bash', ['scripts/ensure-browser.sh']);
ok = step('typecheck', node, ['node_modules/typescript/bin/tsc', '--noEmit', '-p', '.']) && ok;
ok = step('lint', node, ['node_modules/eslint/bin/eslint.js', '.']) && ok;
mkdirSync('test-results', { recursive: true });
const json = 'test-results/vitest.json';
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
