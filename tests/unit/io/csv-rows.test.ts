/**
 * CSV text pushed in pieces (as it is decoded) comes out as rows with record numbers:
 * header = 1, a blank line is a record, a quoted cell with a newline is one record.
 */
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CsvRowStream, MAX_OPEN_ROW_CHARS, guessDelimiter, type CsvProblem } from '../../../src/io/csv-rows.ts';

interface Parsed {
  rows: [number, string[]][];
  problems: CsvProblem[];
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
