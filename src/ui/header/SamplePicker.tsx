import { useT } from '../../i18n/index.ts';
import { backToSample } from '../../state/load/load-data.ts';
import { SAMPLE_KEYS, isSampleKey } from '../../state/load/sample-files.ts';
import { useAtlas } from '../../state/store.ts';

/**
 * Which bundled sample district is on screen (薛城区 or 梨树区), at the start of the status line;
 * choosing one loads it, and this browser stops reopening the user's own files kept from their
 * last load. (With the user's own files loaded, the file loader offers the sample.)
 */
export function SamplePicker() {
  const source = useAtlas((s) => s.source);
  const loading = useAtlas((s) => s.loading !== null);
  const { t } = useT('samples');
  const value = source?.kind === 'sample' ? source.sample : '';
  return (
    <label className="sample-picker" title={t('title')}>
      <select
        data-testid="sample-picker"
        aria-label={t('label')}
        value={value}
        disabled={loading}
        onChange={(e) => {
          if (isSampleKey(e.target.value)) void backToSample(e.target.value);
        }}
      >
        {value === '' && <option value="">{t('yourFiles')}</option>}
        {SAMPLE_KEYS.map((k) => (
          <option key={k} value={k}>
            {t(`option.${k}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
