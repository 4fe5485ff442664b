import { describe, expect, it } from 'vitest';
import { addUnreadFiles } from '../../../src/domain/unread-files.ts';
import { importFiles } from '../../../src/io/import-files.ts';
import { utf8 } from '../support.ts';

describe('addUnreadFiles', () => {
  const data = importFiles([{ name: 'a.csv', bytes: utf8('编号,经度,纬度\nB-1,117.25,34.8\n') }]);

  it('one report entry per unread file, after the files read, each with its reason', () => {
    const r = addUnreadFiles(data.report, [
      { name: 'missing.csv', reason: '无法下载：HTTP 404 (could not be fetched)' },
    ]);
    expect(r.files.map((f) => f.file)).toEqual(['a.csv', 'missing.csv']);
    expect(r.files[1].rejected).toEqual([
      { file: 'missing.csv', line: 0, code: 'unread-file', reason: '无法下载：HTTP 404 (could not be fetched)' },
    ]);
    expect(r.rejected.map((x) => x.code)).toEqual(['unread-file']);
    expect([r.rowsRead, r.rowsLoaded]).toEqual([1, 1]);
  });

  it('returns a new report and leaves the given one alone; the same one when nothing is unread', () => {
    const before = JSON.stringify(data.report);
    addUnreadFiles(data.report, [{ name: 'x.csv', reason: 'r' }]);
    expect(JSON.stringify(data.report)).toBe(before);
    expect(addUnreadFiles(data.report, [])).toBe(data.report);
  });

  it('works on the report of no files at all', () => {
    const r = addUnreadFiles(importFiles([]).report, [
      { name: 'a.csv', reason: 'r' },
      { name: 'b.csv', reason: 's' },
    ]);
    expect(r.files).toHaveLength(2);
    expect(r.rejected).toHaveLength(2);
  });
});
