/**
 * Messages about a file's format (line 0 of the import report): one the importer does not read
 * (told by io/sniff-format.ts), and KML that cannot be read. Sites: io/expand-containers.ts,
 * io/read-kml.ts.
 */
import { tpl } from './template.ts';

/** Each format the importer does not read (told by io/sniff-format.ts), in each language. */
const FORMAT_WORDS = {
  doc: ['Word 文档', 'Word document'],
  docx: ['Word 文档', 'Word document'],
  ppt: ['PowerPoint 演示文稿', 'PowerPoint presentation'],
  pptx: ['PowerPoint 演示文稿', 'PowerPoint presentation'],
  pdf: ['PDF 文件', 'PDF file'],
  png: ['PNG 图片', 'PNG image'],
  jpeg: ['JPEG 图片', 'JPEG image'],
  gif: ['GIF 图片', 'GIF image'],
  bmp: ['BMP 图片', 'BMP image'],
  webp: ['WebP 图片', 'WebP image'],
  tiff: ['TIFF 图片', 'TIFF image'],
  et: ['WPS 表格', 'WPS spreadsheet'],
  wps: ['WPS 文字', 'WPS document'],
  dps: ['WPS 演示', 'WPS presentation'],
  rar: ['RAR 压缩包', 'RAR archive'],
  '7z': ['7z 压缩包', '7z archive'],
  access: ['Access 数据库', 'Access database'],
  ofd: ['OFD 版式文档', 'OFD document'],
  cfb: ['Office 97-2003 文件', 'Office 97-2003 file'],
  html: ['HTML 网页；系统导出的“.xls”常是此格式', 'an HTML web page, as systems often export ".xls"'],
  'xml-spreadsheet': ['Excel 2003 XML 表格', 'Excel 2003 XML spreadsheet'],
} as const;

/** A kind of file the importer does not read: a key of FORMAT_WORDS, so that each has its words. */
export type UnreadFormat = keyof typeof FORMAT_WORDS;

const words = (format: string, lang: 0 | 1): string =>
  (FORMAT_WORDS as Record<string, readonly [string, string]>)[format]?.[lang] ?? format;
const isArchive = (format: string): boolean => format === 'rar' || format === '7z';

export const FORMAT_MESSAGES = {
  /** An archive is to be unpacked, anything else saved again. */
  'format.unreadable': tpl<{ format: UnreadFormat }>(
    (p) =>
      isArchive(p.format)
        ? `此格式不能读取（${words(p.format, 0)}）：请解压后导入其中的文件，或改用 .zip 压缩`
        : `此格式不能读取（${words(p.format, 0)}）：请另存为 .xlsx、.csv 或 .geojson 后再导入`,
    (p) =>
      isArchive(p.format)
        ? `This format is not read (${words(p.format, 1)}): extract it and load the files inside, or zip them`
        : `This format is not read (${words(p.format, 1)}): save it as .xlsx, .csv or .geojson and load it again`,
  ),
  'kml.unreadable': tpl<{ detail: string }>(
    (p) => `无法读取 KML：${p.detail}`,
    () => 'could not read the KML',
  ),
  'kml.not-converted': tpl(
    () => 'KML/KMZ 须经 importFilesAsync 读取',
    () => 'KML and KMZ are read through importFilesAsync',
  ),
  'kml.other-kml': tpl<{ files: readonly string[] }>(
    (p) => `KMZ 中另有 ${p.files.length} 个 .kml 未读取：${p.files.join('、')}（只读取 doc.kml，或最上层的第一个）`,
    (p) => `${p.files.length} more .kml in the KMZ not read (only doc.kml, or the first at the top, is read)`,
  ),
  'kml.no-kml': tpl(
    () => 'KMZ 压缩包中没有 .kml 文件',
    () => 'no .kml in the KMZ',
  ),
};
