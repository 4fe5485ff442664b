/**
 * The Content-Security-Policy of the built app, in one place: vite.config.ts writes it into the
 * built index.html as a <meta> (so it travels with the static files to any web server or a USB
 * stick) and sends it as a header from `vite preview`; tests/e2e/security.test.ts checks both.
 * The dev server gets none: Vite's dev client injects inline scripts.
 *
 * Script only from the app's own files: no inline script, no eval (no library of ours needs it:
 * the eval-like `Function('return this')` in exceljs and core-js are fallbacks never reached in a
 * browser, and the page is tested under this policy with the imports, exports and maps in use).
 */

/** Online base-map tiles, fetched only once the user switches a base map on (src/map/base-maps.ts). */
export const TILE_HOSTS = [
  'https://tile.openstreetmap.org',
  // 天地图: t0–t7.
  'https://*.tianditu.gov.cn',
  // 高德: webrd01–04.
  'https://webrd01.is.autonavi.com',
  'https://webrd02.is.autonavi.com',
  'https://webrd03.is.autonavi.com',
  'https://webrd04.is.autonavi.com',
] as const;

/**
 * The directives, in order. A directive's sources and why:
 * - worker-src blob: — MapLibre starts its workers from a blob: URL; our import worker is a file.
 * - style-src 'unsafe-inline' — the brief's print rule is a <style> element made at run time
 *   (`@page { size: A4 landscape }`, src/ui/brief/BriefPreview.tsx); a style cannot run script.
 *   Styles set from script (React's `style`, MapLibre, deck.gl) are not governed by the policy.
 * - img-src data: blob: — MapLibre's control icons and decoded tiles, the page's empty favicon,
 *   the brief's map picture.
 * - connect-src http: https: — `?data=` may name files on other servers (docs/data-format.md);
 *   a server that publishes data only beside the app can send a stricter header.
 */
export const CSP_DIRECTIVES: readonly (readonly [string, readonly string[]])[] = [
  ['default-src', ["'self'"]],
  ['script-src', ["'self'"]],
  ['worker-src', ["'self'", 'blob:']],
  ['child-src', ["'self'", 'blob:']],
  ['style-src', ["'self'", "'unsafe-inline'"]],
  ['img-src', ["'self'", 'data:', 'blob:', ...TILE_HOSTS]],
  ['connect-src', ["'self'", ...TILE_HOSTS, 'https:', 'http:']],
  ['object-src', ["'none'"]],
  ['base-uri', ["'self'"]],
  ['form-action', ["'self'"]],
];

function policy(directives: readonly (readonly [string, readonly string[]])[]): string {
  return directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}

/** The policy a <meta http-equiv> can carry (browsers ignore frame-ancestors there). */
export const CSP_META = policy(CSP_DIRECTIVES);

/**
 * The policy as a response header: the same, and only pages of the same site may frame the app
 * (a header can say that, a <meta> cannot).
 */
export const CSP_HEADER = policy([...CSP_DIRECTIVES, ['frame-ancestors', ["'self'"]]]);
