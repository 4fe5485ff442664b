import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GROUP_BYS } from '../../../src/domain/aggregate.ts';
import {
  COMPLETE_KEYS,
  ELIGIBILITY_KEYS,
  EMPTY_FILTER,
  GRADE_KEYS,
  STAGE_KEYS,
  TYPE_KEYS,
} from '../../../src/domain/building-filter.ts';
import { COLOUR_MODES } from '../../../src/domain/colour-classes.ts';
import { DEFAULT_ELIGIBILITY, GRADE_D_MODES } from '../../../src/domain/eligibility.ts';
import { openingOf, parseAtlasParams, withSampleParam, withStreetParam } from '../../../src/state/url/atlas-params.ts';
import { parseViewParams } from '../../../src/state/url/parse-view-params.ts';
import { viewHref, type ViewState } from '../../../src/state/url/write-view-params.ts';
import { COLUMN_SETS, DEFAULT_COLUMN_SET } from '../../../src/domain/column-sets.ts';
import { messageText } from '../../../src/domain/messages/render.ts';

describe('parseAtlasParams', () => {
  it('data URLs relative to the page, split on commas, trimmed; the street office', () => {
    const p = parseAtlasParams(
      'https://gov.example.cn/atlas/index.html?data=data/a.csv,%20b.geojson,&street=%E4%B8%B4%E5%9F%8E%E8%A1%97%E9%81%93',
    );
    expect(p.data).toEqual(['https://gov.example.cn/atlas/data/a.csv', 'https://gov.example.cn/atlas/b.geojson']);
    expect(p.street).toBe('临城街道');
  });
  it('several data parameters, absolute and root-relative URLs', () => {
    expect(parseAtlasParams('http://x.cn/app/?data=/files/a.csv&data=http://y.cn/b.json').data).toEqual([
      'http://x.cn/files/a.csv',
      'http://y.cn/b.json',
    ]);
  });
  it('none: the sample and the whole district', () => {
    expect(parseAtlasParams('http://x.cn/app/')).toEqual({
      data: [],
      street: null,
      sample: 'xuecheng',
      sampleNamed: false,
    });
    expect(parseAtlasParams('http://x.cn/app/?street=%20&data=&sample=')).toEqual({
      data: [],
      street: null,
      sample: 'xuecheng',
      sampleNamed: false,
    });
  });

  it('sample: which bundled district; an unknown one is the default', () => {
    expect(parseAtlasParams('http://x.cn/app/?sample=lishu').sample).toBe('lishu');
    expect(parseAtlasParams('http://x.cn/app/?sample=nowhere').sample).toBe('xuecheng');
    expect(parseAtlasParams('http://x.cn/app/?sample=lishu').sampleNamed).toBe(true);
    expect(parseAtlasParams('http://x.cn/app/?sample=nowhere').sampleNamed).toBe(true);
  });
});

describe('openingOf: what a page opens on', () => {
  const at = (q: string) => openingOf(parseAtlasParams(`http://x.cn/app/${q}`));
  it('the ?data= files first, whatever else the address says', () => {
    expect(at('?data=a.csv&sample=lishu')).toBe('data');
  });
  it('then a sample the address names, even the default one', () => {
    expect(at('?sample=lishu')).toBe('sample');
    expect(at('?sample=xuecheng&year=2023')).toBe('sample');
  });
  it('else the files kept from the last visit (the view parameters apply to them)', () => {
    expect(at('')).toBe('kept');
    expect(at('?year=2023&street=%E4%B8%B4%E5%9F%8E%E8%A1%97%E9%81%93&grade=C#map=12/34.8/117.3')).toBe('kept');
    expect(at('?sample=&data=')).toBe('kept');
  });
});

describe('withSampleParam', () => {
  it('names a sample other than the default; the default and the user’s own files name none', () => {
    const href = 'http://x.cn/app/?year=2023&sample=lishu#map=12/34.8/117.3';
    expect(withSampleParam(href, null)).toBe('http://x.cn/app/?year=2023#map=12/34.8/117.3');
    expect(withSampleParam(href, 'xuecheng')).toBe('http://x.cn/app/?year=2023#map=12/34.8/117.3');
    expect(withSampleParam('http://x.cn/app/?year=2023', 'lishu')).toBe('http://x.cn/app/?year=2023&sample=lishu');
    // After the user's own files, the address opens on what the browser kept.
    expect(openingOf(parseAtlasParams(withSampleParam(href, null)))).toBe('kept');
  });
});

describe('withStreetParam', () => {
  it('sets, replaces and removes street, keeping the other parameters and the hash', () => {
    const set = withStreetParam('http://x.cn/app/?data=a.csv#map', '临城街道');
    expect(parseAtlasParams(set)).toEqual({
      data: ['http://x.cn/app/a.csv'],
      street: '临城街道',
      sample: 'xuecheng',
      sampleNamed: false,
    });
    expect(set.endsWith('#map')).toBe(true);
    expect(parseAtlasParams(withStreetParam(set, '常庄街道')).street).toBe('常庄街道');
    const removed = withStreetParam(set, null);
    expect(removed).toBe('http://x.cn/app/?data=a.csv#map');
  });
});

describe('parseViewParams: the view in the address', () => {
  const at = (q: string) => parseViewParams(`https://x.cn/atlas/?${q}#map=12/34.8/117.3`);

  it('nothing asked: an empty view, no problems', () => {
    expect(at('data=a.csv')).toEqual({ filter: {}, rules: {}, problems: [] });
  });

  it('every filter field, the plan year, colouring, grouping and rules', () => {
    const v = at(
      'street=临城街道&shequ=东风社区&community=东风小区&built=1980-1999&grade=C,d&complete=no,unknown&type=basic,none&stage=none,construction&elig=eligible,gradeD&backlog=1' +
        '&year=2022&colour=buildYear&by=community&cutoff=2005&yearRule=0&gradeC=0&nonComplete=1&gradeD=exclude&reserveTo=2008&reserveShare=0.25',
    );
    expect(v.problems).toEqual([]);
    expect(v.filter).toEqual({
      street: '临城街道',
      shequ: '东风社区',
      community: '东风小区',
      builtFrom: 1980,
      builtTo: 1999,
      grades: ['C', 'D'],
      complete: ['no', 'unknown'],
      types: ['basic', 'none'],
      stages: ['none', 'construction'],
      eligibility: ['eligible', 'gradeD'],
      backlog: true,
    });
    expect([v.year, v.colour, v.groupBy]).toEqual([2022, 'buildYear', 'community']);
    expect(v.rules).toEqual({
      cutoffYear: 2005,
      byYear: false,
      byGradeC: false,
      byNonComplete: true,
      gradeD: 'exclude',
      reserveTo: 2008,
      reserveShare: 0.25,
    });
  });

  it('open ranges, a single year, every year, the reserve tier off', () => {
    expect(at('built=1990-').filter).toEqual({ builtFrom: 1990, builtTo: null });
    expect(at('built=-2000').filter).toEqual({ builtFrom: null, builtTo: 2000 });
    expect(at('built=1995').filter).toEqual({ builtFrom: 1995, builtTo: 1995 });
    expect(at('year=all').year).toBeNull();
    expect(at('reserveTo=off').rules).toEqual({ reserveTo: null });
    expect(at('by=year').groupBy).toBe('planYear');
    expect(at('cols=stock').columnSet).toBe('stock');
    expect(at('cols=all').columnSet).toBe('all');
    expect(at('cols=wide').columnSet).toBeUndefined();
    expect(at('cols=wide').problems.map((p) => [p.param, p.value])).toEqual([['cols', 'wide']]);
  });

  it('bad values are left out, each with a problem that names it; good values beside them stay', () => {
    const v = at(
      'grade=C,X&year=abc&built=2000-1990&colour=rainbow&cutoff=soon&gradeD=maybe&reserveShare=20%25&backlog=perhaps&stage=done',
    );
    expect(v.filter).toEqual({ grades: ['C'], stages: [] });
    expect(v.year).toBeUndefined();
    expect(v.colour).toBeUndefined();
    expect(v.rules).toEqual({});
    expect(v.problems.map((p) => [p.param, p.value])).toEqual([
      ['built', '2000-1990'],
      ['grade', 'X'],
      ['stage', 'done'],
      ['backlog', 'perhaps'],
      ['year', 'abc'],
      ['colour', 'rainbow'],
      ['cutoff', 'soon'],
      ['gradeD', 'maybe'],
      ['reserveShare', '20%'],
    ]);
    for (const p of v.problems) {
      expect(messageText(p.message, 'zh')).toContain(`${p.param}=`);
      expect(messageText(p.message, 'en')).toContain('ignored');
    }
  });
});

describe('viewHref: the address of a view', () => {
  const base: ViewState = {
    filter: EMPTY_FILTER,
    year: 2023,
    defaultYear: 2023,
    colour: 'stage',
    groupBy: 'street',
    rules: DEFAULT_ELIGIBILITY,
  };

  it('defaults write nothing; data and the map hash are kept', () => {
    expect(viewHref('https://x.cn/atlas/?data=a.csv#map=12/34.8/117.3', base)).toBe(
      'https://x.cn/atlas/?data=a.csv#map=12/34.8/117.3',
    );
  });

  it('what differs is written, and reads back as the same view', () => {
    const view: ViewState = {
      filter: {
        ...EMPTY_FILTER,
        street: '临城街道',
        community: '东风小区（临城街道）',
        builtFrom: 1990,
        builtTo: null,
        grades: ['C', 'D'],
        stages: ['none'],
        eligibility: ['reserveOver'],
        backlog: true,
      },
      year: null,
      defaultYear: 2023,
      colour: 'grade',
      groupBy: 'shequ',
      columnSet: 'stock',
      rules: { ...DEFAULT_ELIGIBILITY, cutoffYear: 2005, gradeD: 'eligible', reserveTo: 2008, reserveShare: 0.1 },
    };
    const href = viewHref('https://x.cn/atlas/?data=a.csv&street=old&foo=bar#map=12/34.8/117.3', view);
    expect(href.endsWith('#map=12/34.8/117.3')).toBe(true);
    const url = new URL(href);
    expect(url.searchParams.get('data')).toBe('a.csv');
    expect(url.searchParams.get('foo')).toBe('bar');
    expect(url.searchParams.getAll('street')).toEqual(['临城街道']);
    expect(url.searchParams.get('year')).toBe('all');
    const back = parseViewParams(href);
    expect(back.problems).toEqual([]);
    expect({ ...EMPTY_FILTER, ...back.filter }).toEqual(view.filter);
    expect([back.year, back.colour, back.groupBy, back.columnSet]).toEqual([null, 'grade', 'shequ', 'stock']);
    expect({ ...DEFAULT_ELIGIBILITY, ...back.rules }).toEqual(view.rules);
  });

  it('a year other than the default is written; the default is not', () => {
    expect(new URL(viewHref('https://x.cn/', { ...base, year: 2022 })).searchParams.get('year')).toBe('2022');
    expect(new URL(viewHref('https://x.cn/?year=2022', base)).searchParams.has('year')).toBe(false);
  });

  it('property: any view written and read back is the same view', () => {
    const list = <T>(xs: readonly T[]) => fc.subarray([...xs]);
    const year = fc.option(fc.integer({ min: 1900, max: 2100 }), { nil: null });
    const name = fc.option(
      fc.string({ minLength: 1, maxLength: 6 }).filter((s) => s.trim() === s && s.trim() !== ''),
      { nil: null },
    );
    const arb = fc.record({
      filter: fc
        .record({
          street: name,
          shequ: name,
          community: name,
          builtFrom: year,
          builtTo: year,
          grades: list(GRADE_KEYS),
          complete: list(COMPLETE_KEYS),
          types: list(TYPE_KEYS),
          stages: list(STAGE_KEYS),
          eligibility: list(ELIGIBILITY_KEYS),
          backlog: fc.boolean(),
        })
        .filter((f) => f.builtFrom === null || f.builtTo === null || f.builtFrom <= f.builtTo),
      year,
      defaultYear: year,
      colour: fc.constantFrom(...COLOUR_MODES),
      groupBy: fc.constantFrom(...GROUP_BYS),
      columnSet: fc.constantFrom(...COLUMN_SETS),
      rules: fc.record({
        cutoffYear: fc.integer({ min: 1950, max: 2030 }),
        byYear: fc.boolean(),
        byGradeC: fc.boolean(),
        byNonComplete: fc.boolean(),
        gradeD: fc.constantFrom(...GRADE_D_MODES),
        reserveTo: year,
        reserveShare: fc.constantFrom(0, 0.05, 0.2, 0.333, 1),
      }),
    });
    fc.assert(
      fc.property(arb, (view) => {
        const back = parseViewParams(viewHref('https://x.cn/app/?data=a.csv', view));
        expect(back.problems).toEqual([]);
        expect({ ...EMPTY_FILTER, ...back.filter }).toEqual(view.filter);
        expect(back.year === undefined ? view.defaultYear : back.year).toEqual(view.year);
        expect(back.colour ?? 'stage').toBe(view.colour);
        expect(back.groupBy ?? 'street').toBe(view.groupBy);
        expect(back.columnSet ?? DEFAULT_COLUMN_SET).toBe(view.columnSet);
        expect({ ...DEFAULT_ELIGIBILITY, ...back.rules }).toEqual(view.rules);
      }),
      { numRuns: 300 },
    );
  });
});
