/**
 * The layering rule is real: ESLint rejects React, DOM, MapLibre and deck.gl in src/domain, and
 * accepts the same code elsewhere; ESLint rejects a function over 80 lines in src; and the
 * project's own .dependency-cruiser.cjs, run on small trees written to a temporary folder, names
 * every forbidden import between layers and every import cycle, and passes a tree that keeps them.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { cruise, type IConfiguration, type ICruiseResult } from 'dependency-cruiser';
import { ESLint } from 'eslint';
import { afterEach, describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.map((m) => m.ruleId ?? m.message);
}

describe('src/domain stays pure', () => {
  it.each([
    ["import { useState } from 'react';\nexport const x = useState;\n"],
    ["import maplibregl from 'maplibre-gl';\nexport const m = maplibregl;\n"],
    ["import { ScatterplotLayer } from '@deck.gl/layers';\nexport const l = ScatterplotLayer;\n"],
    ["import { importFiles } from '../io/import-files.ts';\nexport const f = importFiles;\n"],
  ])('rejects %s in src/domain', async (code) => {
    expect(await ruleIds(code, 'src/domain/example.ts')).toContain('no-restricted-imports');
    expect(await ruleIds(code, 'src/ui/example.ts')).not.toContain('no-restricted-imports');
  });

  it('rejects DOM globals in src/domain', async () => {
    expect(await ruleIds('export const w = document.title;\n', 'src/domain/example.ts')).toContain(
      'no-restricted-globals',
    );
  });
});

describe('functions stay short in src', () => {
  const body = (lines: number) => `export function f(): number {\n${'  void 0;\n'.repeat(lines - 3)}  return 1;\n}\n`;

  it('rejects a function of 81 lines, counting blank lines and comments, and accepts 80', async () => {
    expect(await ruleIds(body(81), 'src/ui/example.ts')).toContain('max-lines-per-function');
    expect(await ruleIds(body(80), 'src/ui/example.ts')).not.toContain('max-lines-per-function');
    const padded = body(79).replace('  return', '\n  // why\n  return');
    expect(await ruleIds(padded, 'src/map/example.ts')).toContain('max-lines-per-function');
  });
});

/** The project's layer rules, exactly as `npm run lint` reads them. */
const config = createRequire(import.meta.url)('../../.dependency-cruiser.cjs') as IConfiguration;

/** A tree of modules: path under the temporary root → source text. */
type Tree = Record<string, string>;

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** Write `tree` to a fresh temporary folder and cruise its src (and tests) with the project's rules. */
async function violations(tree: Tree): Promise<{ rule: string; from: string; to: string; cycle?: string[] }[]> {
  const root = mkdtempSync(join(tmpdir(), 'layers-'));
  roots.push(root);
  for (const [path, text] of Object.entries(tree)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  const tops = Object.keys(tree).some((p) => p.startsWith('tests/')) ? ['src', 'tests'] : ['src'];
  const { output } = await cruise(tops, {
    baseDir: root,
    validate: true,
    ruleSet: { forbidden: config.forbidden },
    doNotFollow: config.options?.doNotFollow,
    tsPreCompilationDeps: config.options?.tsPreCompilationDeps,
  });
  const result = output as ICruiseResult;
  expect(result.summary.totalCruised).toBe(Object.keys(tree).length);
  return result.summary.violations.map((v) => ({
    rule: v.rule.name,
    from: v.from,
    to: v.to,
    ...(v.cycle ? { cycle: v.cycle.map((step) => step.name) } : {}),
  }));
}

const uses = (path: string) => `import { x } from '${path}';\nexport const y = x;\n`;
const usesType = (path: string) => `import type { X } from '${path}';\nexport type Y = X;\n`;
const leaf = 'export const x = 1;\nexport type X = number;\n';

describe('the layer rule (.dependency-cruiser.cjs)', () => {
  it('passes a tree that keeps domain ← io ← state ← map/ui', async () => {
    const tree: Tree = {
      'src/domain/rules.ts': leaf,
      'src/domain/count.ts': uses('./rules.ts'),
      'src/io/read.ts': uses('../domain/count.ts'),
      'src/workers/parse.ts': uses('../io/read.ts'),
      'src/i18n/words.ts': uses('../domain/rules.ts'),
      'src/cli/main.ts': uses('../io/read.ts'),
      'src/state/store.ts': uses('../io/read.ts'),
      'src/map/Map.tsx': uses('../i18n/words.ts'),
      'src/ui/Panel.tsx': `${uses('../state/store.ts')}${usesType('../map/Map.tsx')}`,
    };
    expect(await violations(tree)).toEqual([]);
  });

  it.each([
    ['src/domain/a.ts', 'src/ui/b.ts', 'domain-imports-domain-only'],
    ['src/domain/a.ts', 'src/io/b.ts', 'domain-imports-domain-only'],
    ['src/domain/a.ts', 'src/i18n/b.ts', 'domain-imports-domain-only'],
    ['src/io/a.ts', 'src/state/b.ts', 'io-imports-domain-only'],
    ['src/io/a.ts', 'src/workers/b.ts', 'io-imports-domain-only'],
    ['src/state/a.ts', 'src/ui/b.ts', 'state-not-screen'],
    ['src/state/a.ts', 'src/map/b.ts', 'state-not-screen'],
    ['src/map/a.ts', 'src/state/b.ts', 'map-not-store-or-ui'],
    ['src/map/a.ts', 'src/ui/b.ts', 'map-not-store-or-ui'],
    ['src/workers/a.ts', 'src/state/b.ts', 'workers-not-app'],
    ['src/workers/a.ts', 'src/map/b.ts', 'workers-not-app'],
    ['src/i18n/a.ts', 'src/ui/b.ts', 'i18n-not-app'],
    ['src/i18n/a.ts', 'src/state/b.ts', 'i18n-not-app'],
    ['src/cli/a.ts', 'src/state/b.ts', 'cli-not-app'],
    ['src/cli/a.ts', 'src/map/b.ts', 'cli-not-app'],
  ])('names %s importing %s: %s', async (from, to, rule) => {
    const relative = `${'../'.repeat(from.split('/').length - 2)}${to.slice('src/'.length)}`;
    expect(await violations({ [from]: uses(relative), [to]: leaf })).toEqual([{ rule, from, to }]);
    expect(await violations({ [from]: usesType(relative), [to]: leaf })).toEqual([{ rule, from, to }]);
  });

  it('has a case above for every rule it holds', () => {
    expect(config.forbidden?.map((r) => r.name).sort()).toEqual([
      'cli-not-app',
      'domain-imports-domain-only',
      'i18n-not-app',
      'io-imports-domain-only',
      'map-not-store-or-ui',
      'no-circular',
      'state-not-screen',
      'workers-not-app',
    ]);
  });

  it('names an import cycle in any layer, directly or round a loop', async () => {
    const pair = { 'src/domain/a.ts': uses('./b.ts'), 'src/domain/b.ts': uses('./a.ts') };
    expect(await violations(pair)).toEqual([
      {
        rule: 'no-circular',
        from: 'src/domain/a.ts',
        to: 'src/domain/b.ts',
        cycle: ['src/domain/b.ts', 'src/domain/a.ts'],
      },
    ]);
    const loop = {
      'src/ui/a.tsx': uses('./b.tsx'),
      'src/ui/b.tsx': uses('./c.tsx'),
      'src/ui/c.tsx': uses('./a.tsx'),
    };
    expect(await violations(loop)).toEqual([
      {
        rule: 'no-circular',
        from: 'src/ui/a.tsx',
        to: 'src/ui/b.tsx',
        cycle: ['src/ui/b.tsx', 'src/ui/c.tsx', 'src/ui/a.tsx'],
      },
    ]);
  });

  it('names a loop closed by `import type` too: the state circle the slices once made with the store', async () => {
    const slices = {
      'src/state/store.ts': uses('./slice.ts'),
      'src/state/slice.ts': `${usesType('./store.ts')}${leaf}`,
    };
    expect((await violations(slices)).map((v) => v.rule)).toEqual(['no-circular']);
  });

  it('leaves tests free to import any layer', async () => {
    const tree: Tree = {
      'src/state/store.ts': leaf,
      'src/ui/Panel.tsx': leaf,
      'tests/unit/panel.test.ts': `${uses('../../src/ui/Panel.tsx')}${usesType('../../src/state/store.ts')}`,
    };
    expect(await violations(tree)).toEqual([]);
  });
});
