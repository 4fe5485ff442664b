import { useT } from '../../i18n/index.ts';
import { COLOUR_MODE_LABELS, COLOUR_MODES } from '../../domain/colour-classes.ts';
import { useAtlas } from '../../state/store.ts';

/** What the buildings are coloured by: 建成年代 / 安全等级 / 改造类型 / 改造进度. */
export function ColourPicker() {
  const mode = useAtlas((s) => s.colourBy);
  const setMode = useAtlas((s) => s.setColourBy);
  const { t, lang } = useT('legend');
  return (
    <div
      className="colour-picker"
      role="group"
      aria-label={t('colourBy')}
      data-testid="colour-picker"
      data-value={mode}
    >
      <span className="picker-label">{t('colourBy')}</span>
      <span className="segmented">
        {COLOUR_MODES.map((m) => (
          <button
            key={m}
            type="button"
            data-mode={m}
            aria-pressed={m === mode}
            title={COLOUR_MODE_LABELS[m][lang]}
            onClick={() => setMode(m)}
          >
            {t(`mode.${m}`, { defaultValue: COLOUR_MODE_LABELS[m][lang] })}
          </button>
        ))}
      </span>
    </div>
  );
}
