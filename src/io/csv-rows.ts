/**
 * CSV text in, rows of cells out, chunk by chunk: text is pushed as it is decoded and each
 * complete row goes to the sink at once, so a big file never exists as an array of rows.
 * The parsing itself is papaparse's core Parser (quotes, escaped quotes, newlines in cells);
 * this module only carries the unfinished last row from one chunk to the next, as papaparse's
 * own ChunkStreamer does.
 */
import Papa from 'papaparse';

export interface CsvProblem {
  /** Line (record number, header = 1) the problem is on. */
  line: number;
  code: string;
  message: string;
}

export interface CsvSink {
  /** Rows of one chunk; `firstLine` is the record number of rows[0] (header = 1). */
  rows(rows: string[][], firstLine: number): void;
  problem(p: CsvProblem): void;
}

const DELIMITERS = [',', '\t', ';', '|'] as const;

/** The delimiter that splits the header line into the most cells (outside quotes). */
export function guessDelimiter(firstLine: string): string {
  let best = ',';
  let bestCount = 0;
  for (const d of DELIMITERS) {
    let count = 0;
    let quoted = false;
    for (const ch of firstLine) {
      if (ch === '"') quoted = !quoted;
      else if (ch === d && !quoted) count++;
    }
    if (count > bestCount) {
      best = d;
      bestCount = count;
    }
  }
  return best;
}

/**
 * Index of the first line break outside quotes, or -1. A quoted cell may hold a line break of
 * another kind (Excel writes LF inside a cell and CRLF between rows), so it must not decide.
 */
function firstLineEnd(text: string): number {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x22) quoted = !quoted;
    else if (!quoted && (ch === 0x0a || ch === 0x0d)) return i;
  }
  return -1;
}

function guessNewline(text: string, end: number): '\r\n' | '\n' | '\r' {
  if (end < 0 || text[end] === '\n') return '\n';
  return text[end + 1] === '\n' ? '\r\n' : '\r';
}

/** Parses pushed text into rows. Call `push` with each piece of text, then `end`. */
export class CsvRowStream {
  private parser: Papa.Parser | null = null;
  private partial = '';
  private baseIndex = 0;
  private nextLine = 1;
  private readonly sink: CsvSink;

  constructor(sink: CsvSink) {
    this.sink = sink;
  }

  push(text: string): void {
    if (text === '') return;
    this.run(this.partial + text, false);
  }

  end(): void {
    this.run(this.partial, true);
    this.partial = '';
  }

  private run(input: string, last: boolean): void {
    if (this.parser === null) {
      if (input === '' ) return;
      // Wait for the whole first line (and the character after a CR) before choosing delimiter and newline.
      const end = firstLineEnd(input);
      if (!last && (end < 0 || (end === input.length - 1 && input[end] === '\r'))) {
        this.partial = input;
        return;
      }
      const firstLine = end < 0 ? input : input.slice(0, end);
      this.parser = new Papa.Parser({ delimiter: guessDelimiter(firstLine), newline: guessNewline(input, end) });
    }
    const res = this.parser.parse(input, this.baseIndex, !last) as Papa.ParseResult<string[]>;
    const cursor = res.meta.cursor;
    if (!last) {
      this.partial = input.substring(cursor - this.baseIndex);
      this.baseIndex = cursor;
    }
    const first = this.nextLine;
    for (const e of res.errors) {
      // An error in the unfinished last row is not final: that row is parsed again with the next piece.
      if (!last && (e.row ?? 0) >= res.data.length) continue;
      this.sink.problem({ line: first + (e.row ?? 0), code: e.code, message: e.message });
    }
    if (res.data.length > 0) {
      this.nextLine += res.data.length;
      this.sink.rows(res.data, first);
    }
  }
}
