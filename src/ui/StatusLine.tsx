import { selectDatasetInfo, selectLoadFraction } from '../state/selectors.ts';
import { useAtlas } from '../state/store.ts';
import { fmtInt } from './format.ts';

/** One line under the header: the load under way, a failure, or what is loaded. */
export function StatusLine() {
  const loading = useAtlas((s) => s.loading);
  const fraction = useAtlas(selectLoadFraction);
  const error = useAtlas((s) => s.error);
  const dismiss = useAtlas((s) => s.dismissError);
  const info = useAtlas(selectDatasetInfo);
  const source = useAtlas((s) => s.source);

  if (loading) {
    const pct = fraction === null ? null : Math.round(fraction * 100);
    return (
      <div className="status-line" aria-live="polite">
        <span className="status-text">
          {loading.phase === 'fetching' ? '正在打开' : '正在读取'} {loading.file || loading.label}
          <span className="en">{loading.phase === 'fetching' ? ' opening…' : ' reading…'}</span>
        </span>
        <div
          className="progress"
          role="progressbar"
          data-testid="load-progress"
          aria-label="读取进度 reading progress"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={pct ?? undefined}
        >
          <div className={pct === null ? 'progress-fill indeterminate' : 'progress-fill'} style={pct === null ? undefined : { width: `${pct}%` }} />
        </div>
        <span className="status-pct">{pct === null ? '' : `${pct}%`}</span>
      </div>
    );
  }
  if (error) {
    return (
      <div className="status-line error" role="alert" data-testid="load-error">
        <span className="status-text">{error}</span>
        <button type="button" className="link-button" onClick={dismiss}>
          关闭 <span className="en">Dismiss</span>
        </button>
      </div>
    );
  }
  if (!info) return <div className="status-line" />;
  return (
    <div className="status-line" data-testid="dataset-info">
      <span className="status-text">
        {source?.kind === 'sample' ? '示例数据（薛城区，楼栋为合成数据）' : '已载入的文件'}
        <span className="en">{source?.kind === 'sample' ? ' Sample district (synthetic buildings)' : ' Your files'}</span>
      </span>
      <span className="status-facts">
        {fmtInt(info.buildings)} 栋楼 · {fmtInt(info.communities)} 个小区 · {info.streets > 0 ? `${fmtInt(info.streets)} 个街道范围 · ` : ''}
        {fmtInt(info.files)} 个文件
        {info.rejected > 0 && <span className="bad"> · 拒绝 {fmtInt(info.rejected)} 行</span>}
        {info.warnings > 0 && <span className="warn"> · 警告 {fmtInt(info.warnings)} 条</span>}
      </span>
    </div>
  );
}
