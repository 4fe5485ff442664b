/**
 * Issue 13, item 7: a quote opened on one line and closed four lines on (tests/fixtures/stray-quote.ts,
 * 296 data lines). The lines between are buildings, not one cell: every physical line is loaded or
 * listed, the line that opens the quote is rejected by its number with a reason in each language
 * (never papaparse's own English), through the importer the page's worker and the CLI share.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { messageText } from '../../../src/domain/messages/render.ts';
import { importFiles } from '../../../src/io/import-files.ts';
import { importFilesAsync } from '../../../src/io/import-files-async.ts';
import {
  STRAY_CLOSE_LINE,
  STRAY_OPEN_LINE,
  STRAY_QUOTE_DATA_LINES,
  strayQuoteCsv,
} from '../../fixtures/stray-quote.ts';
import { runCli, utf8 } from '../support.ts';

const LATIN_WORD = /[A-Za-z]{3,}/;
const CJK = /[\u3400-\u9fff]/;

/** Lines 2 … 297, the file's data lines. */
const DATA_LINES = Array.from({ length: STRAY_QUOTE_DATA_LINES }, (_, k) => k + 2);

describe.each(['clean', 'text-after'] as const)(
  '296 data lines, a quote on line 6 closed on line 10 (%s)',
  (closing) => {
    const d = importFiles([{ name: 'quote296.csv', bytes: utf8(strayQuoteCsv(closing)) }]);
    const f = d.report.files[0];

    it('reads 296, loads 295, rejects 1: the line that opens the quote', () => {
      expect([f.rowsRead, f.rowsLoaded, f.rejected.length]).toEqual([296, 295, 1]);
      expect(f.rejected[0]).toMatchObject({ file: 'quote296.csv', line: STRAY_OPEN_LINE, code: 'stray-quote' });
      expect(f.rejected[0].value).toMatch(/^XC-LC-001-05,XC-LC-001,"法院家属院,5号楼,/);
    });

    it('every physical line is loaded or listed, each once', () => {
      const loaded = [...d.buildings.line];
      const listed = f.rejected.map((r) => r.line);
      expect([...loaded, ...listed].sort((a, b) => a - b)).toEqual(DATA_LINES);
      // The four lines the quote ran over are buildings again, under their own ids.
      expect(d.buildings.id.filter((id) => /^XC-LC-00(1-0[67]|2-0[12])$/.test(id))).toEqual([
        'XC-LC-001-06',
        'XC-LC-001-07',
        'XC-LC-002-01',
        'XC-LC-002-02',
      ]);
    });

    it('the reason is ours in each language: the line the quote runs to, no papaparse text', () => {
      const r = f.rejected[0];
      const zh = messageText(r.message!, 'zh');
      const en = messageText(r.message!, 'en');
      expect(zh).toMatch(/^本行的引号没有在本行闭合，会把其后直到第 \d+ 行连成一个单元格/);
      expect(zh).not.toMatch(LATIN_WORD);
      expect(en).toMatch(/^a quote on this line does not close on it and would run on to line \d+ as one cell/);
      expect(en).not.toMatch(CJK);
      if (closing === 'clean') expect(r.message!.params).toEqual({ to: STRAY_CLOSE_LINE });
      for (const w of [...f.warnings, ...f.rejected]) expect(w.reason).not.toMatch(/malformed|Trailing quote/);
    });

    it('the async import (the CLI reads through it) gives the same report', async () => {
      const a = await importFilesAsync([{ name: 'quote296.csv', bytes: utf8(strayQuoteCsv(closing)) }]);
      expect(a.report.files[0]).toEqual(f);
    });
  },
);

describe('the CLI validate names the line and where its quote runs to', () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-quote-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('rejected rows (1): quote296.csv:6 … 第 10 行 … line 10; exit 1', async () => {
    const path = join(dir, 'quote296.csv');
    writeFileSync(path, strayQuoteCsv());
    const r = await runCli('validate', path);
    expect(r.code).toBe(1);
    expect(r.out).toContain('读取 read 296  载入 loaded 295  拒绝 rejected 1');
    expect(r.out).toContain('被拒绝的行 rejected rows (1):');
    expect(r.out).toMatch(
      /quote296\.csv:6 {2}本行的引号没有在本行闭合，会把其后直到第 10 行连成一个单元格.*would run on to line 10/,
    );
  });
});
