/**
 * What a message is made of: a code that names its template and the values it names. The
 * templates (one file per area, beside this one) write each message once in Chinese and once in
 * English; render.ts turns a message into either language, or into both as the CLI and its JSON
 * give it.
 */

/**
 * A value a message names: a number, a name, another message it quotes, or a list of names and
 * messages (the reasons of several unread files).
 */
export type MessageParam = string | number | Message | readonly (string | Message)[];

/** A message as data: it crosses the worker boundary and goes into the CLI's JSON as it is. */
export interface Message {
  /** The template's code in the catalogue (render.ts), e.g. 'row.missing-coordinates'. */
  readonly code: string;
  readonly params: Readonly<Record<string, MessageParam>>;
}

/** The languages a message is written in. */
export type MessageLang = 'zh' | 'en';

/**
 * One message in each language. `both` is how the CLI prints it (and its JSON `reason` gives it):
 * "中文 (English)" unless written otherwise, for the few whose CLI text has long been another shape.
 * Parameters that are messages themselves reach a template already rendered in its language.
 */
export interface Template<P> {
  zh: (p: P) => string;
  en: (p: P) => string;
  both?: (p: P) => string;
}

/** No parameters. */
export type None = Record<never, never>;

/** A template from its two languages (and, rarely, its own CLI form). */
export const tpl = <P = None>(zh: (p: P) => string, en: (p: P) => string, both?: (p: P) => string): Template<P> =>
  both ? { zh, en, both } : { zh, en };
