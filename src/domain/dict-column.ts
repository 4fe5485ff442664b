/**
 * Dictionary-encoded string columns: one Uint32 code per row and each distinct text once, so a
 * street name written on 50 000 rows costs 50 000 codes and one string.
 */

/** A dictionary-encoded string column: `values[codes[i]]` is row i's text; code 0 is ''. */
export interface DictColumn {
  codes: Uint32Array;
  /** Distinct values; values[0] is always '' (missing). */
  values: string[];
}

/** Text of row i in a dictionary column. */
export function dictValue(col: DictColumn, i: number): string {
  return col.values[col.codes[i]];
}

/** Builds a dictionary column incrementally; codes grow by doubling. */
export class DictBuilder {
  private codes: Uint32Array;
  private readonly lookup = new Map<string, number>([['', 0]]);
  readonly values: string[] = [''];

  constructor(capacity: number) {
    this.codes = new Uint32Array(capacity);
  }

  // Rows come grouped by community and street, so the previous value often repeats.
  private lastValue = '';
  private lastCode = 0;

  /** Code for a value, adding it when new. */
  code(value: string): number {
    if (value === this.lastValue) return this.lastCode;
    let c = this.lookup.get(value);
    if (c === undefined) {
      c = this.values.length;
      this.values.push(value);
      this.lookup.set(value, c);
    }
    this.lastValue = value;
    this.lastCode = c;
    return c;
  }

  /** A builder that starts as a copy of an existing column (the column itself is not changed). */
  static from(col: DictColumn): DictBuilder {
    const b = new DictBuilder(0);
    b.codes = col.codes.slice();
    for (let k = 1; k < col.values.length; k++) {
      b.values.push(col.values[k]);
      b.lookup.set(col.values[k], k);
    }
    return b;
  }

  /** Forget rows from `length` on and values added after `valueCount` (see BuildingTableBuilder.rollback). */
  rollback(length: number, valueCount: number): void {
    this.codes.fill(0, length);
    for (let k = valueCount; k < this.values.length; k++) this.lookup.delete(this.values[k]);
    this.values.length = valueCount;
    this.lastValue = '';
    this.lastCode = 0;
  }

  set(row: number, value: string): void {
    this.codes[row] = value === '' ? 0 : this.code(value);
  }

  setCode(row: number, code: number): void {
    this.codes[row] = code;
  }

  getCode(row: number): number {
    return this.codes[row];
  }

  grow(capacity: number): void {
    const next = new Uint32Array(capacity);
    next.set(this.codes);
    this.codes = next;
  }

  finish(length: number): DictColumn {
    return { codes: this.codes.slice(0, length), values: this.values };
  }
}
