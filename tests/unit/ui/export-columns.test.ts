/**
 * The summary table's export headers (src/domain/summary-sheet.ts, written by the page and the
 * CLI alike) say what the on-screen columns say: the same fields in the same order, each header
 * the column's Chinese label with what it is counted by and its unit (平方米 for areas, % for rates).
 */
import { describe, expect, it } from 'vitest';
import { BACKLOG_EXPORT_COLUMNS, SUMMARY_EXPORT_COLUMNS } from '../../../src/domain/summary-sheet.ts';
import { BACKLOG_TABLE_FIELDS, TABLE_FIELDS, type FieldDef } from '../../../src/ui/fields.ts';

function expectedHeader(def: FieldDef): string {
  const unit = def.kind === 'rate' ? '%' : def.kind === 'm2' ? '平方米' : def.unit;
  const notes = [def.by, unit].filter(Boolean);
  return notes.length > 0 ? `${def.zh}（${notes.join('，')}）` : def.zh;
}

describe('export columns follow the table on screen', () => {
  for (const [name, columns, fields] of [
    ['programme', SUMMARY_EXPORT_COLUMNS, TABLE_FIELDS],
    ['backlog', BACKLOG_EXPORT_COLUMNS, BACKLOG_TABLE_FIELDS],
  ] as const) {
    it(name, () => {
      expect(columns.map((c) => c.field)).toEqual(fields.map((f) => f.field));
      expect(columns.map((c) => c.kind)).toEqual(fields.map((f) => f.kind));
      expect(columns.map((c) => c.header)).toEqual(fields.map(expectedHeader));
    });
  }
});
