import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER } from '../../../src/domain/building-filter.ts';
import { DEFAULT_ELIGIBILITY } from '../../../src/domain/eligibility.ts';
import { parseDate } from '../../../src/domain/parse-values.ts';
import { parseViewParams } from '../../../src/state/url/parse-view-params.ts';
import { viewHref, type ViewState } from '../../../src/state/url/write-view-params.ts';

const base: ViewState = {
  filter: EMPTY_FILTER,
  year: 2023,
  defaultYear: 2023,
  colour: 'stage',
  groupBy: 'street',
  rules: DEFAULT_ELIGIBILITY,
};

describe('asof= in the address', () => {
  it('reads YYYY-MM-DD as a day number', () => {
    const v = parseViewParams('https://x.cn/?asof=2023-05-10');
    expect(v.asOfDay).toBe(parseDate('2023-05-10'));
    expect(v.problems).toEqual([]);
  });

  it('leaves out what is not a day, with a problem naming it', () => {
    for (const bad of ['2023-02-30', '2023/5/10', '20230510', 'today', '2023-5-10']) {
      const v = parseViewParams(`https://x.cn/?asof=${encodeURIComponent(bad)}`);
      expect(v.asOfDay, bad).toBeUndefined();
      expect(v.problems.map((p) => p.param)).toEqual(['asof']);
    }
  });

  it('is written only when a day is chosen, and reads back the same', () => {
    expect(new URL(viewHref('https://x.cn/', base)).searchParams.has('asof')).toBe(false);
    expect(
      new URL(viewHref('https://x.cn/?asof=2023-01-01', { ...base, asOfDay: null })).searchParams.has('asof'),
    ).toBe(false);
    const day = parseDate('2023-12-01') ?? 0;
    const href = viewHref('https://x.cn/?data=a.csv#map=12/34.8/117.3', { ...base, asOfDay: day });
    expect(new URL(href).searchParams.get('asof')).toBe('2023-12-01');
    expect(href.endsWith('#map=12/34.8/117.3')).toBe(true);
    expect(parseViewParams(href).asOfDay).toBe(day);
  });
});
