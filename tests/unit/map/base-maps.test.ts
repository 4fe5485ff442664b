/**
 * 天地图's tile addresses (src/map/base-maps.ts), letter for letter: eight hosts, the layer in the
 * path and the query, MapLibre's {z}/{y}/{x} left unencoded and the user's key encoded.
 */
import { describe, expect, it } from 'vitest';
import { displayCrs, tiandituTiles } from '../../../src/map/base-maps.ts';

describe('tiandituTiles', () => {
  it('asks each of t0–t7 for a WMTS tile of the layer, with the key', () => {
    const tiles = tiandituTiles('vec', 'a b&c');
    expect(tiles).toHaveLength(8);
    expect(tiles[0]).toBe(
      'https://t0.tianditu.gov.cn/vec_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=vec' +
        '&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=a%20b%26c',
    );
    expect(tiles.map((u) => new URL(u).host)).toEqual([0, 1, 2, 3, 4, 5, 6, 7].map((s) => `t${s}.tianditu.gov.cn`));
    expect(tiandituTiles('cva', 'k')[7]).toBe(
      'https://t7.tianditu.gov.cn/cva_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=cva' +
        '&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=k',
    );
  });
});

describe('displayCrs', () => {
  it('draws in GCJ-02 over 高德 only', () => {
    expect(displayCrs('amap')).toBe('gcj02');
    for (const choice of ['offline', 'osm', 'tianditu'] as const) expect(displayCrs(choice)).toBe('wgs84');
  });
});
