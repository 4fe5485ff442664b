/**
 * Messages about a file as a whole (line 0 of the import report): empty, unreadable, too large,
 * in a coordinate system of its own; and the cross-file ones (duplicate ids, points outside their
 * areas). Sites: io/import-files.ts, io/read-input-file.ts, io/read-json-file.ts, io/read-csv-file.ts,
 * io/report-crs.ts, io/file-limits.ts, io/read-xlsx.ts, io/read-shapefile-zip.ts, link-dataset.ts,
 * cli/nothing-loaded.ts.
 */
import { crsLabel, type CrsKey } from '../crs.ts';
import { tpl } from './template.ts';

/** How a layer would be read instead, in the layer-shift warnings. */
const READING = {
  gcj02: ['按 GCJ-02（高德、腾讯地图坐标）读取', 'read as GCJ-02 (AMap or Tencent coordinates)'],
  bd09: ['按 BD-09（百度地图坐标）读取', 'read as BD-09 (Baidu coordinates)'],
  swapped: ['交换经纬度后', 'with longitude and latitude swapped'],
} as const;
type Reading = keyof typeof READING;

/** What kind of file was too big: its word in each language. */
const KIND = {
  xlsx: ['Excel ', 'Excel'],
  zip: ['压缩包', 'zip'],
  json: [' JSON ', 'JSON'],
  kml: [' KML ', 'KML'],
} as const;

const TOO_BIG_TAIL_ZH = '；此文件未读取，已载入的数据不变。请拆分文件，或用命令行（npm run cli）处理';
const BY_STREET_TAIL_ZH = '；此文件未读取，已载入的数据不变。请按街道拆分文件，或用命令行（npm run cli）处理';
const NOT_READ_EN = 'the file was not read and the data already loaded are unchanged';

export const FILE_MESSAGES = {
  'file.empty': tpl(
    () => '文件为空',
    () => 'the file is empty',
  ),
  'file.read-failed': tpl<{ detail: string }>(
    (p) => `读取失败：${p.detail}`,
    () => 'could not read the file',
  ),
  'file.bad-json': tpl<{ detail: string }>(
    (p) => `不是有效的 JSON：${p.detail}`,
    () => 'not valid JSON',
  ),
  'file.not-geojson': tpl(
    () => '既不是 GeoJSON 也不是改造计划文件',
    () => 'neither GeoJSON nor a programme file',
  ),
  /** `at`: every place as file:line. */
  'file.duplicate-id': tpl<{ id: string; at: readonly string[] }>(
    (p) =>
      `楼栋编号“${p.id}”重复 ${p.at.length} 次（${p.at.join('、')}），已合并为一栋：后读入的行优先，其空白格保留先前的值`,
    () =>
      'duplicate building id, merged into one building: the later row wins, its empty cells keep the earlier values',
  ),
  'file.duplicate-community-id': tpl<{ id: string; first: string }>(
    (p) => `小区编号“${p.id}”重复（首次见于 ${p.first}）`,
    () => 'duplicate community id',
  ),
  'file.looks-projected': tpl<{ crs: string }>(
    (p) => `坐标像是${crsLabel(p.crs as CrsKey, 'zh')}的投影坐标，请指定该文件的坐标系`,
    (p) => `the coordinates look like ${crsLabel(p.crs as CrsKey, 'en')}; set the file's coordinate system`,
  ),
  'file.looks-projected-no-zone': tpl(
    () => '坐标像是不带带号的高斯-克吕格投影坐标（米），请指定中央经线',
    () => 'the coordinates look like Gauss-Krüger metres without a zone number; choose the central meridian',
  ),
  'file.looks-swapped': tpl(
    () => '经度和纬度似乎写反了，请确认后交换',
    () => 'longitude and latitude look swapped; confirm to swap them',
  ),
  /** This file's areas hold the other files' buildings only when read another way. */
  'file.shift-by-others': tpl<{ asIs: string; as: string; against: readonly string[]; reading: string }>(
    (p) =>
      `按原样只有 ${p.asIs} 的楼栋（${p.against.join('、')}）落在本文件的范围内，` +
      `本文件${READING[p.reading as Reading][0]}则有 ${p.as}：坐标系可能不对，请确认后转换`,
    (p) =>
      `as written only ${p.asIs} of the buildings of ${p.against.join(', ')} fall inside this file's areas; ` +
      `with this file ${READING[p.reading as Reading][1]}, ${p.as} do: its coordinate system may be wrong, ` +
      'confirm to convert',
  ),
  /** This file's points fall in the other files' areas only when read another way. */
  'file.shift': tpl<{ asIs: string; as: string; against: readonly string[]; reading: string }>(
    (p) =>
      `按原样只有 ${p.asIs} 的位置落在 ${p.against.join('、')} 的范围内，` +
      `${READING[p.reading as Reading][0]}则有 ${p.as}：坐标系可能不对，请确认后转换`,
    (p) =>
      `as written only ${p.asIs} of the positions fall inside the areas of ${p.against.join(', ')}; ` +
      `${READING[p.reading as Reading][1]}, ${p.as} do: the coordinate system may be wrong, confirm to convert`,
  ),
  /** Sizes already written as megabytes (io/file-limits.ts megabytes()). */
  'file.too-many-rows': tpl<{ name: string; size: string; limit: number }>(
    (p) =>
      `${p.name}（${p.size}）超过 ${p.limit.toLocaleString('zh-CN')} 行，超出浏览器中一次可载入的行数；` +
      '此文件未载入，其他文件照常。请按街道拆分文件，或用命令行（npm run cli）处理',
    (p) =>
      `${p.name} (${p.size}) holds more than ${p.limit.toLocaleString('en')} rows, more than the browser loads ` +
      'at once; the file was not loaded, the other files were. Split it by street office, or use the command line',
  ),
  'file.too-big': tpl<{ name: string; size: string; kind: string; limit: string }>(
    (p) =>
      `${p.name}：${KIND[p.kind as keyof typeof KIND][0]}文件 ${p.size}，超过浏览器中可读取的 ${p.limit}` +
      TOO_BIG_TAIL_ZH,
    (p) =>
      `${p.name}: a ${p.size} ${KIND[p.kind as keyof typeof KIND][1]} file, more than the ${p.limit} the browser ` +
      `reads; ${NOT_READ_EN}. Split it, or use the command line`,
  ),
  'file.too-many-rows-estimated': tpl<{ name: string; size: string; rows: number; limit: number }>(
    (p) =>
      `${p.name}：文件 ${p.size}，约 ${wan(p.rows)}行，超过浏览器中一次可载入的 ${wan(p.limit)}行` + BY_STREET_TAIL_ZH,
    (p) =>
      `${p.name}: ${p.size}, about ${p.rows.toLocaleString('en')} rows, more than the ` +
      `${p.limit.toLocaleString('en')} the browser loads at once; ${NOT_READ_EN}. ` +
      'Split it by street office, or use the command line',
  ),
  /** `files`: the building files given (every row of each rejected, or none read). Site: cli/nothing-loaded.ts. */
  'cli.no-building-loaded': tpl<{ files: readonly string[] }>(
    (p) => `没有载入任何楼栋：${p.files.join('、')} 中没有一行被载入（原因见 validate），未输出结果`,
    (p) => `no building loaded: no row of ${p.files.join(', ')} was loaded (see validate for why); nothing written`,
  ),
  /** `files`: every file given, none of them buildings. Site: cli/nothing-loaded.ts. */
  'cli.no-building-file': tpl<{ files: readonly string[] }>(
    (p) => `没有楼栋数据：${p.files.join('、')} 都不是楼栋文件（可用 --kind buildings 指定），未输出结果`,
    (p) =>
      `no building data: none of ${p.files.join(', ')} is a building file (--kind buildings says one is); ` +
      'nothing written',
  ),
  /** As 'cli.no-building-file', where communities alone would have done (summarize, export --table). */
  'cli.no-building-or-community': tpl<{ files: readonly string[] }>(
    (p) => `没有楼栋，也没有小区：${p.files.join('、')} 都不是楼栋或小区文件（可用 --kind 指定），未输出结果`,
    (p) =>
      `no building and no community: none of ${p.files.join(', ')} is a building or community file ` +
      '(--kind says what one is); nothing written',
  ),
  'xlsx.no-sheet': tpl(
    () => '工作簿中没有工作表',
    () => 'the workbook has no sheet',
  ),
  'xlsx.no-such-sheet': tpl<{ sheet: string; sheets: readonly string[] }>(
    (p) => `没有名为“${p.sheet}”的工作表（有：${p.sheets.join('、')}）`,
    () => 'no sheet of that name',
  ),
  'xlsx.unreadable': tpl<{ detail: string }>(
    (p) => `无法读取 Excel 工作簿：${p.detail}`,
    () => 'could not read the workbook',
  ),
  'xlsx.sheet-read': tpl<{ sheet: string; sheets: readonly string[] }>(
    (p) => `读取工作表“${p.sheet}”${p.sheets.length > 1 ? `（共 ${p.sheets.length} 个：${p.sheets.join('、')}）` : ''}`,
    (p) => `read sheet ${p.sheet}${p.sheets.length > 1 ? ` of ${p.sheets.length}` : ''}`,
  ),
};

/** 350 万 for 3 500 000. */
function wan(n: number): string {
  return `${Math.round(n / 10_000)} 万`;
}
