import { streetTargets } from '../../domain/programme.ts';
import { useT } from '../../i18n/index.ts';
import { selectProgramme } from '../../state/selectors/figure-selectors.ts';
import { useAtlas } from '../../state/store.ts';
import { fmtArea, fmtInt } from '../format.ts';

/** A figure with its unit, as the line under the name writes it: "1,400户", "1,400 households". */
function withUnit(n: number, unit: string, lang: string): string {
  return lang === 'zh' ? `${fmtInt(n)}${unit}` : `${fmtInt(n)} ${unit}`;
}

/**
 * A street office's own target from the chosen year's programme (targets.byStreet), written
 * small under its name in the summary table (its first figure, households where set, with its
 * unit); every figure in the tooltip. Nothing when the programme does not split its targets by
 * street office, nor in the backlog view (whose rows are buildings in no plan).
 */
export function StreetTarget({ street }: { street: string }) {
  const { t, lang } = useT(['schedule', 'common']);
  const targets = useAtlas((s) => selectProgramme(s)?.targets);
  const backlog = useAtlas((s) => s.filter.backlog);
  const f = targets && !backlog ? streetTargets(targets, street) : null;
  if (!f) return null;
  const short = [
    f.households !== undefined && withUnit(f.households, t('common:unit.households'), lang),
    f.buildings !== undefined && withUnit(f.buildings, t('common:unit.buildings'), lang),
    f.communities !== undefined && withUnit(f.communities, t('common:unit.communities'), lang),
    f.floorAreaM2 !== undefined && fmtArea(f.floorAreaM2, lang),
  ].find((p): p is string => typeof p === 'string');
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
      {t('programme.target', { value: short ?? parts[0] })}
    </span>
  );
}
