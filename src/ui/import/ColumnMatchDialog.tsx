import { useEffect, useMemo, useRef, useState } from 'react';
import { Trans } from 'react-i18next';
import {
  autoColumnMap,
  columnMapProblems,
  headerSignature,
  problemMessage,
  type ColumnMap,
} from '../../domain/column-match.ts';
import { findTableLayout, rowText } from '../../domain/table-layout.ts';
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

/** The columns as read with the header on `line`: the request's own, or found again from the file's first rows. */
function columnsAt(request: ColumnMatchRequest, line: number): Pick<ColumnMatchRequest, 'headers' | 'preview'> {
  if (line === request.headerLine || request.head.length === 0) return request;
  const layout = findTableLayout(request.head, 1, line);
  const preview = request.head.slice(layout.dataIndex).filter((r) => r.some((c) => c.trim() !== ''));
  return { headers: layout.headers, preview };
}

/**
 * The dialog for one request: the header row (found, or picked among the first rows), a field
 * chosen for each column, the problems, cancel or load.
 */
function MatchDialog({ request }: { request: ColumnMatchRequest }) {
  const ref = useRef<HTMLDialogElement>(null);
  const [line, setLine] = useState(request.headerLine);
  const columns = useMemo(() => columnsAt(request, line), [request, line]);
  const [map, setMap] = useState<ColumnMap>(() => ({ ...request.initial }));
  const pickLine = (next: number): void => {
    setLine(next);
    setMap(next === request.headerLine ? { ...request.initial } : autoColumnMap(columnsAt(request, next).headers));
  };
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
          if (problems.length === 0) void applyColumnMatch(map, { headers: columns.headers, line });
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
        <HeaderLinePicker request={request} line={line} onPick={pickLine} />
        <MatchTable columns={columns} map={map} onChoose={choose} />
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

/** Characters of a row shown in the header-row choice. */
const ROW_CHARS = 60;

/** Which row holds the header: the one found is chosen; any of the file's first rows can be. */
function HeaderLinePicker(props: { request: ColumnMatchRequest; line: number; onPick: (line: number) => void }) {
  const { request, line, onPick } = props;
  const { t } = useT('columns');
  if (request.head.length === 0) return null;
  return (
    <label className="match-header-line">
      <span>{t('headerLine')}</span>
      <select data-testid="column-match-header-line" value={line} onChange={(e) => onPick(Number(e.target.value))}>
        {request.head.map((row, k) => {
          // A cell merged across the table (written in each of its cells) shown once.
          const text = rowText(row.filter((c, j) => j === 0 || c.trim() !== row[j - 1].trim()));
          return (
            <option key={k} value={k + 1} disabled={text === ''}>
              {t('lineN', { n: k + 1 })}
              {text.length > ROW_CHARS ? `${text.slice(0, ROW_CHARS)}…` : text}
            </option>
          );
        })}
      </select>
    </label>
  );
}

/** The file's columns, one row each: its header, the field chosen for it, its first values. */
function MatchTable(props: {
  columns: Pick<ColumnMatchRequest, 'headers' | 'preview'>;
  map: ColumnMap;
  onChoose: (header: string, value: string) => void;
}) {
  const { columns: request, map, onChoose } = props;
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
