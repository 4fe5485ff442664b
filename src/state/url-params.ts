/**
 * The page's address as a way in: `?data=URL[,URL…]` loads those files (relative to the page)
 * instead of the sample, `?street=临城街道` opens on one street office. The address follows the
 * street office picked afterwards (history.replaceState, so Back still leaves the page).
 */
import { useAtlas } from './store.ts';

export interface AtlasParams {
  /** Absolute URLs of the files to load; empty = the sample. */
  data: string[];
  /** Street office asked for; null = the whole district. */
  street: string | null;
}

/**
 * Read the parameters from an address. `data` entries are split on commas, trimmed, and resolved
 * against the page's address.
 * @example parseAtlasParams('https://x.cn/atlas/?data=a.csv,b.geojson&street=临城街道').data[0] // 'https://x.cn/atlas/a.csv'
 */
export function parseAtlasParams(href: string): AtlasParams {
  const url = new URL(href);
  const data = url.searchParams
    .getAll('data')
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '')
    .map((v) => new URL(v, url).href);
  const street = url.searchParams.get('street')?.trim() || null;
  return { data, street };
}

/**
 * The address with `street` set to a street office, or removed for the whole district; the
 * other parameters and the hash are kept.
 * @example withStreetParam('https://x.cn/?data=a.csv', '临城街道') // 'https://x.cn/?data=a.csv&street=%E4%B8%B4...'
 */
export function withStreetParam(href: string, street: string | null): string {
  const url = new URL(href);
  if (street) url.searchParams.set('street', street);
  else url.searchParams.delete('street');
  return url.href;
}

let syncing = false;

/** Keep `?street=` equal to the store's street office from now on (once per page). */
export function syncStreetToUrl(): void {
  if (syncing) return;
  syncing = true;
  useAtlas.subscribe((s, prev) => {
    if (s.street === prev.street) return;
    const next = withStreetParam(window.location.href, s.street);
    if (next !== window.location.href) window.history.replaceState(window.history.state, '', next);
  });
}
