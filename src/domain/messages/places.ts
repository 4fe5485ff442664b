/**
 * Messages about where things are: a Shapefile zip and its .prj (io/read-shapefile-zip.ts,
 * prj.ts), buildings against the areas they name (link-dataset.ts), and the coordinate columns
 * the column dialog still needs (column-match.ts).
 */
import { FIELD_BY_KEY, type FieldKey } from '../fields.ts';
import { tpl } from './template.ts';

export const PLACE_MESSAGES = {
  'zip.unreadable': tpl<{ detail: string }>(
    (p) => `无法解压：${p.detail}`,
    () => 'not a readable zip',
  ),
  'zip.xlsx-not-converted': tpl(
    () => 'Excel 工作簿须经 importFilesAsync 读取',
    () => 'an Excel workbook is read through importFilesAsync',
  ),
  'zip.no-shapefile': tpl(
    () => '压缩包中没有 .shp 文件',
    () => 'no .shp in the zip',
  ),
  /** `prj`: the .prj's own message (prj.*), rendered in the same language. */
  'zip.unsupported-prj': tpl<{ prj: string }>(
    (p) => `${p.prj}；按 WGS84 读取`,
    (p) => `${p.prj}; read as WGS84`,
    (p) => `${p.prj}；按 WGS84 读取 (read as WGS84)`,
  ),
  'zip.no-prj': tpl(
    () => '没有 .prj，按 WGS84/CGCS2000 经纬度读取',
    () => 'no .prj: read as WGS84/CGCS2000 longitude and latitude',
  ),
  'zip.unreadable-shp': tpl<{ detail: string }>(
    (p) => `无法读取 .shp：${p.detail}`,
    () => 'could not read the .shp',
  ),
  'zip.dbf-encoding': tpl<{ from: string }>(
    () => '.dbf 没有 .cpg，按内容判断为 GBK 编码',
    (p) => `no .cpg: the .dbf read as GBK from its ${p.from}`,
  ),
  'zip.unreadable-dbf': tpl<{ detail: string }>(
    (p) => `无法读取 .dbf：${p.detail}；只读几何`,
    () => 'could not read the .dbf: geometry only',
  ),
  'zip.no-dbf': tpl(
    () => '没有 .dbf，要素没有属性',
    () => 'no .dbf: features have no attributes',
  ),
  'zip.dbf-count': tpl<{ rows: number; features: number }>(
    (p) => `.dbf 有 ${p.rows} 行而 .shp 有 ${p.features} 个要素，按顺序对应`,
    () => '.dbf and .shp record counts differ; matched in order',
  ),
  'prj.unrecognised': tpl(
    () => '无法识别的 .prj',
    () => 'unrecognised .prj',
  ),
  'prj.unsupported-geographic': tpl<{ name: string }>(
    (p) => `不支持的地理坐标系 ${p.name}`,
    () => 'unsupported geographic system',
  ),
  'prj.unsupported-projected': tpl<{ name: string }>(
    (p) => `不支持的投影坐标系 ${p.name}，请转换为 CGCS2000`,
    () => 'unsupported projected system; convert it to CGCS2000',
  ),
  'prj.unsupported-projection': tpl<{ name: string }>(
    (p) => `不支持的投影 ${p.name}`,
    () => 'unsupported projection',
  ),
  'prj.no-central-meridian': tpl(
    () => '.prj 缺少中央经线或东伪偏移',
    () => 'no central meridian or false easting',
  ),
  'prj.zone-mismatch': tpl<{ cm: number }>(
    (p) => `高斯-克吕格分带与中央经线 ${p.cm}° 不一致`,
    () => 'zone and central meridian disagree',
  ),
  'link.community-mismatch': tpl<{ own: string; there: string }>(
    (p) => `小区写为“${p.own}”，但位置在“${p.there}”范围内`,
    (p) => `community written as ${p.own}, but the point lies in ${p.there}`,
  ),
  'link.outside-community': tpl<{ own: string }>(
    (p) => `位置不在所写小区“${p.own}”的范围内`,
    (p) => `the point lies outside the polygon of its community ${p.own}`,
  ),
  'link.no-street': tpl(
    () => '楼栋未写街道，且不在任何街道范围内',
    () => 'no street office written and the point is in no street polygon',
  ),
  'link.outside-streets': tpl(
    () => '楼栋不在任何街道范围内，可能坐标系不对',
    () => 'the point is outside every street office polygon; check the coordinate system',
  ),
  /** `from`: 'file' when the street office was written, 'community' when taken from the community. */
  'link.street-mismatch': tpl<{ from: string; written: string; there: string }>(
    (p) => `街道${p.from === 'file' ? '写为' : '按所属小区为'}“${p.written}”，但位置在“${p.there}”范围内`,
    (p) =>
      `street office ${p.from === 'file' ? 'written' : 'taken from its community'} as ${p.written}, ` +
      `but the point lies in ${p.there}`,
  ),
  /** A community name (or id) written on rows of several street offices, with no community file to tell them apart. */
  'link.community-in-streets': tpl<{ name: string; streets: readonly string[] }>(
    (p) => `小区“${p.name}”写在多个街道：${p.streets.join('、')}，按不同小区统计`,
    (p) => `community ${p.name} is written in several street offices (${p.streets.join(', ')}): counted as one each`,
  ),
  /** A row without a street office whose community name is written in several street offices. */
  'link.community-street-unknown': tpl<{ name: string; streets: readonly string[] }>(
    (p) => `楼栋未写街道，小区“${p.name}”又写在多个街道（${p.streets.join('、')}），无法确定属于哪个小区，未计入小区`,
    (p) =>
      `no street office written, and community ${p.name} is in several (${p.streets.join(', ')}): ` +
      'not counted in any community',
  ),
  /** No community polygons were loaded: the communities are the names written on the rows. */
  'link.communities-from-names': tpl<{ count: number }>(
    (p) => `未载入小区范围（多边形），${p.count} 个小区的统计仅按楼栋所写的小区名称（同名按街道区分）`,
    (p) =>
      `no community polygons were loaded: the ${p.count} communities' figures come from the names written on ` +
      'the rows (equal names told apart by street office)',
  ),
  /** `kind`: the warnings' code. */
  'link.not-listed': tpl<{ more: number; kind: string; count: number }>(
    (p) => `另有 ${p.more} 条同类警告（${p.kind}）未逐条列出，共 ${p.count} 条`,
    (p) => `${p.more} more warnings of this kind not listed; ${p.count} in all`,
  ),
  'columns.no-lng': tpl(
    () => '请指定经度列',
    () => 'choose the longitude column',
  ),
  'columns.no-lat': tpl(
    () => '请指定纬度列',
    () => 'choose the latitude column',
  ),
  'columns.duplicate': tpl<{ field: string; headers: readonly string[] }>(
    (p) => `“${FIELD_BY_KEY[p.field as FieldKey]?.zh ?? p.field}”被指定给了多列：${p.headers.join('、')}`,
    () => 'one field for several columns',
  ),
};
