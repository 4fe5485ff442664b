/**
 * The summary figures' names (KPI cards, table headers, the rules panel), keyed by summarize()'s
 * field names; `short` is the table header, `by` / `byShort` what a rate is counted by. Written
 * once, in the catalogue (src/domain/summary-fields.ts); this namespace is made from it.
 */
import { RATE_BASES, SUMMARY_FIELDS, type SummaryFieldDef } from '../../domain/summary-fields.ts';

const DEFS: readonly SummaryFieldDef[] = Object.values(SUMMARY_FIELDS);
const byField = (name: (d: SummaryFieldDef) => string) => Object.fromEntries(DEFS.map((d) => [d.field, name(d)]));
const bases = (name: (b: (typeof RATE_BASES)['households']) => string) => ({
  households: name(RATE_BASES.households),
  communities: name(RATE_BASES.communities),
});

export default {
  zh: {
    label: byField((d) => d.zh),
    short: byField((d) => d.short ?? d.zh),
    by: bases((b) => b.zh),
    byShort: bases((b) => b.zh),
  },
  en: {
    label: byField((d) => d.en),
    short: byField((d) => d.enShort ?? d.en),
    by: bases((b) => b.en),
    byShort: bases((b) => b.enShort),
  },
};
