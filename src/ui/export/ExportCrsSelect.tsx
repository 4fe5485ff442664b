import type { CrsKey } from '../../domain/crs.ts';
import { useT } from '../../i18n/index.ts';
import { useAtlas } from '../../state/store.ts';
import { CrsOptions } from '../import/CrsOptions.tsx';

/**
 * The export menu's 坐标系: the system building exports are written in — WGS84/CGCS2000 by
 * default, GCJ-02 for a 高德 map, BD-09 for 百度, a Gauss-Krüger zone for the natural-resources
 * bureau. The files' coordinate columns and names say which (sheet-crs.ts), and the importer
 * reads such a file back in that system.
 */
export function ExportCrsSelect() {
  const crs = useAtlas((s) => s.exportCrs);
  const setCrs = useAtlas((s) => s.setExportCrs);
  const { t } = useT('table');
  return (
    <label className="export-crs" title={t('exportCrsTitle')}>
      <span>{t('exportCrs')}</span>
      <select data-testid="export-crs" value={crs} onChange={(e) => setCrs(e.target.value as CrsKey)}>
        <CrsOptions />
      </select>
    </label>
  );
}
