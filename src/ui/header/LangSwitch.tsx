import { useT } from '../../i18n/index.ts';
import { useAtlas } from '../../state/store.ts';

/** Chinese ⇄ English: the button names the other language; the address keeps `lang=en`. */
export function LangSwitch() {
  const { t, lang } = useT('common');
  const setLang = useAtlas((s) => s.setLang);
  return (
    <button
      type="button"
      className="button lang-switch"
      data-testid="lang-switch"
      data-lang={lang}
      lang={lang === 'zh' ? 'en' : 'zh-CN'}
      aria-label={`${t('langSwitch')} – ${t('langSwitchTitle')}`}
      title={t('langSwitchTitle')}
      onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}
    >
      {t('langSwitch')}
    </button>
  );
}
