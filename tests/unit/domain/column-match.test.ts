/**
 * Column matching: when a CSV needs the user to match its columns, the map the dialog starts
 * from, what stops a map from loading, and remembering maps by exact header list.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  autoColumnMap,
  columnMapProblems,
  describeColumnMap,
  headerSignature,
  needsColumnMatch,
  parseSavedColumnMaps,
  problemMessage,
  rememberColumnMap,
  savedColumnMapFor,
} from '../../../src/domain/column-match.ts';
import { messageText } from '../../../src/domain/messages/render.ts';
import { importFiles } from '../../../src/io/import-files.ts';
import { utf8 } from '../support.ts';

const UNKNOWN = 'A,B,C,D\nX-1,光明小区,117.2502,34.8001\nX-2,光明小区,117.2504,34.8002\n';

function reportOf(name: string, text: string, columnMap?: Record<string, 'lng' | 'lat' | 'id' | null>) {
  return importFiles([{ name, bytes: utf8(text), columnMap }]).report.files[0];
}

describe('needsColumnMatch', () => {
  it('a CSV whose headers name no coordinates: every row rejected for no-coordinate-columns', () => {
    const f = reportOf('unknown.csv', UNKNOWN);
    expect(f.rejected.map((r) => r.code)).toEqual(['no-coordinate-columns', 'no-coordinate-columns']);
    expect(needsColumnMatch(f)).toBe(true);
  });

  it('only a longitude column matched is not enough', () => {
    expect(needsColumnMatch(reportOf('half.csv', 'A,经度,D\n1,117.25,34.8\n'))).toBe(true);
  });

  it('not once the user matched C and D, and the file loads', () => {
    const f = reportOf('unknown.csv', UNKNOWN, { C: 'lng', D: 'lat', A: 'id' });
    expect(f.rowsLoaded).toBe(2);
    expect(needsColumnMatch(f)).toBe(false);
  });

  it('not for recognised headers, even with a bad row', () => {
    expect(needsColumnMatch(reportOf('ok.csv', '编号,经度,纬度\nB-1,117.25,34.8\nB-2,,34.8\n'))).toBe(false);
  });

  it('not for a header without rows, GeoJSON, or an empty file', () => {
    expect(needsColumnMatch(reportOf('head.csv', 'A,B,C\n'))).toBe(false);
    expect(
      needsColumnMatch(
        reportOf(
          'pts.geojson',
          JSON.stringify({
            type: 'FeatureCollection',
            features: [
              { type: 'Feature', properties: { A: 1 }, geometry: { type: 'Point', coordinates: [117.2, 34.8] } },
            ],
          }),
        ),
      ),
    ).toBe(false);
    expect(needsColumnMatch(reportOf('empty.csv', ''))).toBe(false);
  });
});

describe('autoColumnMap', () => {
  it('the automatic match of each header; unknown headers null; a second header of a field null', () => {
    expect(autoColumnMap(['楼栋编号', '经度', 'C', '纬度', '经度'])).toEqual({
      楼栋编号: 'id',
      经度: 'lng',
      C: null,
      纬度: 'lat',
    });
    expect(autoColumnMap(['建筑面积（万平方米）', 'X'])).toEqual({ '建筑面积（万平方米）': 'floorAreaM2', X: 'lng' });
  });
});

describe('columnMapProblems', () => {
  it('no longitude, no latitude', () => {
    expect(columnMapProblems({ A: 'id', C: null })).toEqual([{ code: 'no-lng' }, { code: 'no-lat' }]);
    expect(columnMapProblems({ C: 'lng' })).toEqual([{ code: 'no-lat' }]);
  });
  it('a field given to two columns', () => {
    const p = columnMapProblems({ C: 'lng', D: 'lat', E: 'lat' });
    expect(p).toEqual([{ code: 'duplicate', field: 'lat', headers: ['D', 'E'] }]);
    expect(messageText(problemMessage(p[0]), 'both')).toContain('纬度');
  });
  it('none for a usable map', () => expect(columnMapProblems({ A: 'id', B: null, C: 'lng', D: 'lat' })).toEqual([]));
});

describe('remembered maps', () => {
  const headers = ['A', 'B', 'C', 'D'];
  const map = { A: 'id', B: null, C: 'lng', D: 'lat' } as const;

  it('found again for exactly the same headers, not for others', () => {
    const saved = rememberColumnMap({}, headers, map);
    expect(savedColumnMapFor(saved, ['A', 'B', 'C', 'D'])).toEqual(map);
    expect(savedColumnMapFor(saved, ['A', 'B', 'D', 'C'])).toBeNull();
    expect(savedColumnMapFor(saved, ['A', 'B', 'C'])).toBeNull();
    expect(savedColumnMapFor(saved, ['a', 'b', 'c', 'd'])).toBeNull();
  });

  it('survive their stored text; malformed text or fields are dropped, never thrown', () => {
    const saved = rememberColumnMap({}, headers, map);
    expect(parseSavedColumnMaps(JSON.stringify(saved))).toEqual(saved);
    expect(parseSavedColumnMaps(null)).toEqual({});
    expect(parseSavedColumnMaps('{not json')).toEqual({});
    expect(parseSavedColumnMaps('[1,2]')).toEqual({});
    expect(parseSavedColumnMaps('{"x":{"A":"nonsense","B":"lat","C":null,"D":3},"y":5}')).toEqual({
      x: { B: 'lat', C: null },
    });
  });

  it('remembering returns a new object, newest last, the oldest dropped past the limit', () => {
    const one = rememberColumnMap({}, ['A'], { A: 'lng' });
    const two = rememberColumnMap(one, ['B'], { B: 'lat' }, 2);
    expect(one).toEqual({ [headerSignature(['A'])]: { A: 'lng' } });
    const three = rememberColumnMap(two, ['C'], { C: 'id' }, 2);
    expect(Object.keys(three)).toEqual([headerSignature(['B']), headerSignature(['C'])]);
    // Remembering the same headers again moves them to the end.
    expect(Object.keys(rememberColumnMap(three, ['B'], { B: 'lng' }, 2))).toEqual([
      headerSignature(['C']),
      headerSignature(['B']),
    ]);
  });

  it('keeps only the headers of the list', () => {
    expect(rememberColumnMap({}, ['A'], { A: 'lng', Z: 'lat' })).toEqual({ '["A"]': { A: 'lng' } });
  });

  it('property: any header list round-trips through the stored text', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 6 }), (hs) => {
        const m = Object.fromEntries(hs.map((h, i) => [h, i === 0 ? 'lng' : i === 1 ? 'lat' : null] as const));
        const text = JSON.stringify(rememberColumnMap({}, hs, m));
        const again = savedColumnMapFor(parseSavedColumnMaps(text), hs);
        expect(again).not.toBeNull();
        for (const h of hs)
          expect(Object.hasOwn(again!, h) ? again![h] : 'missing').toBe(Object.hasOwn(m, h) ? m[h] : 'missing');
      }),
    );
  });
});

describe('describeColumnMap', () => {
  it('the columns read differently from the automatic match', () => {
    expect(describeColumnMap(['A', 'B', 'C', 'D'], { A: null, B: null, C: 'lng', D: 'lat' })).toBe('C→经度、D→纬度');
    expect(describeColumnMap(['经度', '纬度', '户数'], { 经度: 'lng', 纬度: 'lat', 户数: null })).toBe('户数→不使用');
  });
});
