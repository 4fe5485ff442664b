import { describe, expect, it } from 'vitest';
import { parseAtlasParams, withStreetParam } from '../../../src/state/url-params.ts';

describe('parseAtlasParams', () => {
  it('data URLs relative to the page, split on commas, trimmed; the street office', () => {
    const p = parseAtlasParams('https://gov.example.cn/atlas/index.html?data=data/a.csv,%20b.geojson,&street=%E4%B8%B4%E5%9F%8E%E8%A1%97%E9%81%93');
    expect(p.data).toEqual(['https://gov.example.cn/atlas/data/a.csv', 'https://gov.example.cn/atlas/b.geojson']);
    expect(p.street).toBe('临城街道');
  });
  it('several data parameters, absolute and root-relative URLs', () => {
    expect(parseAtlasParams('http://x.cn/app/?data=/files/a.csv&data=http://y.cn/b.json').data).toEqual(['http://x.cn/files/a.csv', 'http://y.cn/b.json']);
  });
  it('none: the sample and the whole district', () => {
    expect(parseAtlasParams('http://x.cn/app/')).toEqual({ data: [], street: null });
    expect(parseAtlasParams('http://x.cn/app/?street=%20&data=')).toEqual({ data: [], street: null });
  });
});

describe('withStreetParam', () => {
  it('sets, replaces and removes street, keeping the other parameters and the hash', () => {
    const set = withStreetParam('http://x.cn/app/?data=a.csv#map', '临城街道');
    expect(parseAtlasParams(set)).toEqual({ data: ['http://x.cn/app/a.csv'], street: '临城街道' });
    expect(set.endsWith('#map')).toBe(true);
    expect(parseAtlasParams(withStreetParam(set, '常庄街道')).street).toBe('常庄街道');
    const removed = withStreetParam(set, null);
    expect(removed).toBe('http://x.cn/app/?data=a.csv#map');
  });
});
