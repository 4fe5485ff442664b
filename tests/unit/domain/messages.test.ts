/**
 * Every message code rendered in Chinese, English and both, against the text the app showed
 * before messages were codes: each case's legacy string is the old site's own expression, the
 * CLI printed it whole, and the page showed the half that the old splitter (legacyPick, below)
 * took from it. A few old strings were not split by it (shown whole in either language) or split
 * wrongly: those cases say what each language shows now.
 */
import { describe, expect, it } from 'vitest';
import {
  MESSAGE_CODES,
  message,
  messageText,
  said,
  SaidError,
  type Message,
} from '../../../src/domain/messages/render.ts';
import { crsLabel } from '../../../src/domain/crs.ts';
import { FIELD_BY_KEY } from '../../../src/domain/fields.ts';

/** The parenthesis splitter the page used (i18n pickLang), kept here as the pin's reference. */
function legacyPick(text: string, lang: 'zh' | 'en'): string {
  if (!text.endsWith(')')) return text;
  let depth = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    const ch = text[i];
    if (ch === ')') depth++;
    else if (ch === '(') {
      depth--;
      if (depth === 0) {
        if (i === 0 || text[i - 1] !== ' ') return text;
        const zh = text.slice(0, i - 1).trim();
        const en = text.slice(i + 1, -1).trim();
        if (zh === '' || en === '' || !/[\u4e00-\u9fff]/.test(zh)) return text;
        return lang === 'zh' ? zh : en;
      }
    }
  }
  return text;
}

type Case = [Message, string] | [Message, string, { zh: string; en: string }];

const hh = FIELD_BY_KEY.households;
const mb = '12.3 MB';
const detail = 'Unexpected token';
const name = '全区楼栋.csv';
const [lng, lat, n, cells, width, cm] = [200, 95, 3, 4, 6, 117];
const prj = message('prj.unsupported-projection', { name: 'Mercator' });
const prjWhole = `不支持的投影 Mercator (unsupported projection)`;

const ROWS: Case[] = [
  [message('row.no-coordinate-columns'), '文件没有经度/纬度列 (no longitude/latitude column)'],
  [message('row.missing-coordinates'), `缺少坐标 (missing coordinates)`],
  [message('row.coordinates-not-numbers'), '坐标不是数字 (coordinates are not numbers)'],
  [message('row.coordinates-not-finite'), '坐标不是有限数字 (coordinates are not finite numbers)'],
  [message('row.lng-out-of-range', { lng }), `经度 ${lng} 超出 -180…180 (longitude out of range)`],
  [message('row.lat-out-of-range', { lat }), `纬度 ${lat} 超出 -90…90 (latitude out of range)`],
  [message('row.zero-coordinates'), '坐标为 0,0，视为缺失 (coordinates 0,0 taken as missing)'],
  [
    message('row.extra-cells', { n }),
    `本行比表头多 ${n} 个单元格，已保留在报告中 (row has ${n} more cells than the header; listed here)`,
  ],
  [
    message('row.bad-value', { field: 'households', what: 'negative' }),
    `${hh.zh}无法识别，已留空 (${hh.en.toLowerCase()}: negative; left empty)`,
  ],
  [
    message('row.bad-area-value', { field: 'households', cell: 'x' }),
    `${hh.zh}“x”无法识别，已留空 (${hh.en.toLowerCase()} could not be read; left empty)`,
  ],
  [
    message('row.unknown-type', { words: ['基础类', '绿化'] }),
    `改造类型“基础类、绿化”无法识别 (unknown renovation type)`,
  ],
  [message('row.unknown-stage', { word: '完成' }), `改造进度“完成”无法识别，已留空 (unknown stage word; left empty)`],
  [
    message('csv.crs-from-headers', { crs: 'gcj02' }),
    `坐标列名注明了坐标系，按${crsLabel('gcj02', 'zh')}读取 (the coordinate headers name their system: read as ${crsLabel('gcj02', 'en')})`,
  ],
  // New with issue 12 (no old text): a GeoJSON's crs member.
  [
    message('geojson.crs-from-member', { crs: 'epsg:4547', name: 'urn:ogc:def:crs:EPSG::4547' }),
    `文件的 crs 成员注明坐标系“urn:ogc:def:crs:EPSG::4547”，按${crsLabel('epsg:4547', 'zh')}读取 ` +
      `(the file's crs member names urn:ogc:def:crs:EPSG::4547: read as ${crsLabel('epsg:4547', 'en')})`,
  ],
  [
    message('geojson.unknown-crs', { file: 'a.geojson', name: 'EPSG:3857' }),
    'a.geojson 的 crs 成员“EPSG:3857”不是可读取的坐标系，按 WGS84 读取；如不对，请指定该文件的坐标系 ' +
      "(a.geojson: the crs member names EPSG:3857, a system not read here; read as WGS84 — set the file's coordinate system if that is wrong)",
    {
      zh: 'a.geojson 的 crs 成员“EPSG:3857”不是可读取的坐标系，按 WGS84 读取；如不对，请指定该文件的坐标系',
      en: "a.geojson: the crs member names EPSG:3857, a system not read here; read as WGS84 — set the file's coordinate system if that is wrong",
    },
  ],
  [
    message('csv.unknown-columns', { headers: ['备注', '说明'] }),
    `未识别的列已原样保留：备注、说明 (unrecognised columns kept as they are)`,
  ],
  [message('csv.skipped-row', { code: 'totals-row' }), '合计行 (totals row)'],
  [message('csv.skipped-row', { code: 'title-row' }), '标题行（表头之上） (title row (above the header))'],
  [
    message('csv.totals-mismatch', { field: 'households', written: '4634', sum: '4633', rows: 118, from: 5 }),
    '合计行的户数为 4634，但第 5 行起 118 栋楼的合计为 4633 (the totals row gives households 4634, but the 118 buildings from line 5 sum to 4633)',
  ],
  [
    message('csv.short-row', { cells, width }),
    `本行只有 ${cells} 个单元格，表头有 ${width} 个 (the row has ${cells} cells, the header ${width})`,
  ],
  [
    message('csv.unclosed-quote'),
    '引号没有闭合，该行未读入，其后各行照常读取 (a quote on this line never closes: the line is set aside and reading goes on with the next one)',
  ],
  // New with issue 13 (no old text): a stray quote closed lines further on, and papaparse's codes in our words.
  [
    message('csv.stray-quote', { to: 10 }),
    '本行的引号没有在本行闭合，会把其后直到第 10 行连成一个单元格；本行未读入，其后各行照常读取 ' +
      '(a quote on this line does not close on it and would run on to line 10 as one cell: ' +
      'this line is set aside and the lines after it are read as they stand)',
  ],
  [
    message('csv.invalid-quotes'),
    "引号用法不规范：带引号的单元格在引号闭合后还有文字，请核对本行的值 (a quoted cell has text after its closing quote: check this line's values)",
  ],
  [
    message('csv.missing-quotes'),
    '引号没有闭合，该单元格读到行尾为止 (a quote never closes: the cell runs to the end of the line)',
  ],
  [message('csv.format-problem'), 'CSV 格式问题 (CSV format problem)'],
  [message('csv.empty-file'), '文件为空，没有表头 (the file is empty: no header row)'],
  [message('geojson.unclosed-ring'), '多边形环未闭合，已自动闭合 (polygon ring was not closed; closed it)'],
  [message('geojson.not-a-feature'), '不是 GeoJSON 要素 (not a GeoJSON Feature)'],
  [message('geojson.no-geometry'), '要素没有几何 (feature has no geometry)'],
  [
    message('geojson.multipoint', { n }),
    `多点要素只取第一个点（共 ${n} 个） (MultiPoint: the first of its points is used)`,
  ],
  [
    message('geojson.unsupported-geometry', { type: 'LineString' }),
    `不支持的几何类型 LineString (unsupported geometry type)`,
  ],
  [
    message('geojson.bad-polygon'),
    '多边形坐标无效（非数字或少于 4 个点） (invalid polygon: coordinates not numbers or a ring under 4 positions)',
  ],
  [message('geojson.street-no-name'), '街道多边形没有名称 (street office polygon has no name)'],
  [message('geojson.community-no-name'), '小区多边形没有名称或编号 (community polygon has neither name nor id)'],
];

const at = ['a.csv:3', 'b.csv:4'];
const shares = { asIs: '5%', as: '92%', against: ['街道.geojson', '小区.geojson'] };
const FILES: Case[] = [
  [message('file.empty'), '文件为空 (the file is empty)'],
  [message('file.read-failed', { detail }), `读取失败：${detail} (could not read the file)`],
  [message('file.bad-json', { detail }), `不是有效的 JSON：${detail} (not valid JSON)`],
  [message('file.not-geojson'), '既不是 GeoJSON 也不是改造计划文件 (neither GeoJSON nor a programme file)'],
  [
    message('file.duplicate-id', { id: 'B1', at }),
    `楼栋编号“B1”重复 ${at.length} 次（${at.join('、')}），已合并为一栋：后读入的行优先，其空白格保留先前的值 (duplicate building id, merged into one building: the later row wins, its empty cells keep the earlier values)`,
  ],
  [
    message('file.duplicate-community-id', { id: 'C1', first: 'a.geojson:2' }),
    `小区编号“C1”重复（首次见于 a.geojson:2） (duplicate community id)`,
  ],
  [
    message('file.looks-projected', { crs: 'epsg:4527' }),
    `坐标像是${crsLabel('epsg:4527', 'zh')}的投影坐标，请指定该文件的坐标系 (the coordinates look like ${crsLabel('epsg:4527', 'en')}; set the file's coordinate system)`,
  ],
  [
    message('file.looks-projected-no-zone'),
    '坐标像是不带带号的高斯-克吕格投影坐标（米），请指定中央经线 (the coordinates look like Gauss-Krüger metres without a zone number; choose the central meridian)',
  ],
  [
    message('file.looks-swapped'),
    '经度和纬度似乎写反了，请确认后交换 (longitude and latitude look swapped; confirm to swap them)',
  ],
  [
    message('file.shift-by-others', { ...shares, reading: 'gcj02' }),
    `按原样只有 5% 的楼栋（街道.geojson、小区.geojson）落在本文件的范围内，本文件按 GCJ-02（高德、腾讯地图坐标）读取则有 92%：坐标系可能不对，请确认后转换 ` +
      `(as written only 5% of the buildings of 街道.geojson, 小区.geojson fall inside this file's areas; with this file read as GCJ-02 (AMap or Tencent coordinates), 92% do: its coordinate system may be wrong, confirm to convert)`,
  ],
  [
    message('file.shift', { ...shares, reading: 'swapped' }),
    `按原样只有 5% 的位置落在 街道.geojson、小区.geojson 的范围内，交换经纬度后则有 92%：坐标系可能不对，请确认后转换 ` +
      `(as written only 5% of the positions fall inside the areas of 街道.geojson, 小区.geojson; with longitude and latitude swapped, 92% do: the coordinate system may be wrong, confirm to convert)`,
  ],
  [
    message('file.shift', { ...shares, reading: 'bd09' }),
    `按原样只有 5% 的位置落在 街道.geojson、小区.geojson 的范围内，按 BD-09（百度地图坐标）读取则有 92%：坐标系可能不对，请确认后转换 ` +
      `(as written only 5% of the positions fall inside the areas of 街道.geojson, 小区.geojson; read as BD-09 (Baidu coordinates), 92% do: the coordinate system may be wrong, confirm to convert)`,
  ],
  [
    message('file.too-many-rows', { name, size: mb, limit: 3_000_000 }),
    `${name}（${mb}）超过 ${(3_000_000).toLocaleString('zh-CN')} 行，超出浏览器中一次可载入的行数；此文件未载入，其他文件照常。请按街道拆分文件，或用命令行（npm run cli）处理 ` +
      `(${name} (${mb}) holds more than ${(3_000_000).toLocaleString('en')} rows, more than the browser loads at once; the file was not loaded, the other files were. Split it by street office, or use the command line)`,
  ],
  ...(
    [
      ['xlsx', 'Excel ', 'Excel'],
      ['zip', '压缩包', 'zip'],
      ['json', ' JSON ', 'JSON'],
      ['kml', ' KML ', 'KML'],
    ] as const
  ).map(([kind, what, whatEn]): Case => [
    message('file.too-big', { name, size: mb, kind, limit: '200 MB' }),
    `${name}：${what}文件 ${mb}，超过浏览器中可读取的 200 MB；此文件未读取，已载入的数据不变。请拆分文件，或用命令行（npm run cli）处理 ` +
      `(${name}: a ${mb} ${whatEn} file, more than the 200 MB the browser reads; the file was not read and the data already loaded are unchanged. Split it, or use the command line)`,
  ]),
  [
    message('file.too-many-rows-estimated', { name, size: mb, rows: 3_456_789, limit: 2_000_000 }),
    `${name}：文件 ${mb}，约 346 万行，超过浏览器中一次可载入的 200 万行；此文件未读取，已载入的数据不变。请按街道拆分文件，或用命令行（npm run cli）处理 ` +
      `(${name}: ${mb}, about ${(3_456_789).toLocaleString('en')} rows, more than the ${(2_000_000).toLocaleString('en')} the browser loads at once; the file was not read and the data already loaded are unchanged. Split it by street office, or use the command line)`,
  ],
  // New with issue 12 (no old text): what summarize and export say with no building loaded.
  [
    message('cli.no-building-loaded', { files: ['a.csv', 'b.csv'] }),
    '没有载入任何楼栋：a.csv、b.csv 中没有一行被载入（原因见 validate），未输出结果 ' +
      '(no building loaded: no row of a.csv, b.csv was loaded (see validate for why); nothing written)',
    {
      zh: '没有载入任何楼栋：a.csv、b.csv 中没有一行被载入（原因见 validate），未输出结果',
      en: 'no building loaded: no row of a.csv, b.csv was loaded (see validate for why); nothing written',
    },
  ],
  [
    message('cli.no-building-file', { files: ['小区.geojson'] }),
    '没有楼栋数据：小区.geojson 都不是楼栋文件（可用 --kind buildings 指定），未输出结果 ' +
      '(no building data: none of 小区.geojson is a building file (--kind buildings says one is); nothing written)',
    {
      zh: '没有楼栋数据：小区.geojson 都不是楼栋文件（可用 --kind buildings 指定），未输出结果',
      en: 'no building data: none of 小区.geojson is a building file (--kind buildings says one is); nothing written',
    },
  ],
  [
    message('cli.no-building-or-community', { files: ['streets.geojson'] }),
    '没有楼栋，也没有小区：streets.geojson 都不是楼栋或小区文件（可用 --kind 指定），未输出结果 ' +
      '(no building and no community: none of streets.geojson is a building or community file ' +
      '(--kind says what one is); nothing written)',
    {
      zh: '没有楼栋，也没有小区：streets.geojson 都不是楼栋或小区文件（可用 --kind 指定），未输出结果',
      en:
        'no building and no community: none of streets.geojson is a building or community file ' +
        '(--kind says what one is); nothing written',
    },
  ],
  [message('xlsx.no-sheet'), '工作簿中没有工作表 (the workbook has no sheet)'],
  [
    message('xlsx.no-such-sheet', { sheet: '表3', sheets: ['表1', '表2'] }),
    `没有名为“表3”的工作表（有：表1、表2） (no sheet of that name)`,
  ],
  [message('xlsx.unreadable', { detail }), `无法读取 Excel 工作簿：${detail} (could not read the workbook)`],
  [message('xlsx.sheet-read', { sheet: '表1', sheets: ['表1'] }), `读取工作表“表1” (read sheet 表1)`],
  [
    message('xlsx.sheet-read', { sheet: '表1', sheets: ['表1', '表2'] }),
    `读取工作表“表1”（共 2 个：表1、表2） (read sheet 表1 of 2)`,
  ],
];

const PLACES: Case[] = [
  [message('zip.unreadable', { detail }), `无法解压：${detail} (not a readable zip)`],
  [
    message('zip.xlsx-not-converted'),
    'Excel 工作簿须经 importFilesAsync 读取 (an Excel workbook is read through importFilesAsync)',
  ],
  [message('zip.no-shapefile'), '压缩包中没有 .shp 文件 (no .shp in the zip)'],
  // The old splitter showed the .prj's reason in both languages in the Chinese half, and lost it
  // from the English one: each half now says it in its own language.
  [
    message('zip.unsupported-prj', { prj }),
    `${prjWhole}；按 WGS84 读取 (read as WGS84)`,
    { zh: '不支持的投影 Mercator；按 WGS84 读取', en: 'unsupported projection; read as WGS84' },
  ],
  [
    message('zip.no-prj'),
    '没有 .prj，按 WGS84/CGCS2000 经纬度读取 (no .prj: read as WGS84/CGCS2000 longitude and latitude)',
  ],
  [message('zip.unreadable-shp', { detail }), `无法读取 .shp：${detail} (could not read the .shp)`],
  [
    message('zip.dbf-encoding', { from: 'content' }),
    `.dbf 没有 .cpg，按内容判断为 GBK 编码 (no .cpg: the .dbf read as GBK from its content)`,
  ],
  [
    message('zip.unreadable-dbf', { detail }),
    `无法读取 .dbf：${detail}；只读几何 (could not read the .dbf: geometry only)`,
  ],
  [message('zip.no-dbf'), '没有 .dbf，要素没有属性 (no .dbf: features have no attributes)'],
  [
    message('zip.dbf-count', { rows: 3, features: 4 }),
    `.dbf 有 3 行而 .shp 有 4 个要素，按顺序对应 (.dbf and .shp record counts differ; matched in order)`,
  ],
  [message('prj.unrecognised'), '无法识别的 .prj (unrecognised .prj)'],
  [
    message('prj.unsupported-geographic', { name: 'GCS_Xian_1980' }),
    `不支持的地理坐标系 GCS_Xian_1980 (unsupported geographic system)`,
  ],
  [
    message('prj.unsupported-projected', { name: 'Xian_1980_GK' }),
    `不支持的投影坐标系 Xian_1980_GK，请转换为 CGCS2000 (unsupported projected system; convert it to CGCS2000)`,
  ],
  [prj, prjWhole],
  [message('prj.no-central-meridian'), `.prj 缺少中央经线或东伪偏移 (no central meridian or false easting)`],
  [
    message('prj.zone-mismatch', { cm }),
    `高斯-克吕格分带与中央经线 ${cm}° 不一致 (zone and central meridian disagree)`,
  ],
  [
    message('link.community-mismatch', { own: '东风小区', there: '常庄新村' }),
    `小区写为“东风小区”，但位置在“常庄新村”范围内 (community written as 东风小区, but the point lies in 常庄新村)`,
  ],
  [
    message('link.outside-community', { own: '东风小区' }),
    `位置不在所写小区“东风小区”的范围内 (the point lies outside the polygon of its community 东风小区)`,
  ],
  [
    message('link.no-street'),
    '楼栋未写街道，且不在任何街道范围内 (no street office written and the point is in no street polygon)',
  ],
  [
    message('link.outside-streets'),
    `楼栋不在任何街道范围内，可能坐标系不对 (the point is outside every street office polygon; check the coordinate system)`,
  ],
  ...(['file', 'community'] as const).map((from): Case => {
    const zhFrom = from === 'file' ? '写为' : '按所属小区为';
    const enFrom = from === 'file' ? 'written' : 'taken from its community';
    return [
      message('link.street-mismatch', { from, written: '临城街道', there: '常庄街道' }),
      `街道${zhFrom}“临城街道”，但位置在“常庄街道”范围内 (street office ${enFrom} as 临城街道, but the point lies in 常庄街道)`,
    ];
  }),
  [
    message('link.community-in-streets', { name: '东风小区', streets: ['碱场街道', '临城街道'] }),
    '小区“东风小区”写在多个街道：碱场街道、临城街道，按不同小区统计 (community 东风小区 is written in several street offices (碱场街道, 临城街道): counted as one each)',
  ],
  [
    message('link.community-street-unknown', { name: '东风小区', streets: ['碱场街道', '临城街道'] }),
    '楼栋未写街道，小区“东风小区”又写在多个街道（碱场街道、临城街道），无法确定属于哪个小区，未计入小区 (no street office written, and community 东风小区 is in several (碱场街道, 临城街道): not counted in any community)',
  ],
  [
    message('link.communities-from-names', { count: 24 }),
    "未载入小区范围（多边形），24 个小区的统计仅按楼栋所写的小区名称（同名按街道区分） (no community polygons were loaded: the 24 communities' figures come from the names written on the rows (equal names told apart by street office))",
  ],
  [
    message('link.not-listed', { more: 7, kind: 'outside-streets', count: 5007 }),
    `另有 7 条同类警告（outside-streets）未逐条列出，共 5007 条 (7 more warnings of this kind not listed; 5007 in all)`,
  ],
  [message('columns.no-lng'), '请指定经度列 (choose the longitude column)'],
  [message('columns.no-lat'), '请指定纬度列 (choose the latitude column)'],
  [
    message('columns.duplicate', { field: 'households', headers: ['户数', '住户'] }),
    `“${hh.zh}”被指定给了多列：户数、住户 (one field for several columns)`,
  ],
];

const [step, v] = ['进场施工', '2023-13-40'];
const PLANS: Case[] = [
  [message('programme.bad-json', { detail }), `不是有效的 JSON (not valid JSON: ${detail})`],
  [message('programme.not-object'), '计划文件不是对象 (programme file is not a JSON object)'],
  [message('programme.bad-year'), '计划年度缺失或无效 (programme year missing or invalid)'],
  ...['', '碱场街道'].map((where): Case => [
    message('programme.bad-target', { where, key: 'households' }),
    `${where}目标“households”无效 (${where ? `${where}: ` : ''}target households invalid)`,
  ]),
  [
    message('programme.street-not-object', { street: '碱场街道' }),
    `街道“碱场街道”的目标不是对象 (targets of 碱场街道 are not an object)`,
  ],
  [message('programme.step-not-object', { n: 2 }), `第2步不是对象 (step 2 is not an object)`],
  [message('programme.step-stage', { n: 2 }), `第2步的阶段无法识别 (step 2: unknown stage)`],
  [message('programme.step-no-end', { n: 2 }), `第2步缺少截止日期 (step 2: no end date)`],
  [
    message('programme-csv.unknown-target', { where: '碱场街道', name: '人口' }),
    `碱场街道目标“人口”无法识别（可用：小区、楼栋、户数、建筑面积） (unknown target "人口": use communities, buildings, households, floor area)`,
  ],
  [
    message('programme-csv.bad-target-value', { where: '', name: '户数', key: 'households', value: 'x' }),
    `目标“户数”的数值“x”无效 (target households: "x" is not a number)`,
  ],
  [
    message('programme-csv.header-not-first', { word: '计划' }),
    `“计划”行只能是第一行 (a "计划" row can only be the first line)`,
  ],
  [message('programme-csv.bad-year', { value: v }), `计划年度“${v}”无效 (plan year "${v}" is not a year)`],
  [
    message('programme-csv.two-years', { first: 2022, second: 2023 }),
    `计划年度写了两次（2022、2023） (two plan years: 2022, 2023)`,
  ],
  [message('programme-csv.target-row'), '目标行应为：目标,名称,数值 (a target row is: 目标,name,value)'],
  [
    message('programme-csv.street-target-row'),
    '街道目标行应为：街道目标,街道,名称,数值 (a street target row is: 街道目标,street office,name,value)',
  ],
  [
    message('programme-csv.unknown-row', { word: '备注' }),
    `无法识别的行“备注”（可用：年度、名称、区、依据、街道、目标、街道目标、步骤） (unknown row "备注")`,
  ],
  [
    message('programme-csv.step-stage', { step, stage: '完成' }),
    `步骤“${step}”的阶段“完成”无法识别 (step "${step}": unknown stage "完成")`,
  ],
  [message('programme-csv.step-no-end', { step }), `步骤“${step}”缺少截止日期 (step "${step}": no end date)`],
  [
    message('programme-csv.step-bad-end', { step, value: v }),
    `步骤“${step}”的截止日期“${v}”无效 (step "${step}": "${v}" is not a date)`,
  ],
  [
    message('programme-csv.step-bad-start', { step, value: v }),
    `步骤“${step}”的开始日期“${v}”无效 (step "${step}": "${v}" is not a date)`,
  ],
  [
    message('programme-csv.step-starts-late', { step }),
    `步骤“${step}”开始晚于截止 (step "${step}" starts after its end)`,
  ],
  [message('programme-csv.no-year'), '计划文件缺少“年度”行 (the programme file has no 年度 (year) row)'],
  [message('list.no-key'), '缺少楼栋键或楼栋编号 (no building key or id)'],
  [message('list.bad-year'), '计划年度无法识别 (plan year not understood)'],
  [message('list.bad-types'), '改造类型缺失或无法识别 (renovation type missing or not understood)'],
  [message('list.key-twice', { line: 8 }), `楼栋键重复，以第 8 行为准 (key given twice: this row wins)`],
  // These two were not split by the old splitter (the page showed them whole): each half now
  // says it in its own language; the CLI's text is as before.
  [
    message('list.bad-json', { detail }),
    `不是有效的 JSON (not valid JSON): ${detail}`,
    { zh: `不是有效的 JSON：${detail}`, en: `not valid JSON: ${detail}` },
  ],
  [
    message('list.not-a-list', { kind: 'renovation-candidate-list' }),
    `不是项目库文件：缺少 "kind": "renovation-candidate-list" 或 entries (not a candidate list file)`,
  ],
  [
    message('list.bad-version', { version: '9', reads: 1 }),
    `不支持的版本 (unsupported version): 9；本程序读取版本 1`,
    { zh: '不支持的版本：9；本程序读取版本 1', en: 'unsupported version: 9; this program reads version 1' },
  ],
  [message('list.no-key-column'), '表头中没有“楼栋键”或“楼栋编号”列 (no key or id column in the header)'],
  [
    message('list.no-year-or-type-column'),
    '表头中没有“计划年度”或“改造类型”列 (no plan year or type column in the header)',
  ],
];

const csv = 'a.csv';
const how = 'C→经度';
const PAGE: Case[] = [
  [
    message('fetch.sample-failed', { name: 'buildings.csv', detail: 'HTTP 404' }),
    '示例数据 buildings.csv 无法读取：HTTP 404 (the sample file could not be fetched)',
  ],
  [message('fetch.not-http', { protocol: 'ftp:' }), '不支持的地址 ftp: (only http and https addresses)'],
  [message('fetch.failed', { detail: 'HTTP 404 Not Found' }), '无法下载：HTTP 404 Not Found (could not be fetched)'],
  [
    message('fetch.web-page'),
    '服务器返回的是网页而不是数据文件，文件可能不存在 (the server answered with a web page, not the file: it may not exist)',
  ],
  [
    message('pick.unreadable', { detail: 'NotReadableError' }),
    '无法读取：NotReadableError (the browser could not read the file)',
  ],
  [message('worker.failed-to-start'), '导入线程无法启动 (the import worker failed to start)'],
  [message('worker.result-lost'), '导入结果无法传回页面 (the import result could not be passed back)'],
  [
    message('load.sample', { district: '薛城区', districtEn: 'Xuecheng District' }),
    '示例数据：薛城区 (sample: Xuecheng District)',
  ],
  [
    message('load.failed', { detail: 'out of memory' }),
    '读取文件时出错：out of memory (reading the files failed: out of memory)',
  ],
  // The reasons as plain texts (a browser's own words): the same in either language.
  [message('load.none-read', { reasons: ['超过上限', '无法下载'] }), '超过上限；无法下载 (超过上限; 无法下载)'],
  [
    message('load.unread', { files: ['missing.csv（无法下载）'] }),
    '1 个文件未能读取：missing.csv（无法下载）。详见导入报告。 (1 files could not be read: missing.csv（无法下载）. See the import report.)',
  ],
  [
    message('load.unread-file', { name: 'missing.csv', reason: '无法下载' }),
    'missing.csv（无法下载） (missing.csv (无法下载))',
  ],
  ...['', how].map((how): Case => [
    message('load.columns-matched', { file: csv, how }),
    `${csv} 已按您指定的列读取${how ? `（${how}）` : ''}，并已记住：表头相同的文件以后自动这样读取。 (${csv}: read with your column matching, remembered for files with the same headers.)`,
  ]),
  ...['', how].map((how): Case => [
    message('load.columns-remembered', { file: csv, how }),
    `${csv} 已按记住的列对应关系读取${how ? `（${how}）` : ''}。 (${csv}: read with the column matching remembered for these headers.)`,
  ]),
  [
    message('load.columns-not-matched', { file: csv }),
    `${csv} 的列未匹配，未载入（找不到经度/纬度列）。 (${csv}: columns not matched, the file was not loaded.)`,
  ],
  // The candidate list's storage notices were written "中文。 English." and shown whole in either
  // language; each language now shows its own sentence.
  [
    message('list-store.save-failed', { detail: 'QuotaExceededError' }),
    '项目库未能保存到浏览器：QuotaExceededError。请导出清单文件留存。 (The list could not be saved in the browser: export it to a file.)',
    {
      zh: '项目库未能保存到浏览器：QuotaExceededError。请导出清单文件留存。',
      en: 'The list could not be saved in the browser: export it to a file.',
    },
  ],
  [
    message('list-store.adopted', { n: 12, savedAt: '2024-05-01 09:30' }),
    '已沿用同名文件上次的项目库（12 栋，保存于 2024-05-01 09:30）；不在当前数据中的楼栋标为“缺失”。 (The list kept for files of these names was taken over.)',
    {
      zh: '已沿用同名文件上次的项目库（12 栋，保存于 2024-05-01 09:30）；不在当前数据中的楼栋标为“缺失”。',
      en: 'The list kept for files of these names was taken over.',
    },
  ],
  [
    message('list-store.blocked'),
    '另一个标签页仍开着旧版本的本页，项目库要等它关闭或刷新后才能载入。 (Another tab still runs an older version of this page: the list loads once that tab is closed or reloaded.)',
    {
      zh: '另一个标签页仍开着旧版本的本页，项目库要等它关闭或刷新后才能载入。',
      en: 'Another tab still runs an older version of this page: the list loads once that tab is closed or reloaded.',
    },
  ],
  [
    message('list-store.unavailable', { detail: 'SecurityError' }),
    '浏览器数据库不可用，项目库只保存在本页中（SecurityError）；请及时导出清单文件。 (IndexedDB is not available: export the list to keep it.)',
    {
      zh: '浏览器数据库不可用，项目库只保存在本页中（SecurityError）；请及时导出清单文件。',
      en: 'IndexedDB is not available: export the list to keep it.',
    },
  ],
  // The user's files kept for the next visit: shown in one language at a time.
  [
    message('kept.label'),
    '上次载入的数据 (the data loaded last time)',
    { zh: '上次载入的数据', en: 'the data loaded last time' },
  ],
  [
    message('kept.too-big', { size: '250 MB', limit: '200 MB' }),
    '文件共 250 MB，超过 200 MB 上限 (the files come to 250 MB, over the 200 MB limit)',
    { zh: '文件共 250 MB，超过 200 MB 上限', en: 'the files come to 250 MB, over the 200 MB limit' },
  ],
  [message('kept.quota'), '浏览器存储空间不足 (the browser has no room for them)'],
  [
    message('kept.failed', { detail: 'UnknownError' }),
    '浏览器未能保存（UnknownError） (the browser could not store them (UnknownError))',
    { zh: '浏览器未能保存（UnknownError）', en: 'the browser could not store them (UnknownError)' },
  ],
  [
    message('kept.reopen-failed', { detail: 'UnknownError' }),
    '上次载入的数据未能重新打开（UnknownError），已打开示例数据；请重新载入您的文件。 ' +
      '(The data loaded last time could not be opened again (UnknownError): the sample is shown; load your files again.)',
    {
      zh: '上次载入的数据未能重新打开（UnknownError），已打开示例数据；请重新载入您的文件。',
      en: 'The data loaded last time could not be opened again (UnknownError): the sample is shown; load your files again.',
    },
  ],
];

/** A parameter whose value cannot be read, as view-sync wrote its notice: `${zh} (${en})`. */
const ignored = (param: string, value: string, zhWhy: string, enWhy: string): string =>
  `链接参数 ${param}=${value} ${zhWhy}，已忽略。 (Link parameter ${param}=${value} ${enWhy}: ignored.)`;
const PARAMS: Case[] = [
  [
    message('param.unknown-values', { param: 'grade', words: ['X', 'Y'], allowed: ['A', 'B'] }),
    ignored('grade', 'X,Y', '中的“X、Y”无法识别（可用：A, B）', 'has unknown values (use A, B)'),
  ],
  [
    message('param.not-bool', { param: 'backlog', value: 'perhaps' }),
    ignored('backlog', 'perhaps', '应为 1 或 0', 'should be 1 or 0'),
  ],
  [
    message('param.not-year', { param: 'year', value: 'abc' }),
    ignored('year', 'abc', '不是四位年份', 'is not a four-digit year'),
  ],
  [
    message('param.not-year-range', { param: 'built', value: '2000-1990' }),
    ignored('built', '2000-1990', '不是年份范围（如 1980-1999）', 'is not a year range (e.g. 1980-1999)'),
  ],
  [
    message('param.not-share', { param: 'reserveShare', value: '20%' }),
    ignored('reserveShare', '20%', '应为 0 到 1 之间的比例（如 0.2）', 'should be a share from 0 to 1 (e.g. 0.2)'),
  ],
  [
    message('param.not-date', { param: 'asof', value: '2023-02-30' }),
    ignored(
      'asof',
      '2023-02-30',
      '不是日期（应为 YYYY-MM-DD，如 2023-05-10）',
      'is not a date (use YYYY-MM-DD, e.g. 2023-05-10)',
    ),
  ],
  [
    message('param.not-lang', { param: 'lang', value: 'fr' }),
    ignored('lang', 'fr', '应为 zh 或 en', 'should be zh or en'),
  ],
  [
    message('param.no-shequ', { shequ: '无名社区' }),
    '数据中没有社区“无名社区”，已忽略该筛选。 (No residents\' committee "无名社区" in the data: filter ignored.)',
  ],
  [
    message('param.no-community', { community: '西风小区' }),
    '数据中没有小区“西风小区”，已忽略该筛选。 (No community "西风小区" in the data: filter ignored.)',
  ],
  [
    message('param.no-year', { year: 1999 }),
    '数据中没有1999年度的计划，显示默认年度。 (No 1999 programme in the data: showing the default year.)',
  ],
];

const FORMATS: Case[] = [
  [
    message('format.unreadable', { format: 'doc' }),
    '此格式不能读取（Word 文档）：请另存为 .xlsx、.csv 或 .geojson 后再导入 ' +
      '(This format is not read (Word document): save it as .xlsx, .csv or .geojson and load it again)',
  ],
  [
    message('format.unreadable', { format: '7z' }),
    '此格式不能读取（7z 压缩包）：请解压后导入其中的文件，或改用 .zip 压缩 ' +
      '(This format is not read (7z archive): extract it and load the files inside, or zip them)',
  ],
  [
    message('format.unreadable', { format: 'html' }),
    '此格式不能读取（HTML 网页；系统导出的“.xls”常是此格式）：请另存为 .xlsx、.csv 或 .geojson 后再导入 ' +
      '(This format is not read (an HTML web page, as systems often export ".xls"): ' +
      'save it as .xlsx, .csv or .geojson and load it again)',
  ],
  [message('kml.unreadable', { detail }), `无法读取 KML：${detail} (could not read the KML)`],
  [message('kml.not-converted'), 'KML/KMZ 须经 importFilesAsync 读取 (KML and KMZ are read through importFilesAsync)'],
  [message('kml.no-kml'), 'KMZ 压缩包中没有 .kml 文件 (no .kml in the KMZ)'],
  [
    message('kml.other-kml', { files: ['a.kml', 'b/c.kml'] }),
    'KMZ 中另有 2 个 .kml 未读取：a.kml、b/c.kml（只读取 doc.kml，或最上层的第一个） ' +
      '(2 more .kml in the KMZ not read (only doc.kml, or the first at the top, is read))',
  ],
];

const CASES = [...ROWS, ...FILES, ...PLACES, ...PLANS, ...PAGE, ...PARAMS, ...FORMATS];

describe('messageText: each code in Chinese, English and both, as the app said it before codes', () => {
  it.each(CASES.map(([m, whole, halves]) => [m.code, m, whole, halves] as const))('%s', (_code, m, whole, halves) => {
    expect(messageText(m, 'both')).toBe(whole);
    expect(messageText(m, 'zh')).toBe(halves?.zh ?? legacyPick(whole, 'zh'));
    expect(messageText(m, 'en')).toBe(halves?.en ?? legacyPick(whole, 'en'));
  });

  it('the English writes straight quotes and apostrophes (a Chinese font draws ’ “ ” full width)', () => {
    for (const [m] of CASES) expect(messageText(m, 'en'), m.code).not.toMatch(/[‘’“”]/);
  });

  it('every code of the catalogue has a case here', () => {
    const pinned = new Set(CASES.map((c) => c[0].code));
    expect(MESSAGE_CODES.filter((c) => !pinned.has(c))).toEqual([]);
  });

  it('said() gives the message and its CLI text, to spread into a report entry', () => {
    expect(said('csv.skipped-row', { code: 'footer-row' })).toEqual({
      message: { code: 'csv.skipped-row', params: { code: 'footer-row' } },
      reason: '表尾（填报人、审核人等） (footer (filled in by, checked by …))',
    });
  });

  it('a list of messages is rendered each in the language asked: the unread files of a load', () => {
    const files = [
      message('load.unread-file', { name: 'missing.csv', reason: message('fetch.web-page') }),
      message('load.unread-file', { name: 'b.csv', reason: 'Failed to fetch' }),
    ];
    expect(messageText(message('load.unread', { files }), 'zh')).toBe(
      '2 个文件未能读取：missing.csv（服务器返回的是网页而不是数据文件，文件可能不存在）；b.csv（Failed to fetch）。详见导入报告。',
    );
    expect(messageText(message('load.unread', { files }), 'en')).toBe(
      '2 files could not be read: missing.csv (the server answered with a web page, not the file: it may not exist); ' +
        'b.csv (Failed to fetch). See the import report.',
    );
    const reasons = [message('fetch.failed', { detail: 'HTTP 500' }), message('worker.result-lost')];
    expect(messageText(message('load.none-read', { reasons }), 'zh')).toBe('无法下载：HTTP 500；导入结果无法传回页面');
    expect(messageText(message('load.none-read', { reasons }), 'en')).toBe(
      'could not be fetched; the import result could not be passed back',
    );
  });

  it('SaidError carries its message, and says it in both languages to a console', () => {
    const e = new SaidError(message('fetch.web-page'));
    expect(e.said).toEqual({ code: 'fetch.web-page', params: {} });
    expect(e.message).toBe(messageText(e.said, 'both'));
    expect(e).toBeInstanceOf(Error);
  });

  it('a code it does not know comes back as itself', () => {
    expect(messageText({ code: 'from.a-newer-build', params: {} }, 'en')).toBe('from.a-newer-build');
  });
});
