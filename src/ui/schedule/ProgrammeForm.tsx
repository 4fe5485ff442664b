import { useState } from 'react';
import { TARGET_KEYS, type Programme } from '../../domain/programme.ts';
import { STAGE_LABEL_EN, STAGE_LABEL_ZH, STAGES, type Stage } from '../../domain/vocabulary.ts';
import { useT } from '../../i18n/index.ts';
import { DateField } from './DateField.tsx';
import { checkDraft, draftOf, type ProgrammeDraft, type StepDraft, type TargetKey } from './programme-draft.ts';
import { StreetTargetsTable } from './StreetTargetsTable.tsx';

const TARGET_LABEL: Record<TargetKey, string> = {
  communities: 'communities',
  buildings: 'buildings',
  households: 'households',
  floorAreaM2: 'floorArea',
};
const STEP_STAGES = STAGES.filter((s) => s !== 'none');

/** The form of the programme dialog: name, source, targets, each street office's targets, steps. */
export function ProgrammeForm({
  year,
  programme,
  streets,
  edited,
  onSaved,
}: {
  year: number;
  programme: Programme | null;
  /** The data's street offices, a row of targets each. */
  streets: readonly string[];
  edited: boolean;
  onSaved: (p: Programme) => void;
}) {
  const { t, lang } = useT(['schedule', 'common']);
  const [draft, setDraft] = useState<ProgrammeDraft>(() => draftOf(programme, lang, streets));
  const [tried, setTried] = useState(false);
  const checked = checkDraft(draft, programme, year, lang);
  const problem = (key: string) => checked.problems[key];
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
      <NameFields draft={draft} onChange={setDraft} />
      <TargetFields draft={draft} problem={problem} onChange={setDraft} />
      <StreetTargetsTable draft={draft} problem={problem} onChange={setDraft} />
      <StepsTable draft={draft} problem={problem} onChange={setDraft} />
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

/** A draft's problem for a field key (as checkDraft names them), if any. */
type Problem = (key: string) => string | undefined;
type DraftProps = { draft: ProgrammeDraft; problem: Problem; onChange: (d: ProgrammeDraft) => void };

/** The programme's name and the document it rests on. */
function NameFields({ draft, onChange }: Omit<DraftProps, 'problem'>) {
  const { t } = useT(['schedule', 'common']);
  return (
    <div className="programme-grid">
      <label>
        {t('programme.name')}
        <input
          data-testid="programme-name"
          value={draft.name}
          onChange={(e) => onChange({ ...draft, name: e.target.value })}
        />
      </label>
      <label>
        {t('programme.source')}
        <input
          data-testid="programme-source"
          value={draft.source}
          onChange={(e) => onChange({ ...draft, source: e.target.value })}
        />
      </label>
    </div>
  );
}

/** The year's targets, one box each. */
function TargetFields({ draft, problem, onChange }: DraftProps) {
  const { t } = useT(['schedule', 'common']);
  const setDraft = onChange;
  return (
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
  );
}

/** The dated steps: name, stage, start and end, each removable. */
function StepsTable({ draft, problem, onChange }: DraftProps) {
  const { t, lang } = useT(['schedule', 'common']);
  const setDraft = onChange;
  const setStep = (i: number, patch: Partial<StepDraft>) =>
    setDraft({ ...draft, steps: draft.steps.map((s, k) => (k === i ? { ...s, ...patch } : s)) });
  const stageLabel = (s: Stage) => (lang === 'zh' ? STAGE_LABEL_ZH : STAGE_LABEL_EN)[s];
  return (
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
                <DateField
                  text={s[f]}
                  testId={`programme-step-${i}-${f}`}
                  label={t(`programme.${f}`)}
                  invalid={problem(`step.${i}.${f}`) !== undefined}
                  onText={(v) => setStep(i, { [f]: v })}
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
  );
}
