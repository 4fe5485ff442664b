/**
 * The builder's working storage: one buffer per schema column (BUILDING_COLUMNS), with room for more
 * rows than are written. Every function here walks the schema, so a new column needs no line here.
 */
import {
  BUILDING_COLUMN_NAMES,
  columnKind,
  type BUILDING_COLUMNS,
  type BuildingColumnName,
  type BuildingColumns,
} from './building-table.ts';
import type { BufferOf } from './column-kinds.ts';

/** One buffer per column: a typed array, a DictBuilder, or the id strings. */
export type BuildingBuffers = { [K in BuildingColumnName]: BufferOf<(typeof BUILDING_COLUMNS)[K]> };

/** Per column, what it held beyond its rows at a mark (a dictionary's value count). */
export type BuffersMark = Record<BuildingColumnName, number>;

/** Buffers for `capacity` rows, every row missing. */
export function allocateBuffers(capacity: number): BuildingBuffers {
  // Object.fromEntries rather than stores into {} one key at a time: V8 turns an object that gets
  // more than a dozen keys that way into a slow dictionary, and every row reads these buffers.
  return Object.fromEntries(BUILDING_COLUMN_NAMES.map((k) => [k, columnKind(k).allocate(capacity)])) as BuildingBuffers;
}

/** Give every buffer room for `capacity` rows (in place: `bufs` keeps its keys, setters keep reading it). */
export function growBuffers(bufs: BuildingBuffers, capacity: number): void {
  const b = bufs as Record<BuildingColumnName, unknown>;
  for (const k of BUILDING_COLUMN_NAMES) b[k] = columnKind(k).grow(b[k], capacity);
}

export function markBuffers(bufs: BuildingBuffers): BuffersMark {
  return Object.fromEntries(BUILDING_COLUMN_NAMES.map((k) => [k, columnKind(k).mark(bufs[k])])) as BuffersMark;
}

/** Forget rows from `length` on and what each column added after `mark`. */
export function rollbackBuffers(bufs: BuildingBuffers, length: number, mark: BuffersMark): void {
  for (const k of BUILDING_COLUMN_NAMES) columnKind(k).rollback(bufs[k], length, mark[k]);
}

/** The finished columns, trimmed to `length`. */
export function finishBuffers(bufs: BuildingBuffers, length: number): BuildingColumns {
  return Object.fromEntries(
    BUILDING_COLUMN_NAMES.map((k) => [k, columnKind(k).finish(bufs[k], length)]),
  ) as BuildingColumns;
}
