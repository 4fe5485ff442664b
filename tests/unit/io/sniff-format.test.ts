/**
 * What a file is, from its bytes first and its name only when they do not say
 * (src/io/sniff-format.ts): each format by a small byte fixture made here, the OLE2 directory read
 * from the file's sectors, zips by their entries; and every format the importer does not read
 * rejected once, naming the file and the format, by the page's path and the command line's alike.
 */
import fc from 'fast-check';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importFilesAsync } from '../../../src/io/import-files-async.ts';
import { importFiles } from '../../../src/io/import-files.ts';
import { browserRefusalMessage } from '../../../src/io/file-limits.ts';
import { cfbNames, sniffFormat, zipFormat } from '../../../src/io/sniff-format.ts';
import { cfbBytes, kmlBytes, xlsBytes } from '../../fixtures/formats.ts';
import { utf8 } from '../support.ts';

const bytes = (...xs: (number | string)[]): Uint8Array =>
  new Uint8Array(xs.flatMap((x) => (typeof x === 'number' ? [x] : [...x].map((c) => c.charCodeAt(0)))));
const pad = (head: Uint8Array, n = 64): Uint8Array => {
  const out = new Uint8Array(Math.max(n, head.length)).fill(0x20);
  out.set(head);
  return out;
};

/** Each format by its first bytes, and what it is told as. */
const MAGIC: [string, Uint8Array, string][] = [
  ['报告.pdf', pad(bytes('%PDF-1.7\n')), 'pdf'],
  ['现场.png', pad(bytes(0x89, 'PNG', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 'IHDR')), 'png'],
  ['现场.jpg', pad(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 16, 'JFIF', 0)), 'jpeg'],
  ['图.gif', pad(bytes('GIF89a', 1, 0, 1, 0)), 'gif'],
  ['图.bmp', pad(bytes('BM', 0x46, 0, 0, 0, 0, 0, 0, 0, 0x36, 0, 0, 0)), 'bmp'],
  ['图.webp', pad(bytes('RIFF', 0x24, 0, 0, 0, 'WEBPVP8 ')), 'webp'],
  ['扫描.tif', pad(bytes('II', 0x2a, 0, 8, 0, 0, 0)), 'tiff'],
  ['扫描2.tif', pad(bytes('MM', 0, 0x2a, 0, 0, 0, 8)), 'tiff'],
  ['资料.rar', pad(bytes('Rar!', 0x1a, 0x07, 0x01, 0)), 'rar'],
  ['资料.7z', pad(bytes('7z', 0xbc, 0xaf, 0x27, 0x1c, 0, 4)), '7z'],
  ['台账.mdb', pad(bytes(0, 1, 0, 0, 'Standard Jet DB', 0)), 'access'],
  ['台账.accdb', pad(bytes(0, 1, 0, 0, 'Standard ACE DB', 0)), 'access'],
];

describe('sniffFormat: by the bytes', () => {
  it.each(MAGIC)('%s is %s', (name, b, format) => {
    expect(sniffFormat(name, b)).toEqual({ kind: 'unread', format, by: 'bytes' });
    // The name does not matter: the bytes say it.
    expect(sniffFormat('楼栋.csv', b)).toEqual({ kind: 'unread', format, by: 'bytes' });
  });

  it('an OLE2 file by the streams its directory holds: Workbook / Book is an .xls, WordDocument a .doc', () => {
    const xls = xlsBytes([{ name: '楼栋', rows: [['楼栋编号']] }]);
    expect(cfbNames(xls)).toContain('Workbook');
    expect(sniffFormat('楼栋.xls', xls)).toEqual({ kind: 'xls' });
    expect(sniffFormat('楼栋.csv', xls)).toEqual({ kind: 'xls' });
    expect(sniffFormat('old.bin', cfbBytes(['Book']))).toEqual({ kind: 'xls' });
    expect(sniffFormat('会议纪要.xls', cfbBytes(['WordDocument', '1Table']))).toEqual({
      kind: 'unread',
      format: 'doc',
      by: 'bytes',
    });
    expect(sniffFormat('汇报.ppt', cfbBytes(['PowerPoint Document']))).toMatchObject({ format: 'ppt', by: 'bytes' });
    // WPS's own formats: the streams say Word or PowerPoint, the name says WPS.
    expect(sniffFormat('通知.wps', cfbBytes(['WordDocument']))).toMatchObject({ format: 'wps', by: 'bytes' });
    expect(sniffFormat('汇报.dps', cfbBytes(['PowerPoint Document']))).toMatchObject({ format: 'dps', by: 'bytes' });
  });

  it('an OLE2 file of other streams: by its name, else an Office 97-2003 file', () => {
    expect(sniffFormat('台账.et', cfbBytes(['ETDocument']))).toEqual({ kind: 'unread', format: 'et', by: 'name' });
    expect(sniffFormat('邮件.msg', cfbBytes(['__substg1.0_0037001F']))).toEqual({
      kind: 'unread',
      format: 'cfb',
      by: 'bytes',
    });
    // A damaged workbook is read as one, so that its report says what is wrong.
    expect(sniffFormat('楼栋.xls', cfbBytes(['Other']))).toEqual({ kind: 'xls' });
  });

  it('a zip by its entries: xlsx, Shapefile, KMZ, Word, PowerPoint, OFD; else by name, else a Shapefile zip', () => {
    const x = new Uint8Array(1);
    expect(zipFormat('a.zip', ['[Content_Types].xml', 'xl/workbook.xml'])).toBe('xlsx');
    expect(zipFormat('a.zip', ['楼栋.shp', '楼栋.dbf', 'doc.kml'])).toBe('shapefile');
    expect(zipFormat('小区.kmz', ['doc.kml', 'files/a.png'])).toBe('kmz');
    expect(zipFormat('a.zip', ['[Content_Types].xml', 'word/document.xml'])).toMatchObject({ format: 'docx' });
    expect(zipFormat('a.zip', ['[Content_Types].xml', 'ppt/presentation.xml'])).toMatchObject({ format: 'pptx' });
    expect(zipFormat('公文.ofd', ['OFD.xml', 'Doc_0/Document.xml'])).toMatchObject({ format: 'ofd' });
    expect(zipFormat('台账.et', ['content.xml'])).toEqual({ kind: 'unread', format: 'et', by: 'name' });
    expect(zipFormat('资料.zip', ['说明.txt'])).toBe('shapefile');
    expect(sniffFormat('a.docx', zipSync({ 'word/document.xml': x }))).toEqual({ kind: 'zip' });
  });

  it('KML by its text, whatever its name; text stays text; a name says a format only when the bytes do not', () => {
    expect(sniffFormat('小区.xml', kmlBytes([{ name: '东风小区', at: [117, 34] }]))).toEqual({ kind: 'kml' });
    expect(sniffFormat('a', utf8('\uFEFF  <kml xmlns="http://www.opengis.net/kml/2.2"></kml>'))).toEqual({
      kind: 'kml',
    });
    expect(sniffFormat('楼栋.csv', utf8('楼栋编号,经度,纬度\n1,117,34'))).toEqual({ kind: 'text' });
    expect(sniffFormat('a.json', utf8('{"type":"FeatureCollection"}'))).toEqual({ kind: 'text' });
    // "BM" may begin a line of text; only a BMP header has its zero bytes.
    expect(sniffFormat('b.csv', utf8('BMI,经度,纬度\n1,117,34'))).toEqual({ kind: 'text' });
    expect(sniffFormat('会议纪要.doc', utf8('garbled'))).toEqual({ kind: 'unread', format: 'doc', by: 'name' });
    expect(sniffFormat('照片.JPG', new Uint8Array(0))).toEqual({ kind: 'unread', format: 'jpeg', by: 'name' });
  });

  it('a web page or an Excel 2003 XML sheet exported as “.xls” is told by its markup, not read as CSV', () => {
    const html = '<html xmlns:x="urn:schemas-microsoft-com:office:excel"><head><meta charset="gbk"></head><table>';
    expect(sniffFormat('楼栋导出.xls', utf8(html))).toEqual({ kind: 'unread', format: 'html', by: 'bytes' });
    expect(sniffFormat('a.xls', utf8('\r\n<!DOCTYPE html>\n<html>'))).toMatchObject({ format: 'html' });
    expect(sniffFormat('a.xls', utf8('<table border=1><tr><td>楼栋编号</td>'))).toMatchObject({ format: 'html' });
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'<html>'].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(sniffFormat('a.xls', utf16)).toMatchObject({ format: 'html' });
    const ss =
      '<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n' +
      '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">';
    expect(sniffFormat('a.xls', utf8(ss))).toEqual({ kind: 'unread', format: 'xml-spreadsheet', by: 'bytes' });
    // A CSV whose first cell is markup-like text is still a CSV.
    expect(sniffFormat('a.csv', utf8('<楼栋>,经度\n1,117'))).toEqual({ kind: 'text' });
  });

  it('never throws, on any bytes behind any head (a fuzz of broken OLE2 directories)', () => {
    const cfbHead = cfbBytes(['Workbook']).subarray(0, 512);
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), fc.boolean(), fc.string(), (tail, ole, name) => {
        const b = ole ? new Uint8Array([...cfbHead, ...tail]) : tail;
        expect(() => sniffFormat(name, b)).not.toThrow();
        expect(Array.isArray(cfbNames(b))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('formats the importer does not read', () => {
  const files = [
    { name: '会议纪要.doc', bytes: cfbBytes(['WordDocument']) },
    { name: '方案.docx', bytes: zipSync({ '[Content_Types].xml': utf8('<x/>'), 'word/document.xml': utf8('<w/>') }) },
    {
      name: '汇报.pptx',
      bytes: zipSync({ '[Content_Types].xml': utf8('<x/>'), 'ppt/presentation.xml': utf8('<p/>') }),
    },
    { name: '批复.pdf', bytes: MAGIC[0][1] },
    { name: '现场照片.jpg', bytes: MAGIC[2][1] },
    { name: '资料.rar', bytes: MAGIC[8][1] },
  ];

  it('each one rejection naming the file and its format, never rows of a CSV; sync and async alike', async () => {
    for (const d of [importFiles(files), await importFilesAsync(files)]) {
      expect(
        d.report.files.map((f) => [
          f.file,
          f.rowsRead,
          f.rejected.map((r) => [r.line, r.code, r.message?.params.format]),
        ]),
      ).toEqual([
        ['会议纪要.doc', 0, [[0, 'unreadable-format', 'doc']]],
        ['方案.docx', 0, [[0, 'unreadable-format', 'docx']]],
        ['汇报.pptx', 0, [[0, 'unreadable-format', 'pptx']]],
        ['批复.pdf', 0, [[0, 'unreadable-format', 'pdf']]],
        ['现场照片.jpg', 0, [[0, 'unreadable-format', 'jpeg']]],
        ['资料.rar', 0, [[0, 'unreadable-format', 'rar']]],
      ]);
      expect(d.report.files.every((f) => f.warnings.length === 0)).toBe(true);
    }
    const [doc] = importFiles(files).report.files;
    expect(doc.rejected[0].reason).toBe(
      '此格式不能读取（Word 文档）：请另存为 .xlsx、.csv 或 .geojson 后再导入 ' +
        '(This format is not read (Word document): save it as .xlsx, .csv or .geojson and load it again)',
    );
    expect(importFiles([files[5]]).report.files[0].rejected[0].reason).toMatch(/^此格式不能读取（RAR 压缩包）：请解压/);
  });

  it('the browser leaves them to the importer (no row estimate of a PDF); an .xls is held to the workbook limit', () => {
    const pdf = pad(bytes('%PDF-1.7\n', 'a\nb\nc\n'.repeat(20)), 1024);
    expect(browserRefusalMessage('批复.pdf', 900 * 2 ** 20, pdf)).toBeNull();
    const xls = xlsBytes([{ name: '楼栋', rows: [['楼栋编号']] }]);
    expect(browserRefusalMessage('楼栋.xls', 100 * 2 ** 20, xls)).toMatchObject({
      code: 'file.too-big',
      params: { kind: 'xlsx' },
    });
    expect(browserRefusalMessage('楼栋.xls', xls.length, xls)).toBeNull();
  });
});
