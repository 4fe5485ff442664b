import { useEffect, useRef, useState } from 'react';
import { columnMapProblems, describeProblem, headerSignature, type ColumnMap } from '../domain/column-match.ts';
import { FIELDS, type FieldKey } from '../domain/fields.ts';
import { applyColumnMatch, cancelColumnMatch } from '../state/load-data.ts';
import { useAtlas } from '../state/store.ts';
import type { ColumnMatchRequest } from '../workers/protocol.ts';
import './column-match-dialog.css';

/** Values shown per column in the preview. */
const PREVIEW_VALUES = 3;
const NOT_USED = '';

/** Asks which column is which when a CSV's columns name no coordinates; open while a request stands. */
export function ColumnMatchDialog() {
  const request = useAtlas((s) => s.columnMatch);
  if (!request) return null;
  return <MatchDialog key={`${request.file}\u0000${headerSignature(request.headers)}`} request={request} />;
}

function MatchDialog({ request }: { request: ColumnMatchRequest }) {
  const ref = useRef<HTMLDialogElement>(null);
  const [map, setMap] = useState<ColumnMap>(() => ({ ...request.initial }));
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  const problems = columnMapProblems(map);
  const choose = (header: string, value: string): void => setMap((m) => ({ ...m, [header]: value === NOT_USED ? null : (value as FieldKey) }));
  return (
    <dialog
      ref={ref}
      className="match-dialog"
      data-testid="column-match-dialog"
      aria-labelledby="match-title"
      onCancel={(e) => {
        e.preventDefault();
        cancelColumnMatch();
      }}
    >
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          if (problems.length === 0) void applyColumnMatch(map);
        }}
      >
        <h2 id="match-title">
          匹配列 <span className="en">Match the columns</span>
        </h2>
        <p className="match-intro">
          文件 <strong data-testid="column-match-file">{request.file}</strong> 中找不到经度、纬度列。请为各列选择对应的字段（至少经度和纬度）。
          <span className="en">The file names no longitude or latitude column: say which column is which.</span>
        </p>
        <div className="match-scroll">
          <table className="match-table">
            <thead>
              <tr>
                <th scope="col">列 <span className="en">Column</span></th>
                <th scope="col">对应字段 <span className="en">Field</span></th>
                <th scope="col">前几行 <span className="en">First rows</span></th>
              </tr>
            </thead>
            <tbody>
              {request.headers.map((h, k) => (
                <tr key={`${k}-${h}`} data-header={h}>
                  <th scope="row" className="match-header">{h || `（第 ${k + 1} 列）`}</th>
                  <td>
                    <select data-testid="column-select" data-header={h} aria-label={`列“${h}”对应的字段`} value={map[h] ?? NOT_USED} onChange={(e) => choose(h, e.target.value)}>
                      <option value={NOT_USED}>（不使用） Not used</option>
                      {FIELDS.map((f) => (
                        <option key={f.key} value={f.key}>
                          {f.zh} {f.en}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <div className="match-preview">
                      {request.preview.slice(0, PREVIEW_VALUES).map((row, r) => (
                        <span key={r} className="match-value">{row[k] ?? ''}</span>
                      ))}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {problems.length > 0 && (
          <ul className="match-problems" data-testid="column-match-problems">
            {problems.map((p) => (
              <li key={p.code === 'duplicate' ? p.field : p.code}>{describeProblem(p)}</li>
            ))}
          </ul>
        )}
        <p className="match-note">
          对应关系保存在本浏览器中，表头相同的文件以后自动按此读取。
          <span className="en">Remembered in this browser for files with the same headers.</span>
        </p>
        <div className="dialog-actions">
          <button type="button" className="button" data-testid="column-match-cancel" onClick={cancelColumnMatch}>
            取消 <span className="en">Cancel</span>
          </button>
          <button type="submit" className="button primary" data-testid="column-match-load" disabled={problems.length > 0}>
            载入 <span className="en">Load</span>
          </button>
        </div>
      </form>
    </dialog>
  );
}
