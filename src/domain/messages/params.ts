/**
 * Messages about the page's address: a link parameter left out because its value cannot be read
 * (state/url-params.ts), or because the data on screen does not have what it asks for
 * (state/view-sync.ts). Shown as notices, never a blank page.
 */
import { tpl } from './template.ts';

/** A parameter whose value cannot be read, and why, in each language. */
const ignored = (zhWhy: string, enWhy: string) =>
  tpl<{ param: string; value: string }>(
    (p) => `链接参数 ${p.param}=${p.value} ${zhWhy}，已忽略。`,
    (p) => `Link parameter ${p.param}=${p.value} ${enWhy}: ignored.`,
  );

export const PARAM_MESSAGES = {
  /** `words`: those not among `allowed`, as written. */
  'param.unknown-values': tpl<{ param: string; words: readonly string[]; allowed: readonly string[] }>(
    (p) =>
      `链接参数 ${p.param}=${p.words.join(',')} 中的“${p.words.join('、')}”无法识别` +
      `（可用：${p.allowed.join(', ')}），已忽略。`,
    (p) => `Link parameter ${p.param}=${p.words.join(',')} has unknown values (use ${p.allowed.join(', ')}): ignored.`,
  ),
  'param.not-bool': ignored('应为 1 或 0', 'should be 1 or 0'),
  'param.not-year': ignored('不是四位年份', 'is not a four-digit year'),
  'param.not-year-range': ignored('不是年份范围（如 1980-1999）', 'is not a year range (e.g. 1980-1999)'),
  'param.not-share': ignored('应为 0 到 1 之间的比例（如 0.2）', 'should be a share from 0 to 1 (e.g. 0.2)'),
  'param.not-date': ignored(
    '不是日期（应为 YYYY-MM-DD，如 2023-05-10）',
    'is not a date (use YYYY-MM-DD, e.g. 2023-05-10)',
  ),
  'param.not-lang': ignored('应为 zh 或 en', 'should be zh or en'),
  'param.no-shequ': tpl<{ shequ: string }>(
    (p) => `数据中没有社区“${p.shequ}”，已忽略该筛选。`,
    (p) => `No residents' committee "${p.shequ}" in the data: filter ignored.`,
  ),
  'param.no-community': tpl<{ community: string }>(
    (p) => `数据中没有小区“${p.community}”，已忽略该筛选。`,
    (p) => `No community "${p.community}" in the data: filter ignored.`,
  ),
  'param.no-year': tpl<{ year: number }>(
    (p) => `数据中没有${p.year}年度的计划，显示默认年度。`,
    (p) => `No ${p.year} programme in the data: showing the default year.`,
  ),
};
