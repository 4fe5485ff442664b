/**
 * Messages about one row or feature of a buildings or areas file: the import report's rejections
 * and warnings (building-builder.ts, community.ts, io/read-buildings-csv.ts, io/csv-rows.ts,
 * io/read-geojson.ts).
 */
import { crsLabel, type CrsKey } from '../crs.ts';
import { FIELD_BY_KEY, type FieldKey } from '../fields.ts';
import { tpl } from './template.ts';

const zhOf = (field: string): string => FIELD_BY_KEY[field as FieldKey]?.zh ?? field;
const enOf = (field: string): string => (FIELD_BY_KEY[field as FieldKey]?.en ?? field).toLowerCase();

const SKIPPED_ZH: Readonly<Record<string, string>> = {
  'title-row': '标题行（表头之上）',
  'totals-row': '合计行',
  'section-row': '分组标题行',
  'footer-row': '表尾（填报人、审核人等）',
  'header-repeat': '重复的表头',
  'column-numbers': '列序号行',
};
const SKIPPED_EN: Readonly<Record<string, string>> = {
  'title-row': 'title row (above the header)',
  'totals-row': 'totals row',
  'section-row': 'section heading',
  'footer-row': 'footer (filled in by, checked by …)',
  'header-repeat': 'header printed again',
  'column-numbers': 'row of column numbers',
};

export const ROW_MESSAGES = {
  'row.no-coordinate-columns': tpl(
    () => '文件没有经度/纬度列',
    () => 'no longitude/latitude column',
  ),
  'row.missing-coordinates': tpl(
    () => '缺少坐标',
    () => 'missing coordinates',
  ),
  'row.coordinates-not-numbers': tpl(
    () => '坐标不是数字',
    () => 'coordinates are not numbers',
  ),
  'row.coordinates-not-finite': tpl(
    () => '坐标不是有限数字',
    () => 'coordinates are not finite numbers',
  ),
  'row.lng-out-of-range': tpl<{ lng: number }>(
    (p) => `经度 ${p.lng} 超出 -180…180`,
    () => 'longitude out of range',
  ),
  'row.lat-out-of-range': tpl<{ lat: number }>(
    (p) => `纬度 ${p.lat} 超出 -90…90`,
    () => 'latitude out of range',
  ),
  'row.zero-coordinates': tpl(
    () => '坐标为 0,0，视为缺失',
    () => 'coordinates 0,0 taken as missing',
  ),
  'row.extra-cells': tpl<{ n: number }>(
    (p) => `本行比表头多 ${p.n} 个单元格，已保留在报告中`,
    (p) => `row has ${p.n} more cells than the header; listed here`,
  ),
  /** A value of a field that could not be read; `what` says how it failed, in English. */
  'row.bad-value': tpl<{ field: string; what: string }>(
    (p) => `${zhOf(p.field)}无法识别，已留空`,
    (p) => `${enOf(p.field)}: ${p.what}; left empty`,
  ),
  /** The same, for an area's property (community.ts). */
  'row.bad-area-value': tpl<{ field: string; cell: string }>(
    (p) => `${zhOf(p.field)}“${p.cell}”无法识别，已留空`,
    (p) => `${enOf(p.field)} could not be read; left empty`,
  ),
  'row.unknown-type': tpl<{ words: readonly string[] }>(
    (p) => `改造类型“${p.words.join('、')}”无法识别`,
    () => 'unknown renovation type',
  ),
  'row.unknown-stage': tpl<{ word: string }>(
    (p) => `改造进度“${p.word}”无法识别，已留空`,
    () => 'unknown stage word; left empty',
  ),
  'csv.crs-from-headers': tpl<{ crs: string }>(
    (p) => `坐标列名注明了坐标系，按${crsLabel(p.crs as CrsKey, 'zh')}读取`,
    (p) => `the coordinate headers name their system: read as ${crsLabel(p.crs as CrsKey, 'en')}`,
  ),
  /** `name`: the member's name as written. Site: io/read-json-file.ts. */
  'geojson.crs-from-member': tpl<{ crs: string; name: string }>(
    (p) => `文件的 crs 成员注明坐标系“${p.name}”，按${crsLabel(p.crs as CrsKey, 'zh')}读取`,
    (p) => `the file's crs member names ${p.name}: read as ${crsLabel(p.crs as CrsKey, 'en')}`,
  ),
  'geojson.unknown-crs': tpl<{ file: string; name: string }>(
    (p) => `${p.file} 的 crs 成员“${p.name}”不是可读取的坐标系，按 WGS84 读取；如不对，请指定该文件的坐标系`,
    (p) =>
      `${p.file}: the crs member names ${p.name}, a system not read here; read as WGS84 ` +
      "— set the file's coordinate system if that is wrong",
  ),
  'csv.unknown-columns': tpl<{ headers: readonly string[] }>(
    (p) => `未识别的列已原样保留：${p.headers.join('、')}`,
    () => 'unrecognised columns kept as they are',
  ),
  /** A row of an office's table that is not a building (table-layout.ts, row-kinds.ts), by its code. */
  'csv.skipped-row': tpl<{ code: string }>(
    (p) => SKIPPED_ZH[p.code] ?? '不是楼栋的行',
    (p) => SKIPPED_EN[p.code] ?? 'not a building row',
  ),
  /** A 合计/小计 row whose figure differs from the sum of the rows it totals. */
  'csv.totals-mismatch': tpl<{ field: string; written: string; sum: string; rows: number; from: number }>(
    (p) => `合计行的${zhOf(p.field)}为 ${p.written}，但第 ${p.from} 行起 ${p.rows} 栋楼的合计为 ${p.sum}`,
    (p) =>
      `the totals row gives ${enOf(p.field)} ${p.written}, ` +
      `but the ${p.rows} buildings from line ${p.from} sum to ${p.sum}`,
  ),
  'csv.short-row': tpl<{ cells: number; width: number }>(
    (p) => `本行只有 ${p.cells} 个单元格，表头有 ${p.width} 个`,
    (p) => `the row has ${p.cells} cells, the header ${p.width}`,
  ),
  'csv.unclosed-quote': tpl(
    () => '引号没有闭合，该行未读入，其后各行照常读取',
    () => 'a quote on this line never closes: the line is set aside and reading goes on with the next one',
  ),
  /** A quote that closes only on line `to`, with whole rows between (io/csv-rows.ts, strayQuoteSpan). */
  'csv.stray-quote': tpl<{ to: number }>(
    (p) => `本行的引号没有在本行闭合，会把其后直到第 ${p.to} 行连成一个单元格；本行未读入，其后各行照常读取`,
    (p) =>
      `a quote on this line does not close on it and would run on to line ${p.to} as one cell: ` +
      'this line is set aside and the lines after it are read as they stand',
  ),
  /** papaparse's InvalidQuotes: `"东风"小区",…`, text after what looks like the closing quote. */
  'csv.invalid-quotes': tpl(
    () => '引号用法不规范：带引号的单元格在引号闭合后还有文字，请核对本行的值',
    () => "a quoted cell has text after its closing quote: check this line's values",
  ),
  /** papaparse's MissingQuotes on the file's last line: the cell runs to the end of the file. */
  'csv.missing-quotes': tpl(
    () => '引号没有闭合，该单元格读到行尾为止',
    () => 'a quote never closes: the cell runs to the end of the line',
  ),
  /** Any other problem papaparse reports (its own messages are in English only, so not shown). */
  'csv.format-problem': tpl(
    () => 'CSV 格式问题',
    () => 'CSV format problem',
  ),
  'csv.empty-file': tpl(
    () => '文件为空，没有表头',
    () => 'the file is empty: no header row',
  ),
  'geojson.unclosed-ring': tpl(
    () => '多边形环未闭合，已自动闭合',
    () => 'polygon ring was not closed; closed it',
  ),
  'geojson.not-a-feature': tpl(
    () => '不是 GeoJSON 要素',
    () => 'not a GeoJSON Feature',
  ),
  'geojson.no-geometry': tpl(
    () => '要素没有几何',
    () => 'feature has no geometry',
  ),
  'geojson.multipoint': tpl<{ n: number }>(
    (p) => `多点要素只取第一个点（共 ${p.n} 个）`,
    () => 'MultiPoint: the first of its points is used',
  ),
  'geojson.unsupported-geometry': tpl<{ type: string }>(
    (p) => `不支持的几何类型 ${p.type}`,
    () => 'unsupported geometry type',
  ),
  'geojson.bad-polygon': tpl(
    () => '多边形坐标无效（非数字或少于 4 个点）',
    () => 'invalid polygon: coordinates not numbers or a ring under 4 positions',
  ),
  'geojson.street-no-name': tpl(
    () => '街道多边形没有名称',
    () => 'street office polygon has no name',
  ),
  'geojson.community-no-name': tpl(
    () => '小区多边形没有名称或编号',
    () => 'community polygon has neither name nor id',
  ),
};
