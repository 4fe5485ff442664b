/**
 * The address's loading parameters: `?data=` (files to load instead of the sample), `?sample=`
 * (which bundled sample) and `?street=`. The view's parameters are parse-view-params.ts's.
 */
import { DEFAULT_SAMPLE, isSampleKey, type SampleKey } from '../load/sample-files.ts';

/** What an address asks to load: `?data=` files or a bundled `?sample=`, and the street office. */
export interface AtlasParams {
  /** Absolute URLs of the files to load; empty = the sample. */
  data: string[];
  /** Street office asked for; null = the whole district. */
  street: string | null;
  /** Which bundled sample opens when no `data` is given (`sample=lishu`); unknown values: the default. */
  sample: SampleKey;
}

/**
 * Read the loading parameters from an address. `data` entries are split on commas, trimmed, and
 * resolved against the page's address.
 * @example parseAtlasParams('https://x.cn/atlas/?data=a.csv,b.geojson&street=临城街道').data[0]
 *   // 'https://x.cn/atlas/a.csv'
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
  const asked = url.searchParams.get('sample')?.trim();
  return { data, street, sample: isSampleKey(asked) ? asked : DEFAULT_SAMPLE };
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
