/**
 * The summary-field catalogue (src/domain/summary-fields.ts) and what is derived from it: the
 * export headers, the page's columns and labels (the `fields` and `table` i18n catalogues) and the
 * CLI's text table all say what the catalogue says, each in its own form. The labels themselves,
 * byte for byte, are pinned in tests/unit/summary-outputs.test.ts.
 */
import { describe, expect, it } from 'vitest';
import {
  TEXT_TABLE_FIELDS,
  TEXT_TABLE_OVERDUE_FIELDS,
  summaryTable,
  termHeader,
} from '../../../src/cli/summary-text.ts';
import { summarize } from '../../../src/domain/aggregate.ts';
import { BACKLOG_EXPORT_COLUMNS, SUMMARY_EXPORT_COLUMNS, exportHeader } from '../../../src/domain/summary-sheet.ts';
import {
  GROUP_LABELS,
  RATE_BASES,
  SUMMARY_FIELDS,
  rateBasis,
  type SummaryFieldDef,
} from '../../../src/domain/summary-fields.ts';
import { CATALOGUES } from '../../../src/i18n/index.ts';
import { BACKLOG_TABLE_FIELDS, TABLE_FIELDS, type FieldDef } from '../../../src/ui/fields.ts';
import { emptyBuildingTable } from '../../../src/domain/building-table.ts';

const DEFS: readonly SummaryFieldDef[] = Object.values(SUMMARY_FIELDS);

function expectedHeader(def: FieldDef): string {
  const basis = rateBasis(def);
  const unit = def.kind === 'rate' ? '%' : def.kind === 'm2' ? '平方米' : def.unit;
  const notes = [basis && RATE_BASES[basis].zh, unit].filter(Boolean);
  return notes.length > 0 ? `${def.zh}（${notes.join('，')}）` : def.zh;
}

describe('the catalogue', () => {
  it('each entry is keyed by its own field; counts have a counting word, rates a denominator, areas neither', () => {
    for (const [key, def] of Object.entries(SUMMARY_FIELDS) as [string, SummaryFieldDef][]) {
      expect(def.field).toBe(key);
      expect(Boolean(def.unit), key).toBe(def.kind === 'count');
      expect(Boolean(def.denominator), key).toBe(def.kind === 'rate');
    }
  });

  it('names every figure summarize() gives that a user reads, and nothing summarize() does not give', () => {
    const row = summarize({ buildings: emptyBuildingTable(), communities: [] }).total;
    for (const def of DEFS) expect(row, def.field).toHaveProperty(def.field);
  });
});

describe('export columns follow the table on screen', () => {
  for (const [name, columns, fields] of [
    ['programme', SUMMARY_EXPORT_COLUMNS, TABLE_FIELDS],
    ['backlog', BACKLOG_EXPORT_COLUMNS, BACKLOG_TABLE_FIELDS],
  ] as const) {
    it(name, () => {
      expect(columns.map((c) => c.field)).toEqual(fields.map((f) => f.field));
      expect(columns.map((c) => c.kind)).toEqual(fields.map((f) => f.kind));
      expect(columns.map((c) => c.header)).toEqual(fields.map(expectedHeader));
      expect(columns.map((c) => c.header)).toEqual(fields.map(exportHeader));
    });
  }
});

describe('the page names what the catalogue names', () => {
  it('the `fields` namespace: label, short label, in both languages, for every field', () => {
    const { zh, en } = CATALOGUES.fields as Record<'zh' | 'en', Record<'label' | 'short', Record<string, string>>>;
    for (const d of DEFS) {
      expect([zh.label[d.field], zh.short[d.field]]).toEqual([d.zh, d.short ?? d.zh]);
      expect([en.label[d.field], en.short[d.field]]).toEqual([d.en, d.enShort ?? d.en]);
    }
    expect(Object.keys(zh.label).sort()).toEqual(DEFS.map((d) => d.field).sort());
  });

  it('the `table` namespace: the groupings', () => {
    const { zh, en } = CATALOGUES.table as Record<'zh' | 'en', Record<'group' | 'groupIn', Record<string, string>>>;
    for (const [by, g] of Object.entries(GROUP_LABELS)) {
      expect([zh.group[by], zh.groupIn[by], en.group[by], en.groupIn[by]]).toEqual([g.zh, g.zh, g.en, g.enIn]);
    }
  });
});

describe('the CLI text table', () => {
  it('its header: the grouping, then each field as termHeader() names it', () => {
    const s = summarize({ buildings: emptyBuildingTable(), communities: [] }, { by: 'shequ' });
    const header = summaryTable(s, true).split('\n')[0].split(/ {2,}/);
    const fields = [...TEXT_TABLE_FIELDS, ...TEXT_TABLE_OVERDUE_FIELDS];
    expect(header).toEqual([GROUP_LABELS.shequ.zh, ...fields.map((f) => termHeader(SUMMARY_FIELDS[f]))]);
  });
});
