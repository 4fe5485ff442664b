/**
 * The one place a message becomes text: messageText() renders a { code, params } message in
 * Chinese, in English (the page, by the language in force) or in both, "中文 (English)", as the
 * CLI prints it and its JSON `reason` gives it. The templates live beside this file, by area.
 */
import { FILE_MESSAGES } from './files.ts';
import { FORMAT_MESSAGES } from './formats.ts';
import { PAGE_MESSAGES } from './page.ts';
import { PARAM_MESSAGES } from './params.ts';
import { PLACE_MESSAGES } from './places.ts';
import { PLAN_MESSAGES } from './plans.ts';
import { ROW_MESSAGES } from './rows.ts';
import type { Message, MessageLang, MessageParam, Template } from './template.ts';

export type { Message, MessageLang, MessageParam } from './template.ts';

const CATALOGUE = {
  ...ROW_MESSAGES,
  ...FILE_MESSAGES,
  ...FORMAT_MESSAGES,
  ...PLACE_MESSAGES,
  ...PLAN_MESSAGES,
  ...PAGE_MESSAGES,
  ...PARAM_MESSAGES,
};

/** Every message code, e.g. 'row.missing-coordinates'. */
export type MessageCode = keyof typeof CATALOGUE;

/** What a parameter its template reads as text (or as a list of texts) may also be: a message. */
type OrMessage<T> = T extends string
  ? string | Message
  : T extends readonly string[]
    ? readonly (string | Message)[]
    : T;

/** Parameters a code takes; a parameter its template reads as text may also be a message. */
export type ParamsOf<C extends MessageCode> = {
  [K in keyof Parameters<(typeof CATALOGUE)[C]['zh']>[0]]: OrMessage<Parameters<(typeof CATALOGUE)[C]['zh']>[0][K]>;
};

/** Codes whose template takes no parameters. */
type Bare = { [C in MessageCode]: keyof ParamsOf<C> extends never ? C : never }[MessageCode];

/** Every code, for the tests that render each one. */
export const MESSAGE_CODES = Object.keys(CATALOGUE) as MessageCode[];

/**
 * A message from its code and parameters.
 * @example message('row.extra-cells', { n: 2 }) // { code: 'row.extra-cells', params: { n: 2 } }
 */
export function message<C extends Bare>(code: C): Message;
export function message<C extends MessageCode>(code: C, params: ParamsOf<C>): Message;
export function message(code: MessageCode, params: Record<string, MessageParam> = {}): Message {
  return { code, params };
}

/** A message and its text in both languages: what a report entry carries (`...said(...)`). */
export interface Said {
  message: Message;
  /** "中文 (English)", as the CLI prints it and its JSON gives it. */
  reason: string;
}

/**
 * A message with its text in both languages, to spread into a report entry.
 * @example said('csv.skipped-row', { code: 'totals-row' }).reason // '合计行 (totals row)'
 */
export function said<C extends Bare>(code: C): Said;
export function said<C extends MessageCode>(code: C, params: ParamsOf<C>): Said;
export function said(code: MessageCode, params: Record<string, MessageParam> = {}): Said {
  const m: Message = { code, params };
  return { message: m, reason: messageText(m, 'both') };
}

/**
 * A message's text in one language, or 'both' ("中文 (English)" as the CLI prints it). A code not
 * in the catalogue (a report from a newer build) comes back as the code itself.
 * @example messageText(message('row.lng-out-of-range', { lng: 200 }), 'zh') // '经度 200 超出 -180…180'
 */
export function messageText(m: Message, lang: MessageLang | 'both'): string {
  const t = (CATALOGUE as unknown as Record<string, Template<Record<string, unknown>>>)[m.code];
  if (!t) return m.code;
  const text = (v: string | Message): string => (isMessage(v) ? messageText(v, lang) : v);
  const p = Object.fromEntries(
    Object.entries(m.params).map(([k, v]) => [k, Array.isArray(v) ? v.map(text) : isMessage(v) ? text(v) : v]),
  );
  if (lang !== 'both') return t[lang](p);
  return t.both ? t.both(p) : `${t.zh(p)} (${t.en(p)})`;
}

function isMessage(v: MessageParam): v is Message {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && 'code' in v;
}

/**
 * A failure that says why as a message: thrown where the reason reaches the user (a file that
 * could not be fetched, the import worker that would not start), so that the page renders it in
 * the language in force. Its `message` is the text in both languages, for a console or a log.
 * @example throw new SaidError(message('fetch.web-page'))
 */
export class SaidError extends Error {
  constructor(readonly said: Message) {
    super(messageText(said, 'both'));
    this.name = 'SaidError';
  }
}
