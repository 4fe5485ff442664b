// `npm run lint`: every check of the house, each run even when one before it fails, so one run
// lists every breach. ESLint (code rules, functions ≤ 80 lines), dependency-cruiser (the layer
// rule and no import cycles, .dependency-cruiser.cjs), the size limits (check-sizes.mjs: files
// ≤ 300 lines, lines ≤ 120 characters) and Prettier. Exits 1 naming the checks that failed.
import { spawnSync } from 'node:child_process';
import { delimiter, join } from 'node:path';

const checks = [
  ['eslint', 'eslint .'],
  ['layers', 'depcruise src --config .dependency-cruiser.cjs'],
  ['sizes', 'node scripts/check-sizes.mjs'],
  ['prettier', 'prettier --check .'],
];

const bin = join(process.cwd(), 'node_modules', '.bin');
const env = { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH ?? ''}` };
const failed = [];
for (const [name, command] of checks) {
  console.log(`\n> ${command}`);
  const { status } = spawnSync(command, { stdio: 'inherit', shell: true, env });
  if (status !== 0) failed.push(name);
}
if (failed.length > 0) {
  console.error(`\nlint: failed ${failed.join(', ')}`);
  process.exit(1);
}
console.log('\nlint: all checks pass');
