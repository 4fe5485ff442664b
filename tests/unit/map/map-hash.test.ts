/**
 * The address's map position (src/map/map-hash.ts): MapLibre's `#map=zoom/lat/lng` format,
 * other hash parts kept, read back as written.
 */
import { describe, expect, it } from 'vitest';
import { readMapHash, writeMapHash } from '../../../src/map/map-hash.ts';

describe('readMapHash', () => {
  it('reads zoom, latitude and longitude, among other parts', () => {
    expect(readMapHash('#map=14.5/34.8/117.3')).toEqual({ zoom: 14.5, lat: 34.8, lng: 117.3 });
    expect(readMapHash('#a=1&map=12/34.81/117.26&b')).toEqual({ zoom: 12, lat: 34.81, lng: 117.26 });
  });

  it('is null without a position or with a bad one', () => {
    for (const h of [
      '',
      '#',
      '#map',
      '#map=',
      '#map=12/34.8',
      '#map=x/34.8/117.3',
      '#map=12/95/117.3',
      '#map=30/34.8/117.3',
      '#mapx=12/34.8/117.3',
    ])
      expect(readMapHash(h)).toBeNull();
  });
});

describe('writeMapHash', () => {
  it('rounds as MapLibre does: zoom to 0.01, the centre to half a pixel', () => {
    expect(writeMapHash('', { zoom: 14.5123, lat: 34.812345678, lng: 117.263456789 })).toBe(
      '#map=14.51/34.81235/117.26346',
    );
    expect(writeMapHash('', { zoom: 3, lat: 34.812345678, lng: 117.263456789 })).toBe('#map=3/34.81/117.26');
  });

  it('replaces an earlier position and keeps the other parts in place', () => {
    expect(writeMapHash('#a=1&map=3/1/2&b=2', { zoom: 12, lat: 34.8, lng: 117.3 })).toBe('#a=1&map=12/34.8/117.3&b=2');
    expect(writeMapHash('#a=1', { zoom: 12, lat: 34.8, lng: 117.3 })).toBe('#a=1&map=12/34.8/117.3');
  });

  it('reads back what it wrote', () => {
    const p = { zoom: 16.25, lat: 34.79512, lng: 117.26231 };
    expect(readMapHash(writeMapHash('#x=1', p))).toEqual(p);
  });
});
