/**
 * CSV text in, rows of cells out, chunk by chunk: text is pushed as it is decoded and each
 * complete row goes to the sink at once, so a big file never exists as an array of rows.
 * The parsing itself is papaparse's core Parser (quotes, escaped quotes, newlines in cells);
 * this module only carries the unfinished last row from one chunk to the next, as papaparse's
 * own ChunkStreamer does.
 *
 * A quote that never closes would make the rest of the file one cell (and, carried from chunk to
 * chunk, cost time growing with the square of the file). So a row still open after
 * MAX_OPEN_ROW_CHARS, or open at the end of the file, is reported as an unclosed quote at its
 * line, that one line is set aside, and reading goes on from the next line.
 */
import Papa from 'papaparse';
import { said } from '../domain/messages/render.ts';

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
  /** A line set aside because its quote never closed (the first 200 characters of it). */
  unclosed?(line: number, start: string): void;
}

const DELIMITERS = [',', '\t', ';', '|'] as const;

export const UNCLOSED_MESSAGE = said('csv.unclosed-quote').reason;

/** Longest a row may stay unfinished (characters) before its opening quote is taken as unclosed. */
export const MAX_OPEN_ROW_CHARS = 4_000_000;

/** Lines looked at to choose the delimiter: a title line above the header may hold none. */
const DELIMITER_LINES = 20;
/** ... or as many characters, whichever comes first. */
const DELIMITER_CHARS = 1 << 16;

/**
 * The delimiter that splits a line into the most cells (outside quotes), over the first lines of
 * the text (a title line alone above the header may have none: Excel's "Unicode text" writes
 * "XX区汇总表" and then a tab-separated table).
 * @example guessDelimiter('标题\n楼栋编号\t经度\t纬度') // '\t'
 */
export function guessDelimiter(text: string): string {
  let best = ',';
  let bestCount = 0;
  for (const d of DELIMITERS) {
    let count = 0;
    let most = 0;
    let lines = 0;
    let quoted = false;
    for (let i = 0; i < text.length && i < DELIMITER_CHARS; i++) {
      const ch = text[i];
      if (ch === '"') quoted = !quoted;
      else if (ch === d && !quoted) count++;
      else if (!quoted && (ch === '\n' || ch === '\r')) {
        most = Math.max(most, count);
        count = 0;
        if (ch === '\n' && ++lines >= DELIMITER_LINES) break;
      }
    }
    most = Math.max(most, count);
    if (most > bestCount) {
      best = d;
      bestCount = most;
    }
  }
  return best;
}

/** Does the text hold the lines the delimiter is chosen from (or enough characters)? */
function holdsDelimiterLines(text: string): boolean {
  if (text.length >= DELIMITER_CHARS) return true;
  let lines = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) if (++lines >= DELIMITER_LINES) return true;
  return false;
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

  /**
   * The row at the start of `open` never closed its quote: report it, set its first line aside,
   * and read on from the next line. Returns the text after that line.
   */
  private skipUnclosed(open: string): string {
    const nl = firstPhysicalBreak(open);
    const rest = nl < 0 ? '' : open.slice(open[nl] === '\r' && open[nl + 1] === '\n' ? nl + 2 : nl + 1);
    const start = open.slice(0, nl < 0 ? Math.min(open.length, 200) : Math.min(nl, 200));
    if (this.sink.unclosed) this.sink.unclosed(this.nextLine, start);
    else this.sink.problem({ line: this.nextLine, code: 'UnclosedQuote', message: UNCLOSED_MESSAGE });
    this.nextLine++;
    this.baseIndex += open.length - rest.length;
    return rest;
  }

  private run(input: string, last: boolean): void {
    if (this.parser === null) {
      if (input === '') return;
      // Wait for the first lines (and the character after a CR) before choosing delimiter and newline.
      const end = firstLineEnd(input);
      if (!last && (end < 0 || (end === input.length - 1 && input[end] === '\r') || !holdsDelimiterLines(input))) {
        this.partial = input;
        return;
      }
      this.parser = new Papa.Parser({ delimiter: guessDelimiter(input), newline: guessNewline(input, end) });
    }
    // At the end: complete rows first, then see whether what is left closes its quotes.
    const res = this.parser.parse(input, this.baseIndex, true) as Papa.ParseResult<string[]>;
    const cursor = res.meta.cursor;
    const open = input.substring(cursor - this.baseIndex);
    this.baseIndex = cursor;
    this.partial = open;
    const first = this.nextLine;
    for (const e of res.errors) {
      // An error in the unfinished last row is not final: that row is parsed again
      // (with the next piece, or as the tail).
      if ((e.row ?? 0) >= res.data.length) continue;
      this.sink.problem({ line: first + (e.row ?? 0), code: e.code, message: e.message });
    }
    if (res.data.length > 0) {
      this.nextLine += res.data.length;
      this.sink.rows(res.data, first);
    }
    if (!last) {
      if (open.length > MAX_OPEN_ROW_CHARS && startsOpenQuote(open, this.parser)) {
        this.partial = '';
        this.run(this.skipUnclosed(open), false);
      }
      return;
    }
    this.partial = '';
    if (open === '') return;
    const tail = this.parser.parse(open, this.baseIndex, false) as Papa.ParseResult<string[]>;
    if (tail.errors.some((e) => e.code === 'MissingQuotes') && firstPhysicalBreak(open) >= 0) {
      this.run(this.skipUnclosed(open), true);
      return;
    }
    const at = this.nextLine;
    for (const e of tail.errors) this.sink.problem({ line: at + (e.row ?? 0), code: e.code, message: e.message });
    if (tail.data.length > 0) {
      this.nextLine += tail.data.length;
      this.sink.rows(tail.data, at);
    }
  }
}

/** Index of the first line break in the text (inside quotes or not), or -1. */
function firstPhysicalBreak(text: string): number {
  const n = text.indexOf('\n');
  const r = text.indexOf('\r');
  return n < 0 ? r : r < 0 ? n : Math.min(n, r);
}

/** Does this unfinished row stay open because of a quote (not merely a long line)? */
function startsOpenQuote(open: string, parser: Papa.Parser): boolean {
  const res = parser.parse(open.slice(0, MAX_OPEN_ROW_CHARS), 0, false) as Papa.ParseResult<string[]>;
  return res.errors.some((e) => e.code === 'MissingQuotes');
}
