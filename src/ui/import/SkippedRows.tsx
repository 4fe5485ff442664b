import { headerLinesText, type FileReport } from '../../domain/import-report.ts';
import { message, messageText } from '../../domain/messages/render.ts';
import { useT } from '../../i18n/index.ts';
import { fmtInt } from '../format.ts';

/** Most skipped rows listed on screen; the downloaded JSON has them all. */
const MAX_LISTED = 300;

/**
 * Where each file's header was found when not on line 1, and the rows that are not buildings — a
 * title, 小计/合计 rows, section headings, the footer — each by file and line, so a user sees what
 * was left out and why.
 */
export function SkippedRows({ files }: { files: readonly FileReport[] }) {
  const { t, lang } = useT('report');
  const moved = files.flatMap((f) => {
    const lines = headerLinesText(f);
    return lines === null ? [] : [{ f, lines }];
  });
  const rows = files.flatMap((f) => f.skipped.map((s) => ({ ...s, file: f.file })));
  if (moved.length === 0 && rows.length === 0) return null;
  const listed = rows.slice(0, MAX_LISTED);
  return (
    <div className="issues" data-testid="skipped-rows">
      {moved.map(({ f, lines }) => (
        <p key={f.file} className="header-found" data-file={f.file} data-header-line={f.headerLine}>
          {t('headerAt', { file: f.file, lines })}
        </p>
      ))}
      {rows.length > 0 && (
        <>
          <h3>{t('skippedRows', { n: fmtInt(rows.length) })}</h3>
          <ol>
            {listed.map((r, i) => (
              <li key={i} data-file={r.file} data-line={r.line} data-code={r.code}>
                <span className="where">
                  {r.file}:{r.line}
                </span>{' '}
                <span className="reason">{messageText(message('csv.skipped-row', { code: r.code }), lang)}</span>
                <span className="value">「{r.value}」</span>
              </li>
            ))}
          </ol>
          {rows.length > listed.length && (
            <p className="more">{t('more', { n: fmtInt(rows.length - listed.length) })}</p>
          )}
        </>
      )}
    </div>
  );
}
