/**
 * A file's bytes, either in memory or read a range at a time. The importer reads CSVs a slice at
 * a time from a ByteSource, so a file picked in the browser (a Blob, read in the worker with
 * FileReaderSync) or named on the command line (read with fs.readSync) never has to exist whole
 * in memory: only the building columns grow with the file. GeoJSON, workbooks and zips are read
 * whole (their parsers need it), within the limits of file-limits.ts.
 */

/** Bytes read by range, synchronously (in a worker or in Node). */
export interface ByteSource {
  readonly size: number;
  /** Bytes [start, end), end clamped to the size. */
  read(start: number, end: number): Uint8Array;
}

/** What an input file holds: its bytes, or a source to read them from. */
export type FileContent = Uint8Array | ByteSource;

function isBytes(c: FileContent): c is Uint8Array {
  return c instanceof Uint8Array;
}

/** @example sizeOf(new Uint8Array(3)) // 3 */
export function sizeOf(c: FileContent): number {
  return isBytes(c) ? c.length : c.size;
}

/** Bytes [start, end) of the content (a view, not a copy, for bytes in memory). */
export function readRange(c: FileContent, start: number, end: number): Uint8Array {
  const size = sizeOf(c);
  const a = Math.max(0, Math.min(start, size));
  const b = Math.max(a, Math.min(end, size));
  return isBytes(c) ? c.subarray(a, b) : c.read(a, b);
}

/** All the bytes, in memory (read once for a source). */
export function readAllBytes(c: FileContent): Uint8Array {
  return isBytes(c) ? c : c.read(0, c.size);
}

/**
 * A Blob (a File the user picked) read a range at a time with FileReaderSync, which exists in
 * dedicated workers only: the page itself never holds the file.
 */
export function blobSource(blob: Blob): ByteSource {
  const reader = new FileReaderSync();
  return {
    size: blob.size,
    read(start, end) {
      return new Uint8Array(reader.readAsArrayBuffer(blob.slice(start, end)));
    },
  };
}
