/**
 * CSV text pushed in pieces (as it is decoded) comes out as rows with record numbers:
 * header = 1, a blank line is a record, a quoted cell with a newline is one record.
 */
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CsvRowStream, MAX_OPEN_ROW_CHARS, guessDelimiter, type CsvProblem } from '../../../src/io/csv-rows.ts';
import { MIN_WIDTH_TO_RESPLIT } from '../../../src/io/csv-stray-quote.ts';

interface Parsed {
  rows: [number, string[]][];
  problems: CsvProblem[];
}

interface ParsedAside extends Parsed {
  /** Lines set aside: [line, closesAt] (closesAt undefined for a quote that never closes). */
  aside: [number, number | undefined][];
}

function parsePieces(pieces: readonly string[]): Parsed {
  const out: Parsed = { rows: [], problems: [] };
  const stream = new CsvRowStream({
    rows: (rows, first) => rows.forEach((r, k) => out.rows.push([first + k, r])),
    problem: (p) => out.problems.push(p),
  });
  for (const p of pieces) stream.push(p);
  stream.end();
  return out;
}

/** As parsePieces, with a sink that takes the lines set aside itself (as the importer's does). */
function parseAside(pieces: readonly string[]): ParsedAside {
  const out: ParsedAside = { rows: [], problems: [], aside: [] };
  const stream = new CsvRowStream({
    rows: (rows, first) => rows.forEach((r, k) => out.rows.push([first + k, r])),
    problem: (p) => out.problems.push(p),
    unclosed: (line, _start, closesAt) => out.aside.push([line, closesAt]),
  });
  for (const p of pieces) stream.push(p);
  stream.end();
  return out;
}

/** The text cut at the given positions. */
function cut(text: string, at: readonly number[]): string[] {
  const points = [...new Set(at.map((p) => Math.max(0, Math.min(text.length, p))))].sort((a, b) => a - b);
  const out: string[] = [];
  let prev = 0;
  for (const p of [...points, text.length]) {
    out.push(text.slice(prev, p));
    prev = p;
  }
  return out;
}

const TEXT = '楼栋编号,小区名称,户数\nB1,东风小区,10\n\nB2,"东风小区\n（北区）",12\nB3,"say ""hi""",14\n';

describe('CsvRowStream', () => {
  it('numbers records like a spreadsheet: header = 1, blank lines count, a quoted newline does not start a record', () => {
    const { rows, problems } = parsePieces([TEXT]);
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      [1, ['楼栋编号', '小区名称', '户数']],
      [2, ['B1', '东风小区', '10']],
      [3, ['']],
      [4, ['B2', '东风小区\n（北区）', '12']],
      [5, ['B3', 'say "hi"', '14']],
    ]);
  });

  it('the line break after the last row is not a row of its own', () => {
    expect(parsePieces(['a,b\n1,2\n']).rows).toEqual([
      [1, ['a', 'b']],
      [2, ['1', '2']],
    ]);
    expect(parsePieces(['a,b\n1,2']).rows).toEqual([
      [1, ['a', 'b']],
      [2, ['1', '2']],
    ]);
  });

  it('Excel style: CRLF between rows and LF inside a quoted header cell; no stray CR is left in any cell', () => {
    const text = '楼栋编号,"建筑面积\n（万平方米）",纬度\r\nB1,0.35,34.01\r\nB2,"0.4",34.02\r\n';
    const { rows, problems } = parsePieces([text]);
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      [1, ['楼栋编号', '建筑面积\n（万平方米）', '纬度']],
      [2, ['B1', '0.35', '34.01']],
      [3, ['B2', '0.4', '34.02']],
    ]);
    for (let i = 0; i <= text.length; i++) expect([i, parsePieces(cut(text, [i])).rows]).toEqual([i, rows]);
  });

  it('CRLF and CR line ends give the same rows', () => {
    const lf = parsePieces([TEXT]).rows;
    expect(parsePieces([TEXT.replace(/\n/g, '\r\n')]).rows).toEqual(
      lf.map(([n, r]) => [n, r.map((c) => c.replace(/\n/g, '\r\n'))]),
    );
    expect(parsePieces([TEXT.replace(/\n/g, '\r')]).rows).toEqual(
      lf.map(([n, r]) => [n, r.map((c) => c.replace(/\n/g, '\r'))]),
    );
  });

  it('the same rows and numbers wherever the text is cut, LF or CRLF', () => {
    for (const text of [TEXT, TEXT.replace(/\n/g, '\r\n')]) {
      const whole = parsePieces([text]).rows;
      for (let i = 0; i <= text.length; i++) {
        expect([i, parsePieces(cut(text, [i])).rows]).toEqual([i, whole]);
      }
      expect(parsePieces([...text]).rows).toEqual(whole);
    }
  });

  it('a cut between a closing quote and its CRLF is no problem (the unfinished row is read again)', () => {
    const text = '"a","b"\r\n"1","2"\r\n"3","4"';
    const at = text.indexOf('"2"') + 4; // just after the CR
    expect(text[at - 1]).toBe('\r');
    expect(parsePieces(cut(text, [at]))).toEqual({
      rows: [
        [1, ['a', 'b']],
        [2, ['1', '2']],
        [3, ['3', '4']],
      ],
      problems: [],
    });
  });

  it('no text, no rows', () => {
    expect(parsePieces([]).rows).toEqual([]);
    expect(parsePieces(['', '']).rows).toEqual([]);
  });

  it('a header with no newline at all is still a row', () => {
    expect(parsePieces(['a,b', ',c']).rows).toEqual([[1, ['a', 'b', 'c']]]);
  });

  it('an unclosed quote is reported as a problem with its record number, and its line set aside', () => {
    const { rows, problems } = parsePieces(['a,b\n1,2\n3,"4\n']);
    expect(rows[1]).toEqual([2, ['1', '2']]);
    expect(rows).toHaveLength(2);
    expect(problems.map((p) => [p.line, p.code])).toEqual([[3, 'UnclosedQuote']]);
  });

  it('an unclosed quote does not swallow the rest of the file: the lines after it are read', () => {
    const { rows, problems } = parsePieces(['a,b\n"1,2\n3,4\n', '5,6\n7,8']);
    expect(problems.map((p) => [p.line, p.code])).toEqual([[2, 'UnclosedQuote']]);
    expect(rows.map(([line, cells]) => [line, cells.join('|')])).toEqual([
      [1, 'a|b'],
      [3, '3|4'],
      [4, '5|6'],
      [5, '7|8'],
    ]);
  });

  it('an unclosed quote met mid-stream is set aside once the open row passes MAX_OPEN_ROW_CHARS', () => {
    const body = '3,4\n'.repeat(MAX_OPEN_ROW_CHARS / 4 + 10);
    const { rows, problems } = parsePieces([
      'a,b\n"1,2\n',
      body.slice(0, body.length / 2),
      body.slice(body.length / 2),
      '9,9\n',
    ]);
    expect(problems.map((p) => [p.line, p.code])).toEqual([[2, 'UnclosedQuote']]);
    expect(rows.length).toBe(1 + MAX_OPEN_ROW_CHARS / 4 + 10 + 1);
    expect(rows.at(-1)).toEqual([MAX_OPEN_ROW_CHARS / 4 + 10 + 3, ['9', '9']]);
  });

  it('property: any table written by Papa.unparse and cut anywhere reads back as written', () => {
    const cell = fc.string({
      unit: fc.constantFrom('a', '1', ',', '"', '\n', '\r', ';', '\t', ' ', '薛', '𠀀'),
      maxLength: 6,
    });
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 4 })
          .chain((w) => fc.array(fc.array(cell, { minLength: w, maxLength: w }), { minLength: 1, maxLength: 6 })),
        fc.constantFrom('\n', '\r\n'),
        fc.array(fc.nat(), { maxLength: 6 }),
        (table, newline, cuts) => {
          const text = Papa.unparse(table, { quotes: true, newline });
          const { rows, problems } = parsePieces(
            cut(
              text,
              cuts.map((c) => c % (text.length + 1)),
            ),
          );
          expect(problems).toEqual([]);
          expect(rows).toEqual(table.map((r, k) => [k + 1, r]));
        },
      ),
    );
  });
});

/** A table of `width` columns: header h0…, then rows r<k>c<j>. */
function table(width: number, rows: number): string[][] {
  return [
    Array.from({ length: width }, (_, j) => `h${j}`),
    ...Array.from({ length: rows }, (_, k) => Array.from({ length: width }, (_, j) => `r${k + 1}c${j}`)),
  ];
}

const joined = (t: readonly (readonly string[])[], newline = '\n'): string =>
  t.map((r) => r.join(',')).join(newline) + newline;

describe('CsvRowStream: a stray quote that closes lines further on (issue 13)', () => {
  it('the line that opens it is set aside, with the line its quote ran to; the lines between are rows again', () => {
    const t = table(6, 8);
    t[3][2] = `"${t[3][2]}`; // line 4 opens a quote it does not close
    t[6][2] = `${t[6][2]}"`; // line 7 has a quote at the end of the same cell
    const text = joined(t);
    const whole = parseAside([text]);
    expect(whole.problems).toEqual([]);
    expect(whole.aside).toEqual([[4, 7]]);
    expect(whole.rows).toEqual(t.map((r, k) => [k + 1, r]).filter(([line]) => line !== 4));
    expect(whole.rows.find(([line]) => line === 7)![1][2]).toBe('r6c2"');
    for (let i = 0; i <= text.length; i += 7) expect([i, parseAside(cut(text, [i]))]).toEqual([i, whole]);
  });

  it('closed in another column (the record is not as wide as the table): set aside even in a narrow table', () => {
    const text = 'a,b,c\n1,"2,3\n4,5,6\n7",8,9\n10,11,12\n';
    expect(parseAside([text])).toEqual({
      rows: [
        [1, ['a', 'b', 'c']],
        [3, ['4', '5', '6']],
        [4, ['7"', '8', '9']],
        [5, ['10', '11', '12']],
      ],
      problems: [],
      aside: [[2, 4]],
    });
  });

  it(`narrower than ${MIN_WIDTH_TO_RESPLIT} columns, a record that fits the table as read stays one record`, () => {
    // The same text could be a cell holding "2,3\n4,5,6\n7": with so few delimiters a line can be a whole row by chance.
    expect(parseAside(['a,b,c\n1,"2,3\n4,5,6\n7",8\n']).rows).toEqual([
      [1, ['a', 'b', 'c']],
      [2, ['1', '2,3\n4,5,6\n7', '8']],
    ]);
  });

  it('CRLF, and the quote closing on the last line with no line break after it', () => {
    const t = table(5, 4);
    t[3][0] = `"${t[3][0]}`;
    t[4][4] = `${t[4][4]}"`;
    const text = joined(t, '\r\n').slice(0, -2);
    expect(parseAside([text])).toEqual({
      rows: t.map((r, k) => [k + 1, r]).filter(([line]) => line !== 4),
      problems: [],
      aside: [[4, 5]],
    });
  });

  it('a sink without `unclosed` hears of it as a problem at the line', () => {
    const t = table(5, 4);
    t[2][1] = `"${t[2][1]}`;
    t[3][1] = `${t[3][1]}"`;
    const { rows, problems } = parsePieces([joined(t)]);
    expect(problems.map((p) => [p.line, p.code])).toEqual([[3, 'StrayQuote']]);
    expect(rows.map(([line]) => line)).toEqual([1, 2, 4, 5]);
  });

  it('cells written with line breaks stay one cell: a note, an address, an Excel header cell', () => {
    const text =
      '楼栋编号,"建筑面积\n（平方米）",经度,纬度,备注,地址\n' +
      'B1,1200,117.2,34.8,"1、外墙保温，屋面防水\n2、管网改造, 加装电梯",薛城区临城街道\n' +
      'B2,900,117.2,34.8,"见附件,\n第3页,第4页","临城街道,\n人民社区,\n八一片区"\n' +
      'B3,800,117.2,34.8,"\n\n",""\n';
    const got = parseAside([text]);
    expect(got.aside).toEqual([]);
    expect(got.rows.map(([line, cells]) => [line, cells.length])).toEqual([
      [1, 6],
      [2, 6],
      [3, 6],
      [4, 6],
    ]);
    expect(got.rows[2][1][5]).toBe('临城街道,\n人民社区,\n八一片区');
  });

  it('property: a stray quote in a table of 5 to 8 columns, cut anywhere: every line read as written or set aside', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', '1', ' ', '.', '薛', '𠀀'), minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(
        fc.integer({ min: 5, max: 8 }).chain((w) =>
          fc.record({
            rows: fc.array(fc.array(cell, { minLength: w, maxLength: w }), { minLength: 3, maxLength: 9 }),
            open: fc.tuple(fc.nat(), fc.nat(w - 1)),
            close: fc.tuple(fc.nat(), fc.nat(w - 1)),
          }),
        ),
        fc.constantFrom('\n', '\r\n'),
        fc.array(fc.nat(), { maxLength: 4 }),
        ({ rows, open, close }, newline, cuts) => {
          // The quote opens on a data line (line 2 on) and closes on a later one.
          const a = 1 + (open[0] % (rows.length - 2));
          const b = a + 1 + (close[0] % (rows.length - 1 - a));
          const t = rows.map((r) => [...r]);
          t[a][open[1]] = `"${t[a][open[1]]}`;
          t[b][close[1]] = `${t[b][close[1]]}"`;
          const text = joined(t, newline);
          const got = parseAside(
            cut(
              text,
              cuts.map((c) => c % (text.length + 1)),
            ),
          );
          expect(got.problems).toEqual([]);
          expect(got.aside).toEqual([[a + 1, b + 1]]);
          expect(got.rows).toEqual(t.map((r, k) => [k + 1, r]).filter(([line]) => line !== a + 1));
        },
      ),
    );
  });
});

describe('guessDelimiter', () => {
  it.each([
    ['a,b,c', ','],
    ['a\tb\tc', '\t'],
    ['a;b;c', ';'],
    ['a|b|c', '|'],
    ['"a;b;c",d', ','],
    ['only', ','],
  ])('%j -> %j', (line, d) => {
    expect(guessDelimiter(line)).toBe(d);
  });

  it('a title line with no delimiter above a tab table: the lines below decide', () => {
    expect(guessDelimiter('XX区2024年改造楼栋表\r\n填报单位：XX街道, 2024\r\n楼栋编号\t经度\t纬度\t户数\r\n')).toBe(
      '\t',
    );
    expect(parsePieces(['XX区汇总表\n楼栋编号\t经度\t纬度\nB1\t117.2\t34.8\n']).rows).toEqual([
      [1, ['XX区汇总表']],
      [2, ['楼栋编号', '经度', '纬度']],
      [3, ['B1', '117.2', '34.8']],
    ]);
  });

  it('a tab-separated file reads with tabs', () => {
    expect(parsePieces(['编号\t户数\nB1\t"1,000"\n']).rows.slice(0, 2)).toEqual([
      [1, ['编号', '户数']],
      [2, ['B1', '1,000']],
    ]);
  });
});
