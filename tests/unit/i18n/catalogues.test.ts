/**
 * The label catalogues (src/i18n/ns/*.ts): both languages name the same keys, none left empty;
 * and the messages src/domain, src/io and src/state write come in each language on its own.
 */
import { describe, expect, it } from 'vitest';
import { problemMessage } from '../../../src/domain/column-match.ts';
import { DEFAULT_ELIGIBILITY } from '../../../src/domain/eligibility.ts';
import { explainEligibility } from '../../../src/domain/eligibility-explain.ts';
import { FIELDS } from '../../../src/domain/fields.ts';
import { messageText, type Message } from '../../../src/domain/messages/render.ts';
import { GROUP_LABELS, SUMMARY_FIELDS } from '../../../src/domain/summary-fields.ts';
import { CATALOGUES, i18next, sayText } from '../../../src/i18n/index.ts';
import { readListFile } from '../../../src/io/candidate-list-file.ts';
import { importFiles } from '../../../src/io/import-files.ts';
import { parseViewParams } from '../../../src/state/url/parse-view-params.ts';

/** Every leaf's path and value: 'unit.area' → '万㎡'. */
function leaves(obj: unknown, prefix = ''): [string, unknown][] {
  if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) return [[prefix, obj]];
  return Object.entries(obj).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}

const CJK = /[\u3400-\u9fff]/;
const CURLY = /[‘’“”]/;
const bytes = (s: string) => new TextEncoder().encode(s);

/**
 * Empty strings a catalogue's owner chose on purpose, listed so that no other slips in: the
 * brief's English writes no unit after a count (“12 communities” reads as the label). Its owner
 * may give these a word instead; then this list empties.
 */
const KNOWN_EMPTY: Readonly<Record<string, readonly string[]>> = {
  brief: ['en:unit.communities', 'en:unit.buildings', 'en:unit.households'],
};

describe('catalogues', () => {
  const names = Object.keys(CATALOGUES);

  it('are found by the glob, common among them', () => {
    expect(names).toContain('common');
    expect(names.length).toBeGreaterThan(5);
  });

  it.each(names)('%s: zh and en have the same key paths, every value a non-empty string', (ns) => {
    const { zh, en } = CATALOGUES[ns];
    const z = leaves(zh);
    const e = leaves(en);
    expect(e.map(([k]) => k).sort()).toEqual(z.map(([k]) => k).sort());
    const allowed = new Set(KNOWN_EMPTY[ns] ?? []);
    for (const [lang, list] of [
      ['zh', z],
      ['en', e],
    ] as const) {
      for (const [k, v] of list) {
        expect(typeof v, `${ns}:${lang}:${k}`).toBe('string');
        if (!allowed.has(`${lang}:${k}`)) expect((v as string).trim(), `${ns}:${lang}:${k}`).not.toBe('');
      }
    }
  });

  it.each(names)(
    '%s: the English names no Chinese, except the switch back to 中文 and keys named by their Chinese',
    (ns) => {
      for (const [k, v] of leaves(CATALOGUES[ns].en)) {
        if (ns === 'common' && k === 'langSwitch') continue;
        expect(v as string, `${ns}:${k}`).not.toMatch(CJK);
      }
    },
  );

  it.each(names)('%s: the English writes straight quotes and apostrophes', (ns) => {
    // The page's fonts are Chinese ones, which draw ’ “ ” full width: "This year’ s programme".
    for (const [k, v] of leaves(CATALOGUES[ns].en)) expect(v as string, `${ns}:${k}`).not.toMatch(CURLY);
  });

  it('so do the English names of fields and groupings', () => {
    for (const f of FIELDS) expect(f.en, f.key).not.toMatch(CURLY);
    for (const g of Object.values(GROUP_LABELS)) expect(`${g.en} ${g.enIn}`).not.toMatch(CURLY);
    for (const f of Object.values(SUMMARY_FIELDS)) expect(JSON.stringify(f), f.field).not.toMatch(CURLY);
  });

  it.each(names)('%s: each {{placeholder}} of the Chinese is also in the English', (ns) => {
    const en = new Map(leaves(CATALOGUES[ns].en));
    for (const [k, v] of leaves(CATALOGUES[ns].zh)) {
      const want = new Set((v as string).match(/\{\{\w+\}\}/g) ?? []);
      const got = new Set(String(en.get(k)).match(/\{\{\w+\}\}/g) ?? []);
      expect(got, `${ns}:${k}`).toEqual(want);
    }
  });

  it('i18next looks them up in the language in force', async () => {
    await i18next.changeLanguage('en');
    expect(i18next.t('common:appTitle')).toBe('Renovation Atlas');
    expect(i18next.t('filters:shown', { shown: '1', total: '2' })).toBe('Showing <strong>1</strong> of 2 buildings');
    await i18next.changeLanguage('zh');
    expect(i18next.t('common:appTitle')).toBe('旧改一张图');
    expect(i18next.t('common:unit.area')).toBe('万㎡');
  });
});

describe('messages from src/domain, src/io and src/state: one language each, as the page shows them', () => {
  /** Its Chinese is Chinese, its English is not, and its both-language text starts with the Chinese. */
  function expectHalves(m: Message | undefined, what: string): void {
    expect(m, what).toBeDefined();
    const zh = messageText(m!, 'zh');
    const en = messageText(m!, 'en');
    expect(zh, what).toMatch(CJK);
    expect(en, what).not.toMatch(CJK);
    expect(messageText(m!, 'both').startsWith(zh), what).toBe(true);
  }

  it('import report reasons from real files', () => {
    const report = importFiles([
      { name: 'empty.csv', bytes: bytes('') },
      { name: 'b.csv', bytes: bytes('楼栋编号,经度,纬度,户数,备注\nA1,117.3,34.8,abc,x\n合计,,,,\nA2,117.3\n') },
      { name: 'bad.json', bytes: bytes('{') },
      { name: 'other.json', bytes: bytes('{"a":1}') },
    ]).report;
    const issues = [...report.rejected, ...report.warnings];
    expect(issues.length).toBeGreaterThanOrEqual(4);
    for (const r of issues) {
      expectHalves(r.message, r.reason);
      expect(r.reason).toBe(messageText(r.message!, 'both'));
    }
    const empty = issues.find((r) => r.reason.startsWith('文件为空'));
    expect(messageText(empty!.message!, 'en')).toMatch(/^the file is empty/);
  });

  it('list file, column matching, eligibility and link-parameter messages', () => {
    const list = readListFile(
      'list.csv',
      bytes('楼栋键,计划年度,改造类型\n,2024,基础类\nk1,abc,基础类\nk2,2024,\n'),
      null,
      '2024-01-01T00:00:00Z',
    ).report;
    for (const r of list.rejected) expectHalves(r.message, r.reason);
    expect(list.rejected.length).toBe(3);
    expectHalves(problemMessage({ code: 'no-lng' }), 'no-lng');
    expectHalves(problemMessage({ code: 'no-lat' }), 'no-lat');
    const { problems } = parseViewParams('https://x.cn/?grade=X&lang=fr');
    expect(problems.length).toBe(2);
    // As view-sync puts them into a notice, shown in the language in force.
    for (const p of problems) expectHalves(p.message, p.param);
  });

  it('a notice says a message or a label, in the language asked', () => {
    expect(sayText(parseViewParams('https://x.cn/?lang=fr').problems[0].message, 'zh')).toBe(
      '链接参数 lang=fr 应为 zh 或 en，已忽略。',
    );
    const label = { key: 'table:exportFailed', values: { message: 'disk full' } };
    expect(sayText(label, 'zh')).toBe('导出失败：disk full');
    expect(sayText(label, 'en')).toBe('export failed: disk full');
  });

  it('eligibility reasons come in both languages already', () => {
    const table = importFiles([
      { name: 'b.csv', bytes: bytes('楼栋编号,经度,纬度,建成年代,安全等级\nA1,117.3,34.8,1995,C\n') },
    ]).buildings;
    const why = explainEligibility(table, 0, DEFAULT_ELIGIBILITY);
    for (const r of [...why.because, ...why.not]) {
      expect(r.zh).toMatch(CJK);
      expect(r.en).not.toMatch(CJK);
    }
  });
});
