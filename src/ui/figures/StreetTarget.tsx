import { streetTargets } from '../../domain/programme.ts';
import { useT } from '../../i18n/index.ts';
import { selectProgramme } from '../../state/selectors/figure-selectors.ts';
import { useAtlas } from '../../state/store.ts';
import { fmtArea, fmtInt } from '../format.ts';

/**
 * A street office's own target from the chosen year's programme (targets.byStreet), written
 * small under its name in the summary table; every figure in the tooltip. Nothing when the
 * programme does not split its targets by street office.
 */
export function StreetTarget({ street }: { street: string }) {
  const { t, lang } = useT('schedule');
  const targets = useAtlas((s) => selectProgramme(s)?.targets);
  const f = targets ? streetTargets(targets, street) : null;
  if (!f) return null;
  const parts = [
    f.households !== undefined && `${t('programme.households')} ${fmtInt(f.households)}`,
    f.buildings !== undefined && `${t('programme.buildings')} ${fmtInt(f.buildings)}`,
    f.communities !== undefined && `${t('programme.communities')} ${fmtInt(f.communities)}`,
    f.floorAreaM2 !== undefined && fmtArea(f.floorAreaM2, lang),
  ].filter((p): p is string => typeof p === 'string');
  if (parts.length === 0) return null;
  return (
    <span
      className="street-target"
      data-testid="street-target"
      data-households={f.households}
      title={t('programme.target', { value: parts.join(' · ') })}
    >
      {t('programme.target', { value: parts[0] })}
    </span>
  );
}
