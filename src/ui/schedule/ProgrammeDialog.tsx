import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import type { RowIssue } from '../../domain/import-report.ts';
import { writeProgrammeJson } from '../../domain/programme-csv.ts';
import { TARGET_KEYS, type Programme } from '../../domain/programme.ts';
import { STAGE_LABEL_EN, STAGE_LABEL_ZH, STAGES, type Stage } from '../../domain/vocabulary.ts';
import { pickLang, useT } from '../../i18n/index.ts';
import { readProgrammeFile } from '../../io/read-programme-file.ts';
import { selectProgramme } from '../../state/selectors.ts';
import { useAtlas } from '../../state/store.ts';
import { downloadText } from '../download.ts';
import { fmtArea, fmtInt } from '../format.ts';
import {
  checkDraft,
  draftOf,
  storageKey,
  type ProgrammeDraft,
  type StepDraft,
  type TargetKey,
} from './programme-draft.ts';
import './schedule.css';

const TARGET_LABEL: Record<TargetKey, string> = {
  communities: 'communities',
  buildings: 'buildings',
  households: 'households',
  floorAreaM2: 'floorArea',
};
const STEP_STAGES = STAGES.filter((s) => s !== 'none');
const STORE_PREFIX = 'atlas:programme:';

/** Keep a programme loaded or edited in the page in this browser (per district and year). */
function store(p: Programme | null, district: string, year: number): void {
  try {
    if (p) localStorage.setItem(storageKey(district, year), writeProgrammeJson(p));
    else localStorage.removeItem(storageKey(district, year));
  } catch {
    // Storage full or off: the edit still holds for this page.
  }
}

/**
 * When a dataset arrives, the programmes kept for its district come back in place of the
 * file's (and edits made for another dataset go).
 */
function useKeptProgrammes(): void {
  const dataset = useAtlas((s) => s.dataset);
  useEffect(() => {
    if (!dataset) return;
    const s = useAtlas.getState();
    for (const p of s.programmeEdits) s.resetProgramme(p.year);
    const districts = new Set(dataset.programmes.map((p) => p.district || '-'));
    try {
      for (let k = 0; k < localStorage.length; k++) {
        const key = localStorage.key(k) ?? '';
        const district = key.startsWith(STORE_PREFIX) ? key.slice(STORE_PREFIX.length).replace(/:\d{4}$/, '') : null;
        if (district === null || !districts.has(district)) continue;
        const kept = readProgrammeFile(
          'kept.json',
          new TextEncoder().encode(localStorage.getItem(key) ?? ''),
        ).programme;
        if (kept) s.putProgramme(kept);
      }
    } catch {
      // No storage: nothing kept.
    }
  }, [dataset]);
}

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

/**
 * The chosen year's programme: name, source, targets (and per street office), dated steps.
 * Targets and dates can be edited (an invalid input is marked and nothing is saved); a programme
 * file can be loaded, the file's programme restored, the programme downloaded as JSON.
 */
function ProgrammeDialog({ onClose }: { onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const { t, lang } = useT(['schedule', 'common']);
  const year = useAtlas((s) => s.year);
  const programme = useAtlas(selectProgramme);
  const edited = useAtlas((s) => s.programmeEdits.some((p) => p.year === s.year));
  const district = useAtlas((s) => s.dataset?.programmes[0]?.district ?? '');
  const [version, setVersion] = useState(0);
  const [message, setMessage] = useState('');
  const [issues, setIssues] = useState<{ file: string; list: RowIssue[] } | null>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

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
    after(
      `${t('programme.loaded', { file: file.name })}${kept.year !== year ? ` · ${t('programme.wrongYear', { year: kept.year })}` : ''}`,
    );
  };

  return (
    <dialog
      ref={ref}
      className="modal-dialog programme-dialog"
      data-testid="programme-dialog"
      aria-labelledby="programme-title"
      onCancel={onClose}
      onClose={onClose}
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
        {issues && (
          <div className="programme-issues" data-testid="programme-issues" role="alert">
            <strong>{t('programme.problems', { file: issues.file })}</strong>
            <ul>
              {issues.list.map((i, k) => (
                <li key={k} data-line={i.line}>
                  {i.line > 0 && `${t('programme.line', { line: i.line })}：`}
                  {pickLang(i.reason, lang)}
                </li>
              ))}
            </ul>
          </div>
        )}
        <div className="programme-actions">
          <label className="button small programme-load" title={t('programme.loadTitle')}>
            {t('programme.load')}
            <input
              type="file"
              accept=".json,.csv,.txt,application/json,text/csv"
              data-testid="programme-file"
              onChange={(e) => void load(e)}
            />
          </label>
          <button
            type="button"
            className="button small"
            data-testid="programme-reset"
            disabled={!edited || year === null}
            onClick={() => {
              if (year === null) return;
              useAtlas.getState().resetProgramme(year);
              store(null, programme?.district || district, year);
              after('');
            }}
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
      </div>
    </dialog>
  );
}

function ProgrammeForm({
  year,
  programme,
  edited,
  onSaved,
}: {
  year: number;
  programme: Programme | null;
  edited: boolean;
  onSaved: (p: Programme) => void;
}) {
  const { t, lang } = useT(['schedule', 'common']);
  const [draft, setDraft] = useState<ProgrammeDraft>(() => draftOf(programme, lang));
  const [tried, setTried] = useState(false);
  const checked = checkDraft(draft, programme, year, lang);
  const problem = (key: string) => checked.problems[key];
  const setStep = (i: number, patch: Partial<StepDraft>) =>
    setDraft((d) => ({ ...d, steps: d.steps.map((s, k) => (k === i ? { ...s, ...patch } : s)) }));
  const stageLabel = (s: Stage) => (lang === 'zh' ? STAGE_LABEL_ZH : STAGE_LABEL_EN)[s];
  const byStreet = Object.entries(programme?.targets.byStreet ?? {});
  return (
    <form
      className="programme-form"
      data-testid="programme-form"
      data-valid={checked.programme !== null}
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (checked.programme) onSaved(checked.programme);
      }}
    >
      {!programme && <p>{t('programme.none', { year })}</p>}
      {edited && (
        <p className="programme-edited" data-testid="programme-edited">
          {t('programme.edited')}
        </p>
      )}
      <div className="programme-grid">
        <label>
          {t('programme.name')}
          <input
            data-testid="programme-name"
            value={draft.name}
            onChange={(e) => setDraft({ ...draft, name: e.target.value })}
          />
        </label>
        <label>
          {t('programme.source')}
          <input
            data-testid="programme-source"
            value={draft.source}
            onChange={(e) => setDraft({ ...draft, source: e.target.value })}
          />
        </label>
      </div>
      <fieldset className="programme-targets">
        <legend>{t('programme.targets')}</legend>
        {TARGET_KEYS.map((k) => (
          <label key={k}>
            {t(`programme.${TARGET_LABEL[k]}`)}
            <input
              data-testid={`programme-target-${k}`}
              inputMode="decimal"
              value={draft.targets[k]}
              aria-invalid={problem(`target.${k}`) ? true : undefined}
              onChange={(e) => setDraft({ ...draft, targets: { ...draft.targets, [k]: e.target.value } })}
            />
            {problem(`target.${k}`) && <span className="field-error">{t(`programme.${problem(`target.${k}`)}`)}</span>}
          </label>
        ))}
      </fieldset>
      {byStreet.length > 0 && (
        <div className="programme-streets" data-testid="programme-by-street">
          <strong>{t('programme.byStreet')}</strong>
          <ul>
            {byStreet.map(([street, f]) => (
              <li key={street}>
                {street}：
                {[
                  f.communities !== undefined && `${t('programme.communities')} ${fmtInt(f.communities)}`,
                  f.buildings !== undefined && `${t('programme.buildings')} ${fmtInt(f.buildings)}`,
                  f.households !== undefined && `${t('programme.households')} ${fmtInt(f.households)}`,
                  f.floorAreaM2 !== undefined && fmtArea(f.floorAreaM2, lang),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </li>
            ))}
          </ul>
        </div>
      )}
      <table className="programme-steps" data-testid="programme-steps">
        <caption>{t('programme.steps')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('programme.stepName')}</th>
            <th scope="col">{t('programme.stage')}</th>
            <th scope="col">{t('programme.start')}</th>
            <th scope="col">{t('programme.end')}</th>
            <th scope="col" aria-label={t('programme.removeStep')} />
          </tr>
        </thead>
        <tbody>
          {draft.steps.map((s, i) => (
            <tr key={i} data-testid={`programme-step-${i}`}>
              <td>
                <input
                  value={s.name}
                  data-testid={`programme-step-${i}-name`}
                  onChange={(e) => setStep(i, { name: e.target.value })}
                />
              </td>
              <td>
                <select
                  value={s.stage}
                  data-testid={`programme-step-${i}-stage`}
                  onChange={(e) => setStep(i, { stage: e.target.value as Stage })}
                >
                  {STEP_STAGES.map((st) => (
                    <option key={st} value={st}>
                      {stageLabel(st)}
                    </option>
                  ))}
                </select>
              </td>
              {(['start', 'end'] as const).map((f) => (
                <td key={f}>
                  <input
                    type="date"
                    value={s[f]}
                    data-testid={`programme-step-${i}-${f}`}
                    aria-invalid={problem(`step.${i}.${f}`) ? true : undefined}
                    onChange={(e) => setStep(i, { [f]: e.target.value })}
                  />
                  {problem(`step.${i}.${f}`) && (
                    <span className="field-error">{t(`programme.${problem(`step.${i}.${f}`)}`)}</span>
                  )}
                </td>
              ))}
              <td>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => setDraft({ ...draft, steps: draft.steps.filter((_, k) => k !== i) })}
                >
                  {t('programme.removeStep')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="programme-form-actions">
        <button
          type="button"
          className="button small"
          onClick={() =>
            setDraft({
              ...draft,
              steps: [...draft.steps, { key: '', name: '', stage: 'construction', start: '', end: '' }],
            })
          }
        >
          {t('programme.addStep')}
        </button>
        <button type="submit" className="button small primary-action" data-testid="programme-save">
          {t('programme.save')}
        </button>
        {tried && !checked.programme && (
          <span className="field-error" data-testid="programme-fix-first">
            {t('programme.fixFirst')}
          </span>
        )}
      </div>
    </form>
  );
}
