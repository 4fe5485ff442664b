import { useEffect } from 'react';
import { writeProgrammeJson } from '../../domain/programme-csv.ts';
import type { Programme } from '../../domain/programme.ts';
import { readProgrammeFile } from '../../io/read-programme-file.ts';
import { useAtlas } from '../../state/store.ts';
import { storageKey } from './programme-draft.ts';

const STORE_PREFIX = 'atlas:programme:';

/** Keep a programme loaded or edited in the page in this browser (per district and year). */
export function store(p: Programme | null, district: string, year: number): void {
  try {
    if (p) localStorage.setItem(storageKey(district, year), writeProgrammeJson(p));
    else localStorage.removeItem(storageKey(district, year));
  } catch {
    // Storage full or off: the edit still holds for this page.
  }
}

/**
 * When a dataset arrives, the programmes kept for its district come back in place of the
 * file's (and edits made for another dataset go).
 */
export function useKeptProgrammes(): void {
  const dataset = useAtlas((s) => s.dataset);
  useEffect(() => {
    if (!dataset) return;
    const s = useAtlas.getState();
    for (const p of s.programmeEdits) s.resetProgramme(p.year);
    const districts = new Set(dataset.programmes.map((p) => p.district || '-'));
    try {
      for (let k = 0; k < localStorage.length; k++) {
        const key = localStorage.key(k) ?? '';
        const district = key.startsWith(STORE_PREFIX) ? key.slice(STORE_PREFIX.length).replace(/:\d{4}$/, '') : null;
        if (district === null || !districts.has(district)) continue;
        const kept = readProgrammeFile(
          'kept.json',
          new TextEncoder().encode(localStorage.getItem(key) ?? ''),
        ).programme;
        if (kept) s.putProgramme(kept);
      }
    } catch {
      // No storage: nothing kept.
    }
  }, [dataset]);
}
