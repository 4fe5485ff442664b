/**
 * The layering rule is real: ESLint rejects React, DOM, MapLibre and deck.gl in src/domain,
 * and accepts the same code elsewhere.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

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
