import { FIELD_BY_KEY, type FieldKey } from '../../domain/fields.ts';
import type { Conflict } from '../../domain/import-report.ts';
import { useT, type Lang } from '../../i18n/index.ts';
import { fmtInt } from '../format.ts';

/** Most conflicts listed on screen; the downloaded JSON has them all. */
const MAX_LISTED = 300;

/** A field's label in the language in force; a column kept as written is named by its header. */
function fieldLabel(field: string, lang: Lang): string {
  const def = FIELD_BY_KEY[field as FieldKey] as (typeof FIELD_BY_KEY)[FieldKey] | undefined;
  return def ? def[lang] : field;
}

/**
 * The fields on which rows of one building id disagree: each value with its file and line, and the
 * value the merged building keeps (the later row's), under the rule in words.
 */
export function ConflictList({ conflicts }: { conflicts: readonly Conflict[] }) {
  const { t, lang } = useT('report');
  if (conflicts.length === 0) return null;
  const listed = conflicts.slice(0, MAX_LISTED);
  return (
    <div className="issues" data-testid="report-conflicts">
      <h3 className="warn">{t('conflictRows', { n: fmtInt(conflicts.length) })}</h3>
      <p className="rule">{t('conflictRule')}</p>
      <ol>
        {listed.map((c, i) => (
          <li key={i} data-id={c.id} data-field={c.field}>
            <span className="where">{c.id}</span> <span className="reason">{fieldLabel(c.field, lang)}</span>{' '}
            {c.values.map((v, k) => (
              <span key={k} className="value" data-file={v.file} data-line={v.line}>
                「{v.value}」{v.file}:{v.line}
              </span>
            ))}{' '}
            → {t('conflictKept')}「<span className="kept">{c.kept}</span>」
          </li>
        ))}
      </ol>
      {conflicts.length > listed.length && (
        <p className="more">{t('more', { n: fmtInt(conflicts.length - listed.length) })}</p>
      )}
    </div>
  );
}
