/**
 * What a summary field is called on screen in the language in force: its label (KPI cards), its
 * short label (table headers), what a rate is counted by, and the unit its figures are in. The
 * names come from the `fields` catalogue; a field the catalogue does not name yet falls back to
 * its FieldDef's own zh / en.
 */
import { useT } from '../i18n/index.ts';
import { areaUnit } from './format.ts';
import type { FieldDef } from './fields.ts';

export function useFieldLabels() {
  const { t, lang } = useT('fields');
  const own = (def: FieldDef, short: boolean): string =>
    lang === 'zh' ? (short ? (def.short ?? def.zh) : def.zh) : def.en;
  return {
    lang,
    label: (def: FieldDef): string => t(`label.${def.field}`, { defaultValue: own(def, false) }),
    short: (def: FieldDef): string => t(`short.${def.field}`, { defaultValue: own(def, true) }),
    /** The unit written after a figure: 万㎡ or m² for areas; 户/栋/个 for counts in Chinese only (the English label says what is counted). */
    unit: (def: FieldDef): string =>
      def.kind === 'm2' ? areaUnit(lang) : def.kind === 'count' && lang === 'zh' ? (def.unit ?? '') : '',
    /** What a label carries in brackets: an area's unit, or what a rate is counted by (`short`: for a table header); '' for counts. */
    note: (def: FieldDef, short = false): string => {
      const by = short ? 'byShort' : 'by';
      const n =
        def.kind === 'm2'
          ? areaUnit(lang)
          : def.kind === 'rate'
            ? t(`${by}.${def.denominator === 'programmeCommunities' ? 'communities' : 'households'}`)
            : '';
      return n === '' ? '' : lang === 'zh' ? `（${n}）` : ` (${n})`;
    },
  };
}
