/**
 * How a building column is stored: a typed array of numbers, a dictionary of strings, or (the id
 * alone) one string per row. Each kind knows the few things done to every column alike — allocate,
 * grow, mark, roll back, finish — so the builder and the empty table walk the schema
 * (building-table.ts) without a case per column.
 */
import { DictBuilder, type DictColumn } from './dict-column.ts';

/** The typed arrays a number column may be stored in. */
type NumberArray = Float64Array | Float32Array | Int32Array | Int16Array | Uint8Array | Uint16Array | Uint32Array;

/**
 * One storage kind: `Col` is what the finished table holds, `Buf` what the builder fills.
 * Buffers have room for more rows than are written; rows past the written ones hold the missing value.
 */
export interface ColumnKind<Col, Buf> {
  /** Storage for `capacity` rows, every row missing. */
  allocate(capacity: number): Buf;
  /** The same rows with room for `capacity`, the new rows missing (may return `buf` itself, grown). */
  grow(buf: Buf, capacity: number): Buf;
  /** What the column holds beyond its rows (a dictionary's value count), to come back to with `rollback`. */
  mark(buf: Buf): number;
  /** Forget rows from `length` on, and what was added after `mark`. */
  rollback(buf: Buf, length: number, mark: number): void;
  /** The finished column, trimmed to `length` (a copy: the buffer may be reused). */
  finish(buf: Buf, length: number): Col;
  /** The typed arrays of a finished column, transferred to and from the worker. */
  arrays(col: Col): ArrayBufferView[];
  /** A new column of the given rows of `col`, in that order (a dictionary keeps sharing its values). */
  gather(col: Col, rows: Uint32Array): Col;
  /** Whether row i of a finished column holds the missing value. */
  isMissing(col: Col, i: number): boolean;
  /** Whether row i of `a` and row j of `b` hold the same value (two missing values are the same). */
  same(a: Col, i: number, b: Col, j: number): boolean;
  /**
   * Write row j of `src` into row i of `dst`, a column made by `gather` from the same table (a
   * dictionary's codes then mean the same values). Changes `dst`: only for a column just made.
   */
  copyCell(dst: Col, i: number, src: Col, j: number): void;
}

/**
 * The given rows of `col` in a new array of the same type. Kept rows come in long runs (a merge drops a
 * few), so each run is one block copy rather than a read and write per row of every column.
 */
function gatherRuns<A extends NumberArray>(col: A, rows: Uint32Array, make: new (length: number) => A): A {
  const out = new make(rows.length);
  let k = 0;
  while (k < rows.length) {
    const start = rows[k];
    let end = k + 1;
    while (end < rows.length && rows[end] === start + (end - k)) end++;
    out.set(col.subarray(start, start + (end - k)) as never, k);
    k = end;
  }
  return out;
}

/** A column of numbers in typed array `A`; `missing` is the value of a row nothing was written to. */
function numberColumn<A extends NumberArray>(make: new (length: number) => A, missing: number): ColumnKind<A, A> {
  const allocate = (capacity: number): A => {
    const a = new make(capacity);
    if (missing !== 0) a.fill(missing);
    return a;
  };
  return {
    allocate,
    grow(buf, capacity) {
      const next = new make(capacity);
      if (missing !== 0) next.fill(missing, buf.length);
      next.set(buf);
      return next;
    },
    mark: () => 0,
    rollback: (buf, length) => void buf.fill(missing, length),
    finish: (buf, length) => buf.slice(0, length) as A,
    arrays: (col) => [col],
    gather: (col, rows) => gatherRuns(col, rows, make),
    // NaN !== NaN: a NaN missing value is told by x !== x.
    isMissing: (col, i) => col[i] === missing || (missing !== missing && col[i] !== col[i]),
    same: (a, i, b, j) => a[i] === b[j] || (a[i] !== a[i] && b[j] !== b[j]),
    copyCell(dst, i, src, j) {
      dst[i] = src[j];
    },
  };
}

/** Float64 column (coordinates, quantities, day numbers); NaN unless said otherwise. */
export const float64 = (missing = NaN): ColumnKind<Float64Array, Float64Array> =>
  numberColumn<Float64Array>(Float64Array, missing);
/** Float32 column (values where 7 digits are plenty, e.g. floors); NaN unless said otherwise. */
export const float32 = (missing = NaN): ColumnKind<Float32Array, Float32Array> =>
  numberColumn<Float32Array>(Float32Array, missing);
/** Int32 column (indices into another list); 0 unless said otherwise. */
export const int32 = (missing = 0): ColumnKind<Int32Array, Int32Array> => numberColumn<Int32Array>(Int32Array, missing);
/** Int16 column (years); 0 missing. */
export const int16 = (): ColumnKind<Int16Array, Int16Array> => numberColumn<Int16Array>(Int16Array, 0);
/** Uint8 code column (grades, stages, bit masks, FROM_* and YEAR_* codes); 0 missing. */
export const code8 = (): ColumnKind<Uint8Array, Uint8Array> => numberColumn<Uint8Array>(Uint8Array, 0);
/** Uint16 column (file numbers); 0 missing. */
export const uint16 = (): ColumnKind<Uint16Array, Uint16Array> => numberColumn<Uint16Array>(Uint16Array, 0);
/** Uint32 column (line numbers); 0 missing. */
export const uint32 = (): ColumnKind<Uint32Array, Uint32Array> => numberColumn<Uint32Array>(Uint32Array, 0);

/** Dictionary-encoded text (dict-column.ts); code 0, '', missing. */
export const dictionary = (): ColumnKind<DictColumn, DictBuilder> => ({
  allocate: (capacity) => new DictBuilder(capacity),
  grow(buf, capacity) {
    buf.grow(capacity);
    return buf;
  },
  mark: (buf) => buf.values.length,
  rollback: (buf, length, mark) => buf.rollback(length, mark),
  finish: (buf, length) => buf.finish(length),
  arrays: (col) => [col.codes],
  gather: (col, rows) => ({ codes: gatherRuns(col.codes, rows, Uint32Array), values: col.values }),
  isMissing: (col, i) => col.codes[i] === 0,
  same: (a, i, b, j) => a.values[a.codes[i]] === b.values[b.codes[j]],
  copyCell(dst, i, src, j) {
    dst.codes[i] = src.codes[j];
  },
});

/** One string per row, for text that rarely repeats (ids); '' missing. A plain array grows by itself. */
export const text = (): ColumnKind<string[], string[]> => ({
  allocate: () => [],
  grow: (buf) => buf,
  mark: () => 0,
  rollback(buf, length) {
    buf.length = length;
  },
  finish: (buf, length) => buf.slice(0, length),
  arrays: () => [],
  gather(col, rows) {
    const out = new Array<string>(rows.length);
    for (let k = 0; k < rows.length; k++) out[k] = col[rows[k]];
    return out;
  },
  isMissing: (col, i) => col[i] === '',
  same: (a, i, b, j) => a[i] === b[j],
  copyCell(dst, i, src, j) {
    dst[i] = src[j];
  },
});

/** What the finished table holds for a column of kind `K`. */
export type ColumnOf<K> = K extends ColumnKind<infer Col, unknown> ? Col : never;
/** What the builder fills for a column of kind `K`. */
export type BufferOf<K> = K extends ColumnKind<unknown, infer Buf> ? Buf : never;
