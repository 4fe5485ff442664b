import { useMemo } from 'react';
import { crsLabel } from '../../domain/crs.ts';
import { useT } from '../../i18n/index.ts';
import { crsGroups } from './crs-choice.ts';

/**
 * The options of a coordinate-system select, grouped (longitude/latitude, then Gauss-Krüger 3° and
 * 6°, with and without the zone prefix) and named in the page's language: the import report's
 * 坐标系 choice and the export menu's use the same list.
 */
export function CrsOptions() {
  const { t, lang } = useT('report');
  const groups = useMemo(() => crsGroups(), []);
  return (
    <>
      {groups.map((g) => (
        <optgroup key={g.key} label={t(`crs.group.${g.key}`)}>
          {g.keys.map((k) => (
            <option key={k} value={k}>
              {crsLabel(k, lang)}
            </option>
          ))}
        </optgroup>
      ))}
    </>
  );
}
