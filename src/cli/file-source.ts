/**
 * A file on disk as a ByteSource: read a range at a time with fs.readSync, so the command line
 * streams a CSV of any size (only the building columns grow) instead of holding the whole file.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { ByteSource } from '../io/byte-source.ts';

/** A file on disk read by range; `close` lets its descriptor go once the command is done with it. */
export interface DiskSource extends ByteSource {
  close(): void;
}

/**
 * Open `path` for reading (throws the fs error when it cannot be opened). The descriptor stays
 * open until `close` (the command line closes its files when the command ends).
 * @example diskSource('楼栋.csv').read(0, 3) // the first three bytes
 */
export function diskSource(path: string): DiskSource {
  const fd = openSync(path, 'r');
  let size: number;
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw Object.assign(new Error('not a file'), { code: 'EISDIR' });
    size = st.size;
  } catch (e) {
    closeSync(fd);
    throw e;
  }
  let open = true;
  return {
    size,
    read(start, end) {
      const out = new Uint8Array(Math.max(0, Math.min(end, size) - start));
      let got = 0;
      while (got < out.length) {
        const n = readSync(fd, out, got, out.length - got, start + got);
        if (n === 0) break;
        got += n;
      }
      return got === out.length ? out : out.subarray(0, got);
    },
    close() {
      if (open) closeSync(fd);
      open = false;
    },
  };
}
