import { TARGET_KEYS } from '../../domain/programme.ts';
import { useT } from '../../i18n/index.ts';
import type { ProgrammeDraft, StreetTargetDraft, TargetKey } from './programme-draft.ts';

/** The column headings' keys in the `schedule` catalogue's `programme` group. */
const LABEL: Record<TargetKey, string> = {
  communities: 'communities',
  buildings: 'buildings',
  households: 'households',
  floorAreaM2: 'floorArea',
};

/**
 * Each street office's own targets (targets.byStreet), a row per office and a box per figure,
 * as a district splits the year's task among its offices. Empty boxes: no target of the office's
 * own (meeting mode says so rather than hand it the district's).
 */
export function StreetTargetsTable({
  draft,
  problem,
  onChange,
}: {
  draft: ProgrammeDraft;
  problem: (key: string) => string | undefined;
  onChange: (d: ProgrammeDraft) => void;
}) {
  const { t } = useT(['schedule', 'common']);
  if (draft.streets.length === 0) return null;
  const setRow = (i: number, row: StreetTargetDraft) =>
    onChange({ ...draft, streets: draft.streets.map((r, k) => (k === i ? row : r)) });
  return (
    <table className="programme-steps programme-streets" data-testid="programme-by-street">
      <caption>
        {t('programme.byStreet')}
        <span className="programme-hint">{t('programme.byStreetHint')}</span>
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('programme.street')}</th>
          {TARGET_KEYS.map((k) => (
            <th key={k} scope="col">
              {t(`programme.${LABEL[k]}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {draft.streets.map((row, i) => (
          <tr key={row.name} data-testid="programme-street-row" data-street={row.name}>
            <th scope="row">{row.name}</th>
            {TARGET_KEYS.map((k) => {
              const bad = problem(`street.${i}.${k}`);
              return (
                <td key={k}>
                  <input
                    data-testid={`programme-street-${k}`}
                    inputMode="decimal"
                    aria-label={`${row.name} ${t(`programme.${LABEL[k]}`)}`}
                    value={row.targets[k]}
                    aria-invalid={bad ? true : undefined}
                    onChange={(e) => setRow(i, { ...row, targets: { ...row.targets, [k]: e.target.value } })}
                  />
                  {bad && <span className="field-error">{t(`programme.${bad}`)}</span>}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
