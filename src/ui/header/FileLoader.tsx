import { useT } from '../../i18n/index.ts';
import { loadUserFiles } from '../../state/load/load-data.ts';

/**
 * Extensions the importer reads (text tables, GeoJSON and programmes, Shapefile zips, workbooks
 * old and new, KML and KMZ); the picker only suggests them, content decides.
 */
const ACCEPT = '.csv,.tsv,.txt,.json,.geojson,.zip,.xlsx,.xls,.kml,.kmz';

/** Load the user's own files (replacing the dataset); the way back to the sample is on the status line (KeptFiles). */
export function FileLoader() {
  const { t } = useT('header');
  return (
    <div className="file-loader">
      <label className="button primary" title={t('loadFilesTitle')}>
        <input
          type="file"
          multiple
          accept={ACCEPT}
          data-testid="file-input"
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = ''; // choosing the same files again must load them again
            void loadUserFiles(files);
          }}
        />
        {t('loadFiles')}
      </label>
    </div>
  );
}
