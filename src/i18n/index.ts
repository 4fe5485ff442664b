/**
 * Languages: Chinese by default, English by a switch (HeaderBar). Labels live in one catalogue
 * file per feature under ./ns/ (`export default { zh: {...}, en: {...} }`), found by
 * import.meta.glob so that features add their own without touching a shared list; i18next and
 * react-i18next do the lookup, interpolation and re-rendering on a switch.
 *
 * Messages from src/domain, src/io and src/state are codes with parameters (src/domain/messages/),
 * rendered by messageText() in the language in force (issueText() for a report entry); a notice
 * holds a message or a label of the page's own (a Saying), rendered by sayText() when shown.
 */
import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { messageText, type Message } from '../domain/messages/render.ts';

export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'zh';

export const isLang = (v: unknown): v is Lang => v === 'zh' || v === 'en';

/** A catalogue file: the same keys in both languages (tests/unit/i18n/catalogues.test.ts checks). */
export interface Catalogue {
  zh: Record<string, unknown>;
  en: Record<string, unknown>;
}

const modules = import.meta.glob<{ default: Catalogue }>('./ns/*.ts', { eager: true });

/** Namespace name → catalogue, e.g. 'common' from ./ns/common.ts. */
export const CATALOGUES: Readonly<Record<string, Catalogue>> = Object.fromEntries(
  Object.entries(modules).map(([path, m]) => [path.replace(/^.*\/([^/]+)\.ts$/, '$1'), m.default]),
);

const resources = Object.fromEntries(
  LANGS.map((lang) => [lang, Object.fromEntries(Object.entries(CATALOGUES).map(([ns, c]) => [ns, c[lang]]))]),
);

void i18next.use(initReactI18next).init({
  resources,
  lng: DEFAULT_LANG,
  fallbackLng: DEFAULT_LANG,
  defaultNS: 'common',
  ns: Object.keys(CATALOGUES),
  interpolation: { escapeValue: false }, // React escapes; nothing is ever set as HTML.
  returnNull: false,
  initAsync: false,
});

export { i18next };

/** The language in force. */
export const currentLang = (): Lang => (isLang(i18next.language) ? i18next.language : DEFAULT_LANG);

/** Switch every label; components using useT() re-render. */
export function applyLang(lang: Lang): void {
  if (i18next.language !== lang) void i18next.changeLanguage(lang);
  if (typeof document === 'undefined') return;
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  // As index.html writes it in Chinese.
  document.title = `${i18next.t('common:appTitle', { lng: lang })} · ${i18next.t('common:appSubtitle', { lng: lang })}`;
}

/**
 * Labels of one namespace (or several, the first being the default) and the language in force.
 * @example const { t, lang } = useT('meeting'); t('title')
 */
export function useT(ns: string | string[] = 'common') {
  const { t, i18n } = useTranslation(ns);
  const lang: Lang = isLang(i18n.language) ? i18n.language : DEFAULT_LANG;
  return { t, lang };
}

/**
 * A label of the page's own catalogues (a key of ./ns/ with its values), kept as such so that it
 * is rendered in the language in force when shown: what the ui layer puts in a notice.
 * @example { key: 'brief:failed', values: { message: 'out of memory' } }
 */
export interface Label {
  readonly key: string;
  readonly values?: Readonly<Record<string, string | number>>;
}

/** What a notice says: a message of the domain's catalogue (state's notices) or a label (the ui's). */
export type Saying = Message | Label;

/**
 * A saying's text in a language.
 * @example sayText({ key: 'table:exportFailed', values: { message: 'x' } }, 'en') // 'export failed: x'
 */
export function sayText(s: Saying, lang: Lang): string {
  return 'code' in s ? messageText(s, lang) : i18next.t(s.key, { ...s.values, lng: lang });
}

/**
 * What a report entry says in a language: its message (a code and parameters, rendered by the
 * domain's one messageText), or, for an entry made from a plain reason (a browser's own words for
 * a file it could not fetch), that reason as it is.
 */
export function issueText(issue: { reason: string; message?: Message }, lang: Lang): string {
  return issue.message ? messageText(issue.message, lang) : issue.reason;
}
