/**
 * Value formats as Chinese offices write them (DOMAIN.md "Measures and how they are written").
 * Each table is input -> expected output; rejections must come back as null, never throw.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  YEAR_AFTER,
  YEAR_BEFORE,
  YEAR_EXACT,
  YEAR_RANGE,
  dayNumber,
  isoDate,
  normalizeCell,
  parseBuildYear,
  parseCompleteUnits,
  parseDate,
  parseGrade,
  parsePlanYear,
  parseQuantity,
  parseStage,
  parseTypes,
  parseYesNo,
  type BuildYear,
} from '../../../src/domain/parse-values.ts';
import {
  COMPLETE_NO,
  COMPLETE_YES,
  STAGES,
  STAGE_CODE,
  STAGE_WORDS,
  TYPE_BIT,
  type Stage,
} from '../../../src/domain/vocabulary.ts';

const exact = (y: number): BuildYear => ({ from: y, to: y, kind: YEAR_EXACT });
const range = (from: number, to: number): BuildYear => ({ from, to, kind: YEAR_RANGE });
const before = (to: number): BuildYear => ({ from: 0, to, kind: YEAR_BEFORE });
const after = (from: number): BuildYear => ({ from, to: 0, kind: YEAR_AFTER });

describe('normalizeCell', () => {
  it.each([
    [' １９９５年 ', '1995年'],
    ['\u3000Ｃ级\u3000', 'C级'],
    ['建筑面积（万平方米）', '建筑面积(万平方米)'],
    ['plain', 'plain'],
  ])('%j -> %j', (input, expected) => {
    expect(normalizeCell(input)).toBe(expected);
  });
});

describe('parseBuildYear', () => {
  describe('the formats DOMAIN.md lists', () => {
    it.each<[string, BuildYear]>([
      ['1995', exact(1995)],
      ['1995年', exact(1995)],
      ['1995-06', exact(1995)],
      ['1995年6月', exact(1995)],
      ['90年代', range(1990, 1999)],
      ['八九十年代', range(1980, 1999)],
      ['2000年底前', before(2000)],
    ])('%j -> %j', (input, expected) => {
      expect(parseBuildYear(input)).toEqual(expected);
    });
  });

  describe('exact years in other spellings', () => {
    it.each<[string, BuildYear]>([
      ['1995.6.1', exact(1995)],
      ['1995/06/01 12:00', exact(1995)],
      ['1995年6月1日', exact(1995)],
      ['１９９５年', exact(1995)],
      ['1995年左右', exact(1995)],
      ['约1995年', exact(1995)],
      ['1995年建成', exact(1995)],
      ['95年', exact(1995)],
      ['05年', exact(2005)],
      [' 1995 ', exact(1995)],
    ])('%j -> %j', (input, expected) => {
      expect(parseBuildYear(input)).toEqual(expected);
    });
  });

  describe('decades and spans are ranges; 初/中/末 narrow a single decade', () => {
    it.each<[string, BuildYear]>([
      ['1990年代', range(1990, 1999)],
      ['1990s', range(1990, 1999)],
      ['80年代', range(1980, 1989)],
      ['九十年代', range(1990, 1999)],
      ['七八十年代', range(1970, 1989)],
      ['90年代初', range(1990, 1993)],
      ['90年代初期', range(1990, 1993)],
      ['90年代中', range(1993, 1996)],
      ['90年代中期', range(1993, 1996)],
      ['90年代末', range(1996, 1999)],
      ['90年代末期', range(1996, 1999)],
      ['八十年代初', range(1980, 1983)],
      ['九十年代末', range(1996, 1999)],
      ['1980-1985', range(1980, 1985)],
      ['1980～1985年', range(1980, 1985)],
      ['1980年至1985年', range(1980, 1985)],
    ])('%j -> %j', (input, expected) => {
      expect(parseBuildYear(input)).toEqual(expected);
    });
  });

  describe('bounds: before keeps `to`, after keeps `from`', () => {
    it.each<[string, BuildYear]>([
      ['2000年底前', before(2000)],
      ['2000年末以前', before(2000)],
      ['2000年底前建成', before(2000)],
      ['2000年前', before(1999)],
      ['2000年以前', before(1999)],
      ['2000年之前', before(1999)],
      ['2005年以后', after(2006)],
      ['2005年后', after(2006)],
      ['2005年之后建成', after(2006)],
    ])('%j -> %j', (input, expected) => {
      expect(parseBuildYear(input)).toEqual(expected);
    });
  });

  describe('rejections', () => {
    it.each([
      'abc',
      '3000',
      '1700',
      '',
      '1995-13',
      '1995年13月',
      '1985-1980',
      '85年代',
      '1995年代',
      '九八十年代',
      '3000年前',
      '19950',
      '年代',
    ])('%j -> null', (input) => {
      expect(parseBuildYear(input)).toBeNull();
    });
  });

  it('property: never throws; from/to are ordered and consistent with the kind', () => {
    const yearish = fc
      .array(
        fc.constantFrom(
          '1',
          '9',
          '0',
          '2',
          '5',
          '8',
          '年',
          '代',
          '底',
          '前',
          '后',
          '以',
          '-',
          '~',
          '至',
          '初',
          '中',
          '末',
          '八',
          '九',
          '十',
          's',
          ' ',
          '.',
          '月',
        ),
        { maxLength: 12 },
      )
      .map((a) => a.join(''));
    fc.assert(
      fc.property(fc.oneof(fc.string(), yearish), (s) => {
        const y = parseBuildYear(s);
        if (y === null) return;
        if (y.kind === YEAR_EXACT) expect(y.from).toBe(y.to);
        if (y.kind === YEAR_EXACT || y.kind === YEAR_RANGE) {
          expect(y.from).toBeLessThanOrEqual(y.to);
          expect(y.from).toBeGreaterThanOrEqual(1800);
          expect(y.to).toBeLessThanOrEqual(2100);
        } else if (y.kind === YEAR_BEFORE) {
          expect(y.from).toBe(0);
          expect(y.to).toBeGreaterThan(0);
        } else {
          expect(y.kind).toBe(YEAR_AFTER);
          expect(y.to).toBe(0);
          expect(y.from).toBeGreaterThan(0);
        }
      }),
    );
  });

  it('property: every year 1800–2100 reads back exactly however it is written, spans read as ranges', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1800, max: 2100 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 30 }),
        (y, m, span) => {
          for (const s of [String(y), `${y}年`, `${y}-${String(m).padStart(2, '0')}`, `${y}年${m}月`, `${y}.${m}`]) {
            expect(parseBuildYear(s)).toEqual(exact(y));
          }
          if (y + span <= 2100) expect(parseBuildYear(`${y}-${y + span}`)).toEqual(range(y, y + span));
        },
      ),
    );
  });
});

describe('parseQuantity', () => {
  describe('quantities in the base unit (m², yuan, count)', () => {
    it.each<[string, number]>([
      ['7.72万平方米', 77200],
      ['56万㎡', 560000],
      ['90.12万㎡', 901200],
      ['1,762.3', 1762.3],
      ['874户', 874],
      ['874', 874],
      ['46栋', 46],
      ['418万元', 4180000],
      ['1.76亿元', 176000000],
      ['13000平方米', 13000],
      ['约13000平方米', 13000],
      ['１３０００', 13000],
      ['1,234,567', 1234567],
      ['6层', 6],
      ['0.35万平方米', 3500],
      ['2800 平方米', 2800],
      ['-5', -5],
    ])('%j -> %d', (input, expected) => {
      expect(parseQuantity(input)).toBe(expected);
    });
  });

  describe('a header factor applies to bare numbers; a value’s own unit wins over it', () => {
    it.each<[string, number, number]>([
      ['7.72', 1e4, 77200],
      ['0.57', 1e4, 5700],
      ['1.13', 1e4, 11300],
      ['1,762.3', 1e4, 17623000],
      ['5', 1e8, 500000000],
      ['3500平方米', 1e4, 3500],
      ['41.8万元', 1e4, 418000],
      ['80000元', 1e4, 80000],
      ['7.72万平方米', 1, 77200],
    ])('%j with header factor %d -> %d', (input, factor, expected) => {
      expect(parseQuantity(input, factor)).toBe(expected);
    });
  });

  describe('rejections', () => {
    it.each(['abc', '', '万', '12abc', '1,23', '1.2.3', '十万', '0x10', '0b11', 'Infinity', 'NaN', '1e400', '1e400万'])(
      '%j -> null',
      (input) => {
        expect(parseQuantity(input)).toBeNull();
      },
    );
    it('a 400-digit number is not finite -> null, with or without a header factor', () => {
      expect(parseQuantity('9'.repeat(400))).toBeNull();
      expect(parseQuantity('9'.repeat(400), 1e4)).toBeNull();
    });
  });

  it('property: never throws, and gives null or a finite number', () => {
    const numberish = fc
      .array(
        fc.constantFrom(
          '0',
          '1',
          '7',
          '9',
          '.',
          ',',
          'e',
          'E',
          '+',
          '-',
          'x',
          '万',
          '亿',
          '平方米',
          '㎡',
          '户',
          '元',
          '约',
          ' ',
          '１',
        ),
        { maxLength: 24 },
      )
      .map((a) => a.join(''));
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'binary' }), numberish),
        fc.constantFrom(1, 1e4, 1e8),
        (s, factor) => {
          const v = parseQuantity(s, factor);
          expect(v === null || Number.isFinite(v)).toBe(true);
        },
      ),
    );
  });

  it('property: any integer written with thousands separators parses back', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (n) => {
        expect(parseQuantity(n.toLocaleString('en-US'))).toBe(n);
        expect(parseQuantity(String(n))).toBe(n);
      }),
    );
  });

  it('property: two-decimal 万 figures come out as whole square metres, free of binary noise', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (k) => {
        const wan = (k / 100).toFixed(2);
        expect(parseQuantity(`${wan}万平方米`)).toBe(k * 100);
        expect(parseQuantity(wan, 1e4)).toBe(k * 100);
      }),
    );
  });
});

describe('parseGrade', () => {
  it.each<[string, number]>([
    ['A', 1],
    ['A级', 1],
    ['b', 2],
    ['C级', 3],
    ['c', 3],
    ['c级', 3],
    ['Ｃ级', 3],
    ['Ｃ', 3],
    ['C类', 3],
    ['C级（局部危房）', 3],
    ['局部危房', 3],
    ['D', 4],
    ['D级', 4],
    ['整幢危房', 4],
  ])('%j -> %d', (input, expected) => {
    expect(parseGrade(input)).toBe(expected);
  });

  it.each(['E', 'AB', '甲', '', '1', 'A+', 'C级危'])('%j -> null', (input) => {
    expect(parseGrade(input)).toBeNull();
  });

  it('property: never throws; a letter A–D in any case, width or with 级 gives its code, anything else null or 1–4', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('A', 'B', 'C', 'D'),
        fc.boolean(),
        fc.boolean(),
        fc.constantFrom('', '级', '类'),
        (letter, lower, wide, suffix) => {
          let l = lower ? letter.toLowerCase() : letter;
          if (wide) l = String.fromCharCode(l.charCodeAt(0) + 0xfee0);
          expect(parseGrade(l + suffix)).toBe(letter.charCodeAt(0) - 64);
        },
      ),
    );
    fc.assert(
      fc.property(fc.string(), (s) => {
        const g = parseGrade(s);
        expect(g === null || (g >= 1 && g <= 4)).toBe(true);
      }),
    );
  });
});

describe('parseYesNo / parseCompleteUnits', () => {
  it.each<[string, boolean]>([
    ['是', true],
    ['否', false],
    ['yes', true],
    ['no', false],
    ['YES', true],
    ['No', false],
    ['true', true],
    ['false', false],
    ['TRUE', true],
    ['1', true],
    ['0', false],
    ['√', true],
    ['×', false],
    ['成套', true],
    ['非成套', false],
  ])('%j -> %s', (input, expected) => {
    expect(parseYesNo(input)).toBe(expected);
  });

  it.each(['maybe', '2', '', '是否'])('%j -> null', (input) => {
    expect(parseYesNo(input)).toBeNull();
  });

  it('complete-units codes: 是 -> COMPLETE_YES, 否 -> COMPLETE_NO, unreadable -> null', () => {
    expect(parseCompleteUnits('是')).toBe(COMPLETE_YES);
    expect(parseCompleteUnits('否')).toBe(COMPLETE_NO);
    expect(parseCompleteUnits('非成套')).toBe(COMPLETE_NO);
    expect(parseCompleteUnits('不知道')).toBeNull();
  });
});

/** DOMAIN.md's stage table, copied literally. */
const DOMAIN_STAGE_TABLE = `
| key | Chinese seen in plans and reports |
| --- | --- |
| none | 未纳入, 未列入 (eligible or not, not in any plan) |
| planned | 已纳入计划, 计划, 方案编制, 宣传发动 |
| design | 设计, 施工图设计 |
| demolition | 拆违, 拆除违建 |
| tender | 招标, 招投标, 选聘施工单位 |
| construction | 施工, 施工中, 进场施工, 开工, 在建, 全面整治 |
| acceptance | 验收, 竣工验收, 检查验收 |
| completed | 完工, 已完工, 竣工, 已完成 |
`;

function domainStageWords(): [Stage, string][] {
  const out: [Stage, string][] = [];
  for (const line of DOMAIN_STAGE_TABLE.trim().split('\n').slice(2)) {
    const [, key, words] = line.split('|').map((c) => c.trim());
    for (const w of words.replace(/\(.*\)/, '').split(',')) out.push([key as Stage, w.trim()]);
  }
  return out;
}

describe('parseStage', () => {
  it('DOMAIN.md table has all eight stages in order, 26 words', () => {
    const words = domainStageWords();
    expect([...new Set(words.map(([k]) => k))]).toEqual([...STAGES]);
    expect(words).toHaveLength(26);
  });

  it.each(domainStageWords())('DOMAIN.md: %s <- %j', (stage, word) => {
    expect(parseStage(word)).toBe(STAGE_CODE[stage]);
  });

  it.each(STAGES.flatMap((stage) => STAGE_WORDS[stage].map((w) => [stage, w] as const)))(
    'STAGE_WORDS: %s <- %j',
    (stage, word) => {
      expect(parseStage(word)).toBe(STAGE_CODE[stage]);
    },
  );

  it.each(STAGES.map((s) => [s]))('the English key %j names its own stage, in any case', (stage) => {
    expect(parseStage(stage)).toBe(STAGE_CODE[stage]);
    expect(parseStage(stage.toUpperCase())).toBe(STAGE_CODE[stage]);
  });

  it.each<[string, Stage]>([
    [' 施工中 ', 'construction'],
    ['Under Construction', 'construction'],
    ['under_construction', 'construction'],
    ['COMPLETED', 'completed'],
    ['已完工。', 'completed'],
  ])('spacing, case and trailing punctuation do not matter: %j -> %s', (input, stage) => {
    expect(parseStage(input)).toBe(STAGE_CODE[stage]);
  });

  it('codes follow the table order: none = 1 … completed = 8', () => {
    expect(STAGES.map((s) => STAGE_CODE[s])).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it.each(['正在搞', 'xyz', '', '施工完了吗'])('unknown word %j -> null', (input) => {
    expect(parseStage(input)).toBeNull();
  });

  it('property: never throws; null or a code 1–8', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const v = parseStage(s);
        expect(v === null || (Number.isInteger(v) && v >= 1 && v <= 8)).toBe(true);
      }),
    );
  });
});

describe('parseTypes', () => {
  const { basic, improvement, upgrade } = TYPE_BIT;
  it.each<[string, number, string[]]>([
    ['基础类、完善类', basic | improvement, []],
    ['basic;improvement', basic | improvement, []],
    ['基础类', basic, []],
    ['完善', improvement, []],
    ['提升类', upgrade, []],
    ['基础类+提升类', basic | upgrade, []],
    ['基础类，完善类，提升类', basic | improvement | upgrade, []],
    ['basic, upgrade', basic | upgrade, []],
    ['Basic / Improvement', basic | improvement, []],
    ['基础类、绿化', basic, ['绿化']],
    ['foo', 0, ['foo']],
    ['绿化;亮化', 0, ['绿化', '亮化']],
  ])('%j -> mask %d, unknown %j', (input, mask, unknown) => {
    expect(parseTypes(input)).toEqual({ mask, unknown });
  });

  it('property: never throws; the mask only has type bits and every unknown word came from the cell', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const t = parseTypes(s);
        expect(t.mask & ~(basic | improvement | upgrade)).toBe(0);
        for (const u of t.unknown) expect(normalizeCell(s)).toContain(u);
      }),
    );
  });
});

describe('parseDate', () => {
  const apr20 = dayNumber(2023, 4, 20);
  it.each<[string, number]>([
    ['2023-04-20', apr20],
    ['2023/4/20', apr20],
    ['2023年4月20日', apr20],
    ['20230420', apr20],
    ['2023.4.20', apr20],
    ['2023-04-20 08:30', apr20],
    ['2023-04-20T08:30:00Z', apr20],
    ['２０２３年４月２０日', apr20],
    ['2023年4月', dayNumber(2023, 4, 1)],
    ['2023-04', dayNumber(2023, 4, 1)],
    ['2024-02-29', dayNumber(2024, 2, 29)],
  ])('%j -> %d', (input, expected) => {
    expect(parseDate(input)).toBe(expected);
  });

  it('day numbers count from 1970-01-01 UTC', () => {
    expect(dayNumber(1970, 1, 1)).toBe(0);
    expect(dayNumber(1970, 1, 2)).toBe(1);
    expect(isoDate(apr20)).toBe('2023-04-20');
  });

  it.each([
    '2023-02-30',
    '2023-02-29',
    '2023-13-01',
    '2023-00-10',
    '2023-04-31',
    '20231301',
    '20230230',
    'abc',
    '2023',
    '',
    '1700-01-01',
  ])('invalid %j -> null', (input) => {
    expect(parseDate(input)).toBeNull();
  });

  it('property: every calendar day 1800–2100 reads back in each written form', () => {
    const first = dayNumber(1800, 1, 1);
    const last = dayNumber(2100, 12, 31);
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), (d) => {
        const iso = isoDate(d);
        const [y, m, dd] = iso.split('-');
        for (const s of [
          iso,
          `${y}/${Number(m)}/${Number(dd)}`,
          `${y}年${Number(m)}月${Number(dd)}日`,
          `${y}${m}${dd}`,
        ]) {
          expect(parseDate(s)).toBe(d);
        }
      }),
    );
    fc.assert(
      fc.property(fc.string(), (s) => {
        const v = parseDate(s);
        expect(v === null || Number.isInteger(v)).toBe(true);
      }),
    );
  });
});

describe('parsePlanYear', () => {
  it.each<[string, number | null]>([
    ['2023', 2023],
    ['2023年', 2023],
    ['2023年度', 2023],
    ['2023年度计划', 2023],
    ['abc', null],
    ['3000', null],
    ['23', null],
  ])('%j -> %s', (input, expected) => {
    expect(parsePlanYear(input)).toBe(expected);
  });
});
