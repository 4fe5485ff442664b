import { useEffect, useRef, useState } from 'react';
import { Trans } from 'react-i18next';
import { columnMapProblems, headerSignature, problemMessage, type ColumnMap } from '../../domain/column-match.ts';
import { messageText } from '../../domain/messages/render.ts';
import { FIELDS, type FieldKey } from '../../domain/fields.ts';
import { useT } from '../../i18n/index.ts';
import { applyColumnMatch, cancelColumnMatch } from '../../state/load/load-data.ts';
import { useAtlas } from '../../state/store.ts';
import type { ColumnMatchRequest } from '../../workers/protocol.ts';
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

/** The dialog for one request: a field chosen for each column, the problems, cancel or load. */
function MatchDialog({ request }: { request: ColumnMatchRequest }) {
  const ref = useRef<HTMLDialogElement>(null);
  const [map, setMap] = useState<ColumnMap>(() => ({ ...request.initial }));
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  const problems = columnMapProblems(map);
  const { t, lang } = useT('columns');
  const choose = (header: string, value: string): void =>
    setMap((m) => ({ ...m, [header]: value === NOT_USED ? null : (value as FieldKey) }));
  return (
    <dialog
      ref={ref}
      className="modal-dialog match-dialog"
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
        <h2 id="match-title">{t('title')}</h2>
        <p className="match-intro">
          <Trans
            ns="columns"
            i18nKey="intro"
            values={{ file: request.file }}
            components={{ file: <strong data-testid="column-match-file" /> }}
          />
        </p>
        <MatchTable request={request} map={map} onChoose={choose} />
        {problems.length > 0 && (
          <ul className="match-problems" data-testid="column-match-problems">
            {problems.map((p) => (
              <li key={p.code === 'duplicate' ? p.field : p.code}>{messageText(problemMessage(p), lang)}</li>
            ))}
          </ul>
        )}
        <p className="match-note">{t('note')}</p>
        <div className="dialog-actions">
          <button type="button" className="button" data-testid="column-match-cancel" onClick={cancelColumnMatch}>
            {t('cancel')}
          </button>
          <button
            type="submit"
            className="button primary"
            data-testid="column-match-load"
            disabled={problems.length > 0}
          >
            {t('load')}
          </button>
        </div>
      </form>
    </dialog>
  );
}

/** The file's columns, one row each: its header, the field chosen for it, its first values. */
function MatchTable(props: {
  request: ColumnMatchRequest;
  map: ColumnMap;
  onChoose: (header: string, value: string) => void;
}) {
  const { request, map, onChoose } = props;
  const { t } = useT('columns');
  return (
    <div className="match-scroll">
      <table className="match-table">
        <thead>
          <tr>
            <th scope="col">{t('column')}</th>
            <th scope="col">{t('field')}</th>
            <th scope="col">{t('firstRows')}</th>
          </tr>
        </thead>
        <tbody>
          {request.headers.map((h, k) => (
            <MatchRow
              key={`${k}-${h}`}
              header={h}
              index={k}
              value={map[h] ?? null}
              preview={request.preview}
              onChoose={(v) => onChoose(h, v)}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** One column of the file: its header, the field chosen for it, its first values. */
function MatchRow(props: {
  header: string;
  index: number;
  value: FieldKey | null;
  preview: ColumnMatchRequest['preview'];
  onChoose: (value: string) => void;
}) {
  const { header: h, index: k, value, preview, onChoose } = props;
  const { t, lang } = useT('columns');
  return (
    <tr data-header={h}>
      <th scope="row" className="match-header">
        {h || t('nthColumn', { n: k + 1 })}
      </th>
      <td>
        <select
          data-testid="column-select"
          data-header={h}
          aria-label={t('fieldOf', { header: h })}
          value={value ?? NOT_USED}
          onChange={(e) => onChoose(e.target.value)}
        >
          <option value={NOT_USED}>{t('notUsed')}</option>
          {FIELDS.map((f) => (
            <option key={f.key} value={f.key}>
              {f[lang]}
            </option>
          ))}
        </select>
      </td>
      <td>
        <div className="match-preview">
          {preview.slice(0, PREVIEW_VALUES).map((row, r) => (
            <span key={r} className="match-value">
              {row[k] ?? ''}
            </span>
          ))}
        </div>
      </td>
    </tr>
  );
}
