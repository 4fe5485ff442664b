import { loadSample, loadUserFiles } from '../state/load-data.ts';
import { useAtlas } from '../state/store.ts';

/** Extensions the importer reads; the picker only suggests them, content decides. */
const ACCEPT = '.csv,.txt,.json,.geojson';

/** Buttons: load the user's own files (replacing the dataset), or go back to the sample. */
export function FileLoader() {
  const source = useAtlas((s) => s.source);
  return (
    <div className="file-loader">
      <label className="button primary" title="可多选：楼栋 CSV、小区/街道 GeoJSON、改造计划 JSON；也可拖放到页面上">
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
        载入文件 <span className="en">Load files</span>
      </label>
      {source?.kind === 'files' && (
        <button type="button" className="button" onClick={() => void loadSample()}>
          示例数据 <span className="en">Sample</span>
        </button>
      )}
    </div>
  );
}
