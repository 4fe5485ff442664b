/**
 * Messages about the files of plans: a programme (programme.ts, programme-csv.ts,
 * io/read-programme-file.ts) and a candidate list (io/candidate-list-file.ts).
 */
import { tpl } from './template.ts';

export const PLAN_MESSAGES = {
  'programme.bad-json': tpl<{ detail: string }>(
    () => '不是有效的 JSON',
    (p) => `not valid JSON: ${p.detail}`,
  ),
  'programme.not-object': tpl(
    () => '计划文件不是对象',
    () => 'programme file is not a JSON object',
  ),
  'programme.bad-year': tpl(
    () => '计划年度缺失或无效',
    () => 'programme year missing or invalid',
  ),
  /** `where`: the street office whose target it is, '' for the programme's own. */
  'programme.bad-target': tpl<{ where: string; key: string }>(
    (p) => `${p.where}目标“${p.key}”无效`,
    (p) => `${p.where ? `${p.where}: ` : ''}target ${p.key} invalid`,
  ),
  'programme.street-not-object': tpl<{ street: string }>(
    (p) => `街道“${p.street}”的目标不是对象`,
    (p) => `targets of ${p.street} are not an object`,
  ),
  'programme.step-not-object': tpl<{ n: number }>(
    (p) => `第${p.n}步不是对象`,
    (p) => `step ${p.n} is not an object`,
  ),
  'programme.step-stage': tpl<{ n: number }>(
    (p) => `第${p.n}步的阶段无法识别`,
    (p) => `step ${p.n}: unknown stage`,
  ),
  'programme.step-no-end': tpl<{ n: number }>(
    (p) => `第${p.n}步缺少截止日期`,
    (p) => `step ${p.n}: no end date`,
  ),
  'programme-csv.unknown-target': tpl<{ where: string; name: string }>(
    (p) => `${p.where}目标“${p.name}”无法识别（可用：小区、楼栋、户数、建筑面积）`,
    (p) => `unknown target "${p.name}": use communities, buildings, households, floor area`,
  ),
  'programme-csv.bad-target-value': tpl<{ where: string; name: string; key: string; value: string }>(
    (p) => `${p.where}目标“${p.name}”的数值“${p.value}”无效`,
    (p) => `target ${p.key}: "${p.value}" is not a number`,
  ),
  'programme-csv.header-not-first': tpl<{ word: string }>(
    (p) => `“${p.word}”行只能是第一行`,
    (p) => `a "${p.word}" row can only be the first line`,
  ),
  'programme-csv.bad-year': tpl<{ value: string }>(
    (p) => `计划年度“${p.value}”无效`,
    (p) => `plan year "${p.value}" is not a year`,
  ),
  'programme-csv.two-years': tpl<{ first: number; second: number }>(
    (p) => `计划年度写了两次（${p.first}、${p.second}）`,
    (p) => `two plan years: ${p.first}, ${p.second}`,
  ),
  'programme-csv.target-row': tpl(
    () => '目标行应为：目标,名称,数值',
    () => 'a target row is: 目标,name,value',
  ),
  'programme-csv.street-target-row': tpl(
    () => '街道目标行应为：街道目标,街道,名称,数值',
    () => 'a street target row is: 街道目标,street office,name,value',
  ),
  'programme-csv.unknown-row': tpl<{ word: string }>(
    (p) => `无法识别的行“${p.word}”（可用：年度、名称、区、依据、街道、目标、街道目标、步骤）`,
    (p) => `unknown row "${p.word}"`,
  ),
  'programme-csv.step-stage': tpl<{ step: string; stage: string }>(
    (p) => `步骤“${p.step}”的阶段“${p.stage}”无法识别`,
    (p) => `step "${p.step}": unknown stage "${p.stage}"`,
  ),
  'programme-csv.step-no-end': tpl<{ step: string }>(
    (p) => `步骤“${p.step}”缺少截止日期`,
    (p) => `step "${p.step}": no end date`,
  ),
  'programme-csv.step-bad-end': tpl<{ step: string; value: string }>(
    (p) => `步骤“${p.step}”的截止日期“${p.value}”无效`,
    (p) => `step "${p.step}": "${p.value}" is not a date`,
  ),
  'programme-csv.step-bad-start': tpl<{ step: string; value: string }>(
    (p) => `步骤“${p.step}”的开始日期“${p.value}”无效`,
    (p) => `step "${p.step}": "${p.value}" is not a date`,
  ),
  'programme-csv.step-starts-late': tpl<{ step: string }>(
    (p) => `步骤“${p.step}”开始晚于截止`,
    (p) => `step "${p.step}" starts after its end`,
  ),
  'programme-csv.no-year': tpl(
    () => '计划文件缺少“年度”行',
    () => 'the programme file has no 年度 (year) row',
  ),
  'list.no-key': tpl(
    () => '缺少楼栋键或楼栋编号',
    () => 'no building key or id',
  ),
  'list.bad-year': tpl(
    () => '计划年度无法识别',
    () => 'plan year not understood',
  ),
  'list.bad-types': tpl(
    () => '改造类型缺失或无法识别',
    () => 'renovation type missing or not understood',
  ),
  'list.key-twice': tpl<{ line: number }>(
    (p) => `楼栋键重复，以第 ${p.line} 行为准`,
    () => 'key given twice: this row wins',
  ),
  /** Its CLI form has long put the English first and the detail after: kept. */
  'list.bad-json': tpl<{ detail: string }>(
    (p) => `不是有效的 JSON：${p.detail}`,
    (p) => `not valid JSON: ${p.detail}`,
    (p) => `不是有效的 JSON (not valid JSON): ${p.detail}`,
  ),
  'list.not-a-list': tpl<{ kind: string }>(
    (p) => `不是项目库文件：缺少 "kind": "${p.kind}" 或 entries`,
    () => 'not a candidate list file',
  ),
  'list.bad-version': tpl<{ version: string; reads: number }>(
    (p) => `不支持的版本：${p.version}；本程序读取版本 ${p.reads}`,
    (p) => `unsupported version: ${p.version}; this program reads version ${p.reads}`,
    (p) => `不支持的版本 (unsupported version): ${p.version}；本程序读取版本 ${p.reads}`,
  ),
  'list.no-key-column': tpl(
    () => '表头中没有“楼栋键”或“楼栋编号”列',
    () => 'no key or id column in the header',
  ),
  'list.no-year-or-type-column': tpl(
    () => '表头中没有“计划年度”或“改造类型”列',
    () => 'no plan year or type column in the header',
  ),
};
