import { useState } from 'react';
import { crsLabel } from '../../domain/crs.ts';
import type { FileReport } from '../../domain/import-report.ts';
import { useT } from '../../i18n/index.ts';
import { fileOptionsOf, rereadWith } from '../../state/load/load-data.ts';
import { useAtlas } from '../../state/store.ts';
import type { FileOptions } from '../../workers/protocol.ts';
import { crsSelectId, hasCoordinates, readAs, sheetsOf } from './crs-choice.ts';
import { CrsOptions } from './CrsOptions.tsx';
import './crs-choice.css';

/**
 * Read the files again with this one's options changed, the report staying open where the choice
 * was made (a new dataset opens it only for rejected rows) unless other files were loaded meanwhile.
 */
function reread(file: string, change: FileOptions): Promise<void> {
  const source = useAtlas.getState().source;
  return rereadWith(file, change).then(() => {
    const s = useAtlas.getState();
    if (s.source === source) s.setReportOpen(true);
  });
}

/**
 * The import report's 坐标系 cell of one file: the system it was read as, a select to read it
 * in another (WGS84/CGCS2000, GCJ-02, BD-09, every Gauss-Krüger zone), a box for longitude and
 * latitude written the other way round, and for a workbook of several sheets the sheet to read.
 * A change reads the files again (load-data.ts rereadWith); the status line shows it under way.
 */
export function CrsChoice({ file }: { file: FileReport }) {
  const { t, lang } = useT('report');
  const loading = useAtlas((s) => s.loading !== null);
  // The choice shows at once, while the file is read again; then the report says what was read.
  const [asked, setAsked] = useState<FileOptions>({});
  const choose = (change: FileOptions): void => {
    setAsked(change);
    void reread(file.file, change).finally(() => setAsked({}));
  };
  const sheets = sheetsOf(file);
  const coordinates = hasCoordinates(file);
  if (!coordinates && !(sheets && sheets.length > 1)) {
    return (
      <td className="crs-cell" data-crs="">
        —
      </td>
    );
  }
  const read = readAs(file.crs);
  const crs = asked.crs ?? read.crs;
  const swapped = asked.swapXY ?? read.swapped;
  const sheet = asked.sheet ?? fileOptionsOf(file.file)?.sheet ?? sheets?.[0];
  return (
    <td className="crs-cell" data-crs={file.crs ?? 'wgs84'}>
      {coordinates && (
        <>
          <label className="crs-field">
            <span className="crs-field-label">{t('crs.label')}</span>
            <select
              id={crsSelectId(file.file)}
              data-testid="crs-select"
              value={crs}
              disabled={loading}
              title={`${crsLabel(crs, lang)} — ${t('crs.selectTitle', { file: file.file })}`}
              onChange={(e) => choose({ crs: e.target.value as FileOptions['crs'] })}
            >
              <CrsOptions />
            </select>
          </label>
          <label className="crs-swap" title={t('crs.swapTitle')}>
            <input
              type="checkbox"
              data-testid="crs-swap"
              checked={swapped}
              disabled={loading}
              onChange={(e) => choose({ swapXY: e.target.checked })}
            />
            {t('crs.swap')}
          </label>
        </>
      )}
      {sheets && sheets.length > 1 && (
        <label className="crs-field">
          <span className="crs-field-label">{t('crs.sheet')}</span>
          <select
            data-testid="sheet-select"
            value={sheet}
            disabled={loading}
            title={t('crs.sheetTitle', { file: file.file })}
            onChange={(e) => choose({ sheet: e.target.value })}
          >
            {sheets.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
      )}
    </td>
  );
}
