/**
 * Programme files a planner writes (src/domain/programme-csv.ts): the CSV of one fact a row and a
 * step table, with every problem reported on its line; the JSON written back reads the same;
 * targets per street office in the JSON (readProgramme).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDate } from '../../../src/domain/parse-values.ts';
import { writeProgrammeJson } from '../../../src/domain/programme-csv.ts';
import { readProgrammeCsv, splitCsvLine } from '../../../src/io/read-programme-csv.ts';
import { readProgramme } from '../../../src/domain/programme.ts';

const day = (iso: string): number => parseDate(iso)!;

const GOOD = [
  '\uFEFF项目,内容',
  '年度,2023年',
  '名称,梨树区2023年城镇老旧小区改造',
  '区,梨树区',
  '依据,梨政办规〔2023〕3号',
  '街道,街里街道、碱场街道',
  '目标,小区,1',
  '目标,楼栋,10栋',
  '目标,户数,874',
  '目标,建筑面积,7.72万㎡',
  '街道目标,街里街道,户数,"1,200"',
  '街道目标,街里街道,建筑面积（万平方米）,5.5',
  '# 以下为时间节点',
  '',
  '步骤,阶段,开始,截止',
  '制定年度改造实施方案,已纳入计划,2023-01-01,2023-02-28',
  '编制施工图设计文件,施工图设计,,2023/3/31',
  '进场施工,施工,2023年4月16日,2023-04-20',
  '竣工验收,已完工,2023-04-21,2023-11-30',
].join('\r\n');

describe('readProgrammeCsv', () => {
  it('reads year, name, district, source, street offices, targets (units in the value or the name), per-street targets and steps', () => {
    const { programme, issues } = readProgrammeCsv(GOOD, 'p.csv');
    expect(issues).toEqual([]);
    expect(programme).toEqual({
      name: '梨树区2023年城镇老旧小区改造',
      district: '梨树区',
      year: 2023,
      source: '梨政办规〔2023〕3号',
      targets: {
        streets: ['街里街道', '碱场街道'],
        communities: 1,
        buildings: 10,
        households: 874,
        floorAreaM2: 77_200,
        byStreet: { 街里街道: { households: 1200, floorAreaM2: 55_000 } },
      },
      steps: [
        {
          key: 'step1',
          name: '制定年度改造实施方案',
          stage: 'planned',
          startDay: day('2023-01-01'),
          endDay: day('2023-02-28'),
        },
        { key: 'step2', name: '编制施工图设计文件', stage: 'design', startDay: null, endDay: day('2023-03-31') },
        {
          key: 'step3',
          name: '进场施工',
          stage: 'construction',
          startDay: day('2023-04-16'),
          endDay: day('2023-04-20'),
        },
        { key: 'step4', name: '竣工验收', stage: 'completed', startDay: day('2023-04-21'), endDay: day('2023-11-30') },
      ],
    });
  });

  it('English words and tabs work too', () => {
    const text = [
      'year\t2022',
      'target\thouseholds\t7663',
      'street target\tLinCheng\tbuildings\t12',
      '',
      'step\tstage\tstart\tend',
      'works\tconstruction\t2022-04-16\t2022-10-15',
    ].join('\n');
    const { programme, issues } = readProgrammeCsv(text, 'p.csv');
    expect(issues).toEqual([]);
    expect(programme?.year).toBe(2022);
    expect(programme?.name).toBe('2022年老旧小区改造');
    expect(programme?.targets).toEqual({ households: 7663, byStreet: { LinCheng: { buildings: 12 } } });
    expect(programme?.steps.map((s) => s.stage)).toEqual(['construction']);
  });

  it('bad lines become issues with their line numbers; the rest is read', () => {
    const text = [
      '项目,内容', // 1
      '年度,2023', // 2
      '目标,户数,很多', // 3: not a number
      '目标,预算,100', // 4: unknown target
      '负责人,张三', // 5: unknown row
      '街道目标,临城街道,户数', // 6: no value
      '目标,楼栋,12', // 7: fine
      '', // 8
      '步骤,阶段,开始,截止', // 9
      '进场施工,动工仪式,2023-04-16,2023-04-20', // 10: unknown stage
      '竣工验收,已完工,2023-04-21,', // 11: no end
      '检查,验收,2023-05-01,2023-02-30', // 12: bad end date
      '设计,设计,2023-05-01,2023-04-01', // 13: start after end
      '招标,招标,2023-04-01,2023-04-15', // 14: fine
    ].join('\n');
    const { programme, issues } = readProgrammeCsv(text, 'plan.csv');
    expect(issues.map((i) => [i.line, i.field ?? null])).toEqual([
      [3, 'households'],
      [4, 'target'],
      [5, null],
      [6, null],
      [10, 'stage'],
      [11, 'end'],
      [12, 'end'],
      [13, 'start'],
    ]);
    expect(issues.every((i) => i.file === 'plan.csv' && i.code === 'bad-programme' && / \(.+\)$/.test(i.reason))).toBe(
      true,
    );
    expect(issues[0].value).toBe('很多');
    expect(programme?.targets).toEqual({ buildings: 12 });
    expect(programme?.steps.map((s) => s.name)).toEqual(['招标']);
  });

  it('no year, a bad year or two years: reported, and without a year no programme', () => {
    expect(readProgrammeCsv('目标,户数,10', 'a.csv')).toEqual({
      programme: null,
      issues: [expect.objectContaining({ line: 0, field: 'year' })],
    });
    const bad = readProgrammeCsv('年度,二〇二三\n目标,户数,10', 'a.csv');
    expect(bad.programme).toBeNull();
    expect(bad.issues.map((i) => i.line)).toEqual([1, 0]);
    const two = readProgrammeCsv('年度,2023\n年度,2024', 'a.csv');
    expect(two.programme?.year).toBe(2023);
    expect(two.issues.map((i) => i.line)).toEqual([2]);
  });

  it('never throws, whatever the text', () => {
    for (const text of [
      '',
      '\n\n',
      '"',
      '年度,"2023',
      '步骤,阶段\n,,,',
      ',,,,',
      '\uFEFF',
      '年度,2023\n步骤,阶段,开始,截止\n"a,b",施工,x,y',
    ]) {
      expect(() => readProgrammeCsv(text, 'x.csv')).not.toThrow();
    }
    // Any lines of cells built from the format's own words, numbers, dates and junk.
    const cell = fc.oneof(
      fc.constantFrom(
        '年度',
        '目标',
        '街道目标',
        '步骤',
        '阶段',
        '户数',
        '建筑面积',
        '施工',
        '2023',
        '2023-04-20',
        '7.72万㎡',
        '"',
        '',
        '#',
      ),
      fc.string(),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 5 }), { maxLength: 12 }), (rows) => {
        const text = rows.map((r) => r.join(',')).join('\n');
        const { programme, issues } = readProgrammeCsv(text, 'x.csv');
        expect(programme === null || Number.isInteger(programme.year)).toBe(true);
        expect(issues.every((i) => i.line >= 0 && i.line <= text.split(/\r\n|\r|\n/).length)).toBe(true);
      }),
    );
  });
});

describe('splitCsvLine', () => {
  it('quotes around separators and doubled quotes', () => {
    expect(splitCsvLine('a,"1,200","say ""hi""", b ')).toEqual(['a', '1,200', 'say "hi"', 'b']);
    expect(splitCsvLine('a\tb\tc')).toEqual(['a', 'b', 'c']);
  });
});

describe('writeProgrammeJson', () => {
  it('writes what readProgramme reads back unchanged, per-street targets included', () => {
    const { programme } = readProgrammeCsv(GOOD, 'p.csv');
    const back = readProgramme(JSON.parse(writeProgrammeJson(programme!)), 'p.json');
    expect(back.issues).toEqual([]);
    expect(back.programme).toEqual(programme);
  });

  it('round-trips the sample programme files', () => {
    for (const f of ['programme-2022.json', 'programme-2023.json']) {
      const json = JSON.parse(readFileSync(join(import.meta.dirname, '../../../data/sample', f), 'utf8'));
      const p = readProgramme(json, f).programme!;
      expect(readProgramme(JSON.parse(writeProgrammeJson(p)), f).programme).toEqual(p);
    }
  });
});

describe('readProgramme: targets per street office', () => {
  it('reads byStreet figures; a bad one is an issue naming the street office', () => {
    const { programme, issues } = readProgramme(
      {
        kind: 'renovation-programme',
        year: 2023,
        targets: {
          households: 874,
          byStreet: { 街里街道: { households: 600, floorAreaM2: '5万㎡' }, 碱场街道: { households: -1 }, 坏: 3 },
        },
        steps: [],
      },
      'p.json',
    );
    expect(programme?.targets.byStreet).toEqual({ 街里街道: { households: 600, floorAreaM2: 50_000 }, 碱场街道: {} });
    expect(issues.map((i) => [i.field, i.value])).toEqual([
      ['households', '-1'],
      ['byStreet', '坏'],
    ]);
    expect(issues[0].reason).toContain('碱场街道');
  });
});
