/**
 * Column maps the user made in the column-matching dialog, kept in localStorage by exact header
 * list so the next file with the same headers loads without asking. Kept in memory as well, so
 * that a browser that blocks storage still remembers them for this visit.
 */
import {
  parseSavedColumnMaps,
  rememberColumnMap,
  type ColumnMap,
  type SavedColumnMaps,
} from '../../domain/column-match.ts';

export const COLUMN_MAPS_STORAGE = 'atlas:column-maps';

let memory: SavedColumnMaps | null = null;

/** Every remembered map. */
export function savedColumnMaps(): SavedColumnMaps {
  if (memory) return memory;
  let text: string | null = null;
  try {
    text = globalThis.localStorage?.getItem(COLUMN_MAPS_STORAGE) ?? null;
  } catch {
    // storage blocked (private mode, file://): nothing remembered from earlier visits
  }
  memory = parseSavedColumnMaps(text);
  return memory;
}

/** Remember a map for this header list; returns every remembered map, the new one included. */
export function rememberMap(headers: readonly string[], map: Readonly<ColumnMap>): SavedColumnMaps {
  memory = rememberColumnMap(savedColumnMaps(), headers, map);
  try {
    globalThis.localStorage?.setItem(COLUMN_MAPS_STORAGE, JSON.stringify(memory));
  } catch {
    // not kept across visits; still used for this one
  }
  return memory;
}
