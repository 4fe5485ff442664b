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
 *
 * A stray quote that does close, lines further on, costs its line the same way: csv-stray-quote.ts
 * says which records are that, and the lines between are read again as rows of their own.
 */
import Papa from 'papaparse';
import { said } from '../domain/messages/render.ts';
import { findStrayQuote, type LineBreak, type StraySpan } from './csv-stray-quote.ts';

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
  /**
   * A line set aside because its quote never closed (the first 200 characters of it); `closesAt`
   * when the quote did close but only on a later line, which is read again as a row of its own,
   * with the lines between: the number that later line has.
   */
  unclosed?(line: number, start: string, closesAt?: number): void;
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

function guessNewline(text: string, end: number): LineBreak {
  if (end < 0 || text[end] === '\n') return '\n';
  return text[end + 1] === '\n' ? '\r\n' : '\r';
}

/** Parses pushed text into rows. Call `push` with each piece of text, then `end`. */
export class CsvRowStream {
  private parser: Papa.Parser | null = null;
  private delimiter = ',';
  private newline: LineBreak = '\n';
  private partial = '';
  private baseIndex = 0;
  private nextLine = 1;
  /** Cells of the last record read that had two or more: the width a stray quote's lines are held to. */
  private width = 0;
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
   * The row at the start of `open` never closed its quote (or closed it only `closesAfter` lines
   * further on): report it, set its first line aside, and read on from the next line. Returns the
   * text after that line.
   */
  private skipUnclosed(open: string, closesAfter = 0): string {
    const nl = firstPhysicalBreak(open);
    const rest = nl < 0 ? '' : open.slice(open[nl] === '\r' && open[nl + 1] === '\n' ? nl + 2 : nl + 1);
    const start = open.slice(0, nl < 0 ? Math.min(open.length, 200) : Math.min(nl, 200));
    const closesAt = closesAfter > 0 ? this.nextLine + closesAfter : undefined;
    if (this.sink.unclosed) this.sink.unclosed(this.nextLine, start, closesAt);
    else if (closesAt === undefined)
      this.sink.problem({ line: this.nextLine, code: 'UnclosedQuote', message: UNCLOSED_MESSAGE });
    else {
      const message = said('csv.stray-quote', { to: closesAt }).reason;
      this.sink.problem({ line: this.nextLine, code: 'StrayQuote', message });
    }
    this.nextLine++;
    this.baseIndex += open.length - rest.length;
    return rest;
  }

  /** Rows to the sink, with the problems papaparse found in them (those of later rows are not final). */
  private deliver(rows: string[][], errors: readonly Papa.ParseError[]): void {
    const first = this.nextLine;
    for (const e of errors) {
      if ((e.row ?? 0) >= rows.length) continue;
      this.sink.problem({ line: first + (e.row ?? 0), code: e.code, message: e.message });
    }
    if (rows.length === 0) return;
    this.nextLine += rows.length;
    for (let k = rows.length - 1; k >= 0; k--) {
      if (rows[k].length >= 2) {
        this.width = rows[k].length;
        break;
      }
    }
    this.sink.rows(rows, first);
  }

  /**
   * The rows before a stray quote's record go to the sink, and that record's first line is set
   * aside. Returns the text to read on from (the line after it).
   */
  private splitAtStray(rows: string[][], errors: readonly Papa.ParseError[], input: string, at: StraySpan): string {
    this.deliver(rows.slice(0, at.row), errors);
    this.baseIndex += at.start;
    return this.skipUnclosed(input.slice(at.start), at.lines - 1);
  }

  private run(input: string, last: boolean): void {
    for (;;) {
      if (this.parser === null) {
        if (input === '') return;
        // Wait for the first lines (and the character after a CR) before choosing delimiter and newline.
        const end = firstLineEnd(input);
        if (!last && (end < 0 || (end === input.length - 1 && input[end] === '\r') || !holdsDelimiterLines(input))) {
          this.partial = input;
          return;
        }
        this.delimiter = guessDelimiter(input);
        this.newline = guessNewline(input, end);
        this.parser = new Papa.Parser({ delimiter: this.delimiter, newline: this.newline });
      }
      // At the end: complete rows first, then see whether what is left closes its quotes.
      const res = this.parser.parse(input, this.baseIndex, true) as Papa.ParseResult<string[]>;
      const stray = this.strayQuote(res.data, input);
      if (stray !== null) {
        input = this.splitAtStray(res.data, res.errors, input, stray);
        continue;
      }
      const open = input.substring(res.meta.cursor - this.baseIndex);
      this.baseIndex = res.meta.cursor;
      this.deliver(res.data, res.errors);
      if (!last) {
        if (open.length > MAX_OPEN_ROW_CHARS && startsOpenQuote(open, this.parser)) {
          input = this.skipUnclosed(open);
          continue;
        }
        this.partial = open;
        return;
      }
      this.partial = '';
      if (open === '') return;
      const tail = this.parser.parse(open, this.baseIndex, false) as Papa.ParseResult<string[]>;
      if (tail.errors.some((e) => e.code === 'MissingQuotes') && firstPhysicalBreak(open) >= 0) {
        input = this.skipUnclosed(open);
        continue;
      }
      const tailStray = this.strayQuote(tail.data, open);
      if (tailStray !== null) {
        input = this.splitAtStray(tail.data, tail.errors, open, tailStray);
        continue;
      }
      this.deliver(tail.data, tail.errors);
      return;
    }
  }

  private strayQuote(rows: readonly string[][], input: string): StraySpan | null {
    return findStrayQuote(rows, input, this.width, this.delimiter, this.newline);
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
