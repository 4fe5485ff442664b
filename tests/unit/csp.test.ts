/**
 * The Content-Security-Policy's text (src/csp.ts): script from the app's own files only, the
 * header the <meta> plus frame-ancestors, and every base-map tile host the app can ask for
 * named by host (so that a server that drops `http: https:` from connect-src keeps the tiles).
 * tests/e2e/security.test.ts checks the built page sends it and breaks none of it.
 */
import { describe, expect, test } from 'vitest';
import { CSP_DIRECTIVES, CSP_HEADER, CSP_META, TILE_HOSTS } from '../../src/csp.ts';
import { baseMapSources, type BaseMapChoice } from '../../src/map/base-maps.ts';

const ONLINE: BaseMapChoice[] = ['osm', 'tianditu', 'amap'];

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...sources]) => [name, sources]),
  );
}

/** Whether a host-source (`https://host` or `https://*.domain`) allows a URL; scheme-only sources are not counted. */
function hostAllows(sources: readonly string[], href: string): boolean {
  const url = new URL(href);
  return sources.some((s) => {
    const m = /^(https?):\/\/(\*\.)?([^/:]+)$/.exec(s);
    if (!m || `${m[1]}:` !== url.protocol) return false;
    return m[2] ? url.hostname.endsWith(`.${m[3]}`) : url.hostname === m[3];
  });
}

describe('the Content-Security-Policy', () => {
  test('script from the app itself only; no eval; no plugins; the header adds frame-ancestors to the meta', () => {
    const meta = directives(CSP_META);
    expect(meta.get('script-src')).toEqual(["'self'"]);
    expect(CSP_META).not.toMatch(/'unsafe-eval'|'wasm-unsafe-eval'|'strict-dynamic'/);
    expect(meta.get('object-src')).toEqual(["'none'"]);
    expect(meta.get('default-src')).toEqual(["'self'"]);
    expect(meta.has('frame-ancestors')).toBe(false);
    expect(CSP_HEADER).toBe(`${CSP_META}; frame-ancestors 'self'`);
    expect(new Set(CSP_DIRECTIVES.map(([name]) => name)).size).toBe(CSP_DIRECTIVES.length);
    // Nothing that would end the <meta>'s attribute.
    expect(CSP_HEADER).not.toMatch(/["<>&\n]/);
  });

  test('every online base map’s tiles are allowed by host in img-src and connect-src', () => {
    const meta = directives(CSP_META);
    const urls = ONLINE.flatMap((c) => baseMapSources(c, 'key').flatMap(([, spec]) => spec.tiles ?? []));
    expect(urls.length).toBeGreaterThanOrEqual(1 + 2 * 8 + 4);
    for (const u of urls) {
      expect(hostAllows(meta.get('img-src') ?? [], u), u).toBe(true);
      expect(hostAllows(meta.get('connect-src') ?? [], u), u).toBe(true);
    }
    // And no host named that no base map uses.
    for (const h of TILE_HOSTS)
      expect(
        urls.some((u) => hostAllows([h], u)),
        h,
      ).toBe(true);
  });

  test('?data= may name http and https files on other servers; the workers MapLibre starts from blob: URLs', () => {
    const meta = directives(CSP_META);
    expect(meta.get('connect-src')).toEqual(expect.arrayContaining(["'self'", 'https:', 'http:']));
    expect(meta.get('worker-src')).toEqual(["'self'", 'blob:']);
  });
});
