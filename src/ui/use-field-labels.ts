/**
 * What a summary field is called on screen in the language in force: its label (KPI cards), its
 * short label (table headers), what a rate is counted by, and the unit its figures are in. The
 * names come from the `fields` i18n catalogue, which is made from src/domain/summary-fields.ts.
 */
import { rateBasis } from '../domain/summary-fields.ts';
import { useT } from '../i18n/index.ts';
import { areaUnit } from './format.ts';
import type { FieldDef } from './fields.ts';

export function useFieldLabels() {
  const { t, lang } = useT('fields');
  return {
    lang,
    label: (def: FieldDef): string => t(`label.${def.field}`),
    short: (def: FieldDef): string => t(`short.${def.field}`),
    /**
     * The unit written after a figure: 万㎡ or m² for areas; 户/栋/个 for counts in Chinese only
     * (the English label says what is counted).
     */
    unit: (def: FieldDef): string =>
      def.kind === 'm2' ? areaUnit(lang) : def.kind === 'count' && lang === 'zh' ? (def.unit ?? '') : '',
    /**
     * What a label carries in brackets: an area's unit, or what a rate is counted by (`short`: for
     * a table header); '' for counts.
     */
    note: (def: FieldDef, short = false): string => {
      const basis = rateBasis(def);
      const n = def.kind === 'm2' ? areaUnit(lang) : basis ? t(`${short ? 'byShort' : 'by'}.${basis}`) : '';
      return n === '' ? '' : lang === 'zh' ? `（${n}）` : ` (${n})`;
    },
  };
}
