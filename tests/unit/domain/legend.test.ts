/**
 * The legend as data (src/domain/legend.ts): one item per class with its count, hidden classes
 * marked and left out of the GPU filter's list, the cut-off line after the right item.
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/domain/colour-classify.ts';
import { legendOf, toggleHidden, visibleClasses } from '../../../src/domain/legend.ts';
import { tableFromRows } from '../support.ts';

const { table } = tableFromRows(
  ['楼栋编号', '建成年代', '安全等级'],
  [
    ['L1', '1975', 'A'],
    ['L2', '1995', 'D'],
    ['L3', '2008', 'D'],
    ['L4', '', ''],
  ],
);
const grade = classify(table, 'grade', { cutoffYear: 2000, year: null });
const year = classify(table, 'buildYear', { cutoffYear: 2000, year: null });

describe('legendOf', () => {
  it('lists every class with its count, colour and the mode title', () => {
    const legend = legendOf(grade, []);
    expect(legend.title).toEqual({ zh: '安全等级', en: 'Safety grade' });
    expect(legend.items.map((i) => [i.key, i.count, i.hidden])).toEqual([
      ['grade-A', 1, false],
      ['grade-B', 0, false],
      ['grade-C', 0, false],
      ['grade-D', 2, false],
      ['grade-unknown', 1, false],
    ]);
    expect(legend.items[3]).toMatchObject({ hex: '#e6006e', danger: true });
    expect(legend.shown).toBe(4);
  });

  it('marks hidden classes and counts only the shown ones', () => {
    const legend = legendOf(grade, ['grade-D']);
    expect(legend.items.find((i) => i.key === 'grade-D')?.hidden).toBe(true);
    expect(legend.shown).toBe(2);
  });

  it('draws the cut-off line once, in the build-year legend only', () => {
    expect(
      legendOf(year, [])
        .items.filter((i) => i.cutoffAfter)
        .map((i) => i.key),
    ).toEqual(['year-approx']);
    expect(legendOf(grade, []).items.some((i) => i.cutoffAfter)).toBe(false);
  });
});

describe('visibleClasses and toggleHidden', () => {
  it('gives the indices of the shown classes', () => {
    expect(visibleClasses(grade, [])).toEqual([0, 1, 2, 3, 4]);
    expect(visibleClasses(grade, ['grade-B', 'grade-D'])).toEqual([0, 2, 4]);
  });

  it('hides a shown class and shows a hidden one, without changing its input', () => {
    const hidden: readonly string[] = Object.freeze(['grade-B']);
    expect(toggleHidden(hidden, 'grade-D')).toEqual(['grade-B', 'grade-D']);
    expect(toggleHidden(hidden, 'grade-B')).toEqual([]);
    expect(hidden).toEqual(['grade-B']);
  });
});

describe('countClasses', () => {
  it('counts only the rows a filter keeps', () => {
    const rows = Uint32Array.from([1, 3]);
    expect([...legendOf(grade, [], rows).items.map((i) => i.count)]).toEqual([0, 0, 0, 1, 1]);
    expect(legendOf(grade, ['grade-D'], rows).shown).toBe(1);
  });
});
