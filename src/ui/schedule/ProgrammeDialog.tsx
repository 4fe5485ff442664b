import { useState, type ChangeEvent } from 'react';
import type { RowIssue } from '../../domain/import-report.ts';
import { writeProgrammeJson } from '../../domain/programme-csv.ts';
import { issueText, useT } from '../../i18n/index.ts';
import { readProgrammeFile } from '../../io/read-programme-file.ts';
import { selectProgramme } from '../../state/selectors/figure-selectors.ts';
import { selectStreetNames } from '../../state/selectors/street-selectors.ts';
import { useAtlas } from '../../state/store.ts';
import { downloadText } from '../download.ts';
import { store, useKeptProgrammes } from './kept-programmes.ts';
import { ProgrammeForm } from './ProgrammeForm.tsx';
import { useModalDialog } from '../use-modal-dialog.ts';
import './schedule.css';

/** The 年度计划 button (at the end of the as-of strip) and, when open, the dialog. */
export function ProgrammeButton() {
  const { t } = useT('schedule');
  const [open, setOpen] = useState(false);
  const hasData = useAtlas((s) => s.dataset !== null);
  useKeptProgrammes();
  return (
    <>
      <button
        type="button"
        className="button small programme-button"
        data-testid="programme-button"
        title={t('programme.buttonTitle')}
        disabled={!hasData}
        onClick={() => setOpen(true)}
      >
        {t('programme.button')}
      </button>
      {open && <ProgrammeDialog onClose={() => setOpen(false)} />}
    </>
  );
}

/** A programme file's problems, as the dialog lists them. */
type Issues = { file: string; list: RowIssue[] } | null;

/**
 * The dialog's outcome line, its file problems, and the form's version (a new version remakes
 * the form from the store after a save, a load or a reset); `load` reads a programme file.
 */
function useProgrammeOutcome(year: number | null, district: string) {
  const { t } = useT(['schedule', 'common']);
  const [version, setVersion] = useState(0);
  const [message, setMessage] = useState('');
  const [issues, setIssues] = useState<Issues>(null);
  const after = (text: string): void => {
    setMessage(text);
    setVersion((v) => v + 1);
  };
  const load = async (e: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    const read = readProgrammeFile(file.name, new Uint8Array(await file.arrayBuffer()));
    setIssues(read.issues.length > 0 ? { file: file.name, list: read.issues } : null);
    const p = read.programme;
    if (!p) return setMessage('');
    const s = useAtlas.getState();
    const kept = { ...p, district: p.district || district };
    s.putProgramme(kept);
    store(kept, kept.district, kept.year);
    if (kept.year !== s.year) s.setYear(kept.year);
    const wrongYear = kept.year !== year ? ` · ${t('programme.wrongYear', { year: kept.year })}` : '';
    after(`${t('programme.loaded', { file: file.name })}${wrongYear}`);
  };
  return { version, message, issues, after, load };
}

/**
 * The chosen year's programme: name, source, targets (and per street office), dated steps.
 * Targets and dates can be edited (an invalid input is marked and nothing is saved); a programme
 * file can be loaded, the file's programme restored, the programme downloaded as JSON.
 */
function ProgrammeDialog({ onClose }: { onClose: () => void }) {
  const { ref, onClose: closed } = useModalDialog(onClose);
  const { t, lang } = useT(['schedule', 'common']);
  const year = useAtlas((s) => s.year);
  const programme = useAtlas(selectProgramme);
  const edited = useAtlas((s) => s.programmeEdits.some((p) => p.year === s.year));
  const district = useAtlas((s) => s.dataset?.programmes[0]?.district ?? '');
  const streets = useAtlas(selectStreetNames);
  const { version, message, issues, after, load } = useProgrammeOutcome(year, district);
  return (
    <dialog
      ref={ref}
      className="modal-dialog programme-dialog"
      data-testid="programme-dialog"
      aria-labelledby="programme-title"
      onCancel={onClose}
      onClose={closed}
    >
      <div className="programme-body">
        <h2 id="programme-title">{year === null ? t('programme.button') : t('programme.title', { year })}</h2>
        {year === null ? (
          <p>{t('programme.noYear')}</p>
        ) : (
          <ProgrammeForm
            key={`${year}:${lang}:${version}`}
            year={year}
            programme={programme}
            streets={streets}
            edited={edited}
            onSaved={(p) => {
              useAtlas.getState().putProgramme(p);
              store(p, p.district || district, p.year);
              after(t('programme.saved'));
            }}
          />
        )}
        {message && (
          <p className="programme-message" data-testid="programme-message" role="status">
            {message}
          </p>
        )}
        {issues && <ProgrammeIssues issues={issues} />}
        <ProgrammeActions
          onLoad={load}
          onReset={
            edited && year !== null
              ? () => {
                  useAtlas.getState().resetProgramme(year);
                  store(null, programme?.district || district, year);
                  after('');
                }
              : null
          }
          onClose={onClose}
        />
      </div>
    </dialog>
  );
}

/** The problems found in a programme file, line by line. */
function ProgrammeIssues({ issues }: { issues: NonNullable<Issues> }) {
  const { t, lang } = useT(['schedule', 'common']);
  return (
    <div className="programme-issues" data-testid="programme-issues" role="alert">
      <strong>{t('programme.problems', { file: issues.file })}</strong>
      <ul>
        {issues.list.map((i, k) => (
          <li key={k} data-line={i.line}>
            {i.line > 0 && `${t('programme.line', { line: i.line })}：`}
            {issueText(i, lang)}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Load a file, restore the file's programme (null: nothing edited), download, close. */
function ProgrammeActions({
  onLoad,
  onReset,
  onClose,
}: {
  onLoad: (e: ChangeEvent<HTMLInputElement>) => Promise<void>;
  onReset: (() => void) | null;
  onClose: () => void;
}) {
  const { t } = useT(['schedule', 'common']);
  const programme = useAtlas(selectProgramme);
  return (
    <div className="programme-actions">
      <label className="button small programme-load" title={t('programme.loadTitle')}>
        {t('programme.load')}
        <input
          type="file"
          accept=".json,.csv,.txt,application/json,text/csv"
          data-testid="programme-file"
          onChange={(e) => void onLoad(e)}
        />
      </label>
      <button
        type="button"
        className="button small"
        data-testid="programme-reset"
        disabled={!onReset}
        onClick={() => onReset?.()}
      >
        {t('programme.reset')}
      </button>
      <button
        type="button"
        className="button small"
        data-testid="programme-download"
        disabled={!programme}
        onClick={() =>
          programme &&
          downloadText(
            writeProgrammeJson(programme),
            `改造计划-${programme.year}.json`,
            'application/json;charset=utf-8',
          )
        }
      >
        {t('programme.download')}
      </button>
      <button type="button" className="button small" data-testid="programme-close" onClick={onClose}>
        {t('programme.close')}
      </button>
    </div>
  );
}
