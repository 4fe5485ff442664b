// The house's size limits, checked by `npm run lint`: no file in src over 300 lines (css
// included) and no line of src over 120 characters (Prettier wraps code at 120 but leaves long
// strings and comments alone; this catches those). Functions over 80 lines are eslint's
// max-lines-per-function. Prints each breach as file:line and exits 1.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const MAX_FILE_LINES = 300;
const MAX_LINE = 120;
const root = process.cwd();
const sourceExt = /\.(ts|tsx|css)$/;

function* walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else if (sourceExt.test(name)) yield path;
  }
}

const breaches = [];
for (const top of ['src']) {
  let paths;
  try {
    paths = [...walk(join(root, top))];
  } catch {
    continue;
  }
  for (const path of paths) {
    const rel = relative(root, path);
    const lines = readFileSync(path, 'utf8').split('\n');
    if (lines.at(-1) === '') lines.pop();
    if (lines.length > MAX_FILE_LINES) {
      breaches.push(`${rel}: ${lines.length} lines (at most ${MAX_FILE_LINES} in src)`);
    }
    lines.forEach((line, i) => {
      const width = [...line].length;
      if (width > MAX_LINE) breaches.push(`${rel}:${i + 1}: ${width} characters (at most ${MAX_LINE})`);
    });
  }
}
for (const b of breaches) console.error(b);
if (breaches.length > 0) {
  console.error(`check-sizes: ${breaches.length} over the limits`);
  process.exit(1);
}
