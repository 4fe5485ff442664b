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
  /** The address names a sample (`?sample=lishu`, or one not known): it opens even where the user's files are kept. */
  sampleNamed: boolean;
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
  return { data, street, sample: isSampleKey(asked) ? asked : DEFAULT_SAMPLE, sampleNamed: Boolean(asked) };
}

/**
 * What a page opens on: the address's `?data=` files, else the sample the address names, else
 * the user's files kept from the last visit ('kept': the default sample when none are kept). An
 * address that says what to show wins over what the browser kept, and leaves it kept.
 * @example openingOf(parseAtlasParams('https://x.cn/?year=2023')) // 'kept'
 */
export function openingOf(p: Pick<AtlasParams, 'data' | 'sampleNamed'>): 'data' | 'sample' | 'kept' {
  if (p.data.length > 0) return 'data';
  return p.sampleNamed ? 'sample' : 'kept';
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

/**
 * The address with `sample` naming a bundled sample, or removed for the default one and for the
 * user's own files (so that a reload opens those, not a sample); the rest kept.
 * @example withSampleParam('https://x.cn/?year=2023', 'lishu') // 'https://x.cn/?year=2023&sample=lishu'
 */
export function withSampleParam(href: string, key: SampleKey | null): string {
  const url = new URL(href);
  if (key === null || key === DEFAULT_SAMPLE) url.searchParams.delete('sample');
  else url.searchParams.set('sample', key);
  return url.href;
}
