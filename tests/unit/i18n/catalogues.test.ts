/**
 * The label catalogues (src/i18n/ns/*.ts): both languages name the same keys, none left empty;
 * and pickLang() takes the right half of the "中文 (English)" messages src/domain and src/io write.
 */
import { describe, expect, it } from 'vitest';
import { problemMessage } from '../../../src/domain/column-match.ts';
import { DEFAULT_ELIGIBILITY } from '../../../src/domain/eligibility.ts';
import { explainEligibility } from '../../../src/domain/eligibility-explain.ts';
import { messageText } from '../../../src/domain/messages/render.ts';
import { CATALOGUES, i18next, pickLang } from '../../../src/i18n/index.ts';
import { readListFile } from '../../../src/io/candidate-list-file.ts';
import { importFiles } from '../../../src/io/import-files.ts';
import { parseViewParams } from '../../../src/state/url-params.ts';

/** Every leaf's path and value: 'unit.area' → '万㎡'. */
function leaves(obj: unknown, prefix = ''): [string, unknown][] {
  if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) return [[prefix, obj]];
  return Object.entries(obj).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}

const CJK = /[\u3400-\u9fff]/;
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

describe('pickLang', () => {
  it('takes the half of a "中文 (English)" message', () => {
    expect(pickLang('计划年度缺失 (programme year missing)', 'zh')).toBe('计划年度缺失');
    expect(pickLang('计划年度缺失 (programme year missing)', 'en')).toBe('programme year missing');
  });

  it('the English half may hold brackets of its own; the Chinese half full-width ones', () => {
    const s = '多点要素只取第一个点（共 3 个） (MultiPoint: the first of its points (of 3) is used)';
    expect(pickLang(s, 'zh')).toBe('多点要素只取第一个点（共 3 个）');
    expect(pickLang(s, 'en')).toBe('MultiPoint: the first of its points (of 3) is used');
  });

  it('leaves a message not written that way whole, in both languages', () => {
    for (const s of ['HTTP 404', 'plain English (with a note)', '只有中文', '(only brackets)', '中文(no space)', '']) {
      expect(pickLang(s, 'zh')).toBe(s);
      expect(pickLang(s, 'en')).toBe(s);
    }
  });

  /** Both halves found, the Chinese one Chinese and the English one not. */
  function expectSplit(message: string): void {
    const zh = pickLang(message, 'zh');
    const en = pickLang(message, 'en');
    expect(zh, message).not.toBe(message);
    expect(zh).toMatch(CJK);
    expect(en).not.toMatch(CJK);
    expect(message.startsWith(zh)).toBe(true);
  }

  it('import report reasons from real files', () => {
    const report = importFiles([
      { name: 'empty.csv', bytes: bytes('') },
      { name: 'b.csv', bytes: bytes('楼栋编号,经度,纬度,户数,备注\nA1,117.3,34.8,abc,x\n合计,,,,\nA2,117.3\n') },
      { name: 'bad.json', bytes: bytes('{') },
      { name: 'other.json', bytes: bytes('{"a":1}') },
    ]).report;
    const reasons = [...report.rejected, ...report.warnings].map((r) => r.reason);
    expect(reasons.length).toBeGreaterThanOrEqual(4);
    for (const r of reasons) {
      // "不是有效的 JSON：… (not valid JSON)" and the like end in the English; those that name a
      // detail after the English (JSON.parse's message) are left whole by design.
      if (r.endsWith(')')) expectSplit(r);
    }
    expect(pickLang(reasons.find((r) => r.startsWith('文件为空')) ?? '', 'en')).toMatch(/^the file is empty/);
  });

  it('list file, column matching, eligibility and link-parameter messages', () => {
    const list = readListFile(
      'list.csv',
      bytes('楼栋键,计划年度,改造类型\n,2024,基础类\nk1,abc,基础类\nk2,2024,\n'),
      null,
      '2024-01-01T00:00:00Z',
    ).report;
    for (const r of list.rejected) expectSplit(r.reason);
    expect(list.rejected.length).toBe(3);
    expectSplit(messageText(problemMessage({ code: 'no-lng' }), 'both'));
    expectSplit(messageText(problemMessage({ code: 'no-lat' }), 'both'));
    const { problems } = parseViewParams('https://x.cn/?grade=X&lang=fr');
    expect(problems.length).toBe(2);
    // As view-sync writes them into a notice.
    for (const p of problems) {
      const text = `${p.zh} (${p.en})`;
      expect(pickLang(text, 'zh')).toBe(p.zh);
      expect(pickLang(text, 'en')).toBe(p.en);
    }
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
