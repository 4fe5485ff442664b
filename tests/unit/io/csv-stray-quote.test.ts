/**
 * Which records a stray quote ran over several lines: each line a whole row of the table, read
 * alone with the quote as a character. The stream's behaviour around it is in csv-rows.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { cellsOnLine, findStrayQuote } from '../../../src/io/csv-stray-quote.ts';

describe('findStrayQuote', () => {
  const rows = (text: string): string[][] => text.split('|').map((r) => r.split(','));

  it('a record whose lines are each a row of the width before it, the record itself not', () => {
    const text = 'x,y,z\n1,"2,3\n4,5,6\n7",8,9\n';
    const parsed = [
      ['x', 'y', 'z'],
      ['1', '2,3\n4,5,6\n7', '8', '9'],
    ];
    expect(findStrayQuote(parsed, text, 0, ',', '\n')).toEqual({ row: 1, start: 6, lines: 3 });
    // Nothing to hold it to: the first record of the file.
    expect(findStrayQuote(parsed.slice(1), text.slice(6), 0, ',', '\n')).toBeNull();
  });

  it('a record as wide as the table: taken apart from 5 columns on, not below', () => {
    const five = 'a,"b,c,d,e\nf,g,h,i,j\nk,l",m,n,o\n';
    const record = ['a', 'b,c,d,e\nf,g,h,i,j\nk,l', 'm', 'n', 'o'];
    expect(findStrayQuote([record], five, 5, ',', '\n')).toEqual({ row: 0, start: 0, lines: 3 });
    const three = 'a,"b,c\nd,e,f\ng,h",i\n';
    expect(findStrayQuote([['a', 'b,c\nd,e,f\ng,h', 'i']], three, 3, ',', '\n')).toBeNull();
  });

  it('a line break of another kind inside the cell (LF in a CRLF file) is not a line of the file', () => {
    const text = 'a,"b,c\nd,e",f\r\n';
    expect(findStrayQuote([['a', 'b,c\nd,e', 'f']], text, 3, ',', '\r\n')).toBeNull();
  });

  it('cells with line breaks in them, a piece of a row per line', () => {
    expect(
      findStrayQuote(
        rows('B1,1200,"外墙保温\n屋面防水",薛城区,x'),
        'B1,1200,"外墙保温\n屋面防水",薛城区,x\n',
        5,
        ',',
        '\n',
      ),
    ).toBeNull();
  });
});

describe('cellsOnLine', () => {
  it.each([
    ['B5,"东风小区,5号楼,117.2', 4],
    ['B5,"1,000",12', 3],
    ['B5,"say ""hi"", ok",12', 3],
    ['B5,"东风"小区,12', 3],
    ['B9,幸福小区",2号楼', 3],
    ['"a" ,b', 2],
    ['', 1],
    ['"', 1],
  ])('%j has %i cells', (line, n) => {
    expect(cellsOnLine(line, ',')).toBe(n);
  });

  it('tabs', () => {
    expect(cellsOnLine('a\t"b\tc"\td', '\t')).toBe(3);
  });
});
