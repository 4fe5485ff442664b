/**
 * Deterministic building CSVs of any size for the benchmarks: the sample's Chinese headers and
 * value formats, spread over 9 street offices and ~n/12 communities.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { mulberry32 } from '../data/sample-geometry.ts';

const HEADER =
  '楼栋编号,小区编号,小区名称,楼号,街道,社区,片区,经度,纬度,建成年代,层数,户数,建筑面积（平方米）,安全等级,是否成套,改造类型,改造进度,计划年度,开工日期,完工日期,验收日期,总投资（万元）';
const STREETS = ['临城街道', '常庄街道', '新城街道', '兴仁街道', '张范街道', '沙沟镇', '陶庄镇', '周营镇', '邹坞镇'];
const STAGES = ['未纳入', '', '已纳入计划', '施工图设计', '拆除违建', '招投标', '施工中', '竣工验收', '已完工'];
const YEARS = ['1985', '1992', '1995年', '1998-06', '2003', '2010', '90年代', '1999'];
const GRADES = ['A', 'B', 'B', 'C级', '', 'B', 'A', 'D级'];

/** Write `rows` buildings to `path` (UTF-8, CRLF, as Excel writes). */
export async function writeBenchCsv(path: string, rows: number): Promise<void> {
  const rnd = mulberry32(20221);
  const out = createWriteStream(path);
  let buf = HEADER + '\r\n';
  for (let i = 0; i < rows; i++) {
    const c = Math.floor(i / 12);
    const s = c % STREETS.length;
    const stage = STAGES[Math.floor(rnd() * STAGES.length)];
    const inPlan = stage !== '' && stage !== '未纳入';
    const hh = 12 + Math.floor(rnd() * 60);
    buf +=
      `B${i},C${c},小区${c},${(i % 12) + 1}号楼,${STREETS[s]},社区${c % 400},${inPlan ? '片区' + (c % 5) : ''},` +
      `${(117.1 + rnd() * 0.3).toFixed(6)},${(34.7 + rnd() * 0.2).toFixed(6)},${YEARS[c % YEARS.length]},${3 + (i % 5)},${hh},${(hh * 68.5).toFixed(1)},` +
      `${GRADES[i % GRADES.length]},${i % 37 === 0 ? '否' : '是'},${inPlan ? '基础类、完善类' : ''},${stage},${inPlan ? 2022 + (c % 3) : ''},` +
      `${inPlan ? '2023-04-20' : ''},${stage === '已完工' ? '2023-09-30' : ''},,${inPlan ? (hh * 1.2).toFixed(2) : ''}\r\n`;
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await once(out, 'drain');
      buf = '';
    }
  }
  out.end(buf);
  await once(out, 'finish');
}
