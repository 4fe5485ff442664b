/**
 * One measured run in a fresh process, so that peak memory (maxRSS) belongs to one job only.
 *   tsx scripts/bench-child.ts bare|atlas|stream FILE
 * bare:   decode the bytes and Papa.parse the whole text into arrays of strings (papaparse's fastest form).
 * atlas:  importFiles (decode, stream into columns, link, report) + summarize by street office, the file's bytes in memory.
 * stream: the same, reading the file from disk 1 MB at a time (a ByteSource, as the CLI and the browser's worker do).
 * Prints one JSON line: { ms, maxRssMB, rssBeforeMB, rows }.
 */
import { readFileSync } from 'node:fs';
import { diskSource } from '../src/cli/file-source.ts';
import Papa from 'papaparse';
import { summarize } from '../src/domain/aggregate.ts';
import { importFiles } from '../src/io/import-files.ts';

const [mode, file] = process.argv.slice(2);
// Streamed runs never read the file whole: its bytes are not part of their memory.
const buf = mode === 'stream' ? Buffer.alloc(0) : readFileSync(file);
const bytes = new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
// Warm both paths on a tiny input first, so module loading and first compiles are not timed.
const tiny = new TextEncoder().encode('楼栋编号,经度,纬度,户数\r\nB1,117.2,34.8,10\r\n');
Papa.parse<string[]>(new TextDecoder().decode(tiny));
summarize(importFiles([{ name: 'warm.csv', bytes: tiny }]));
const rssBefore = process.memoryUsage().rss;
let rows = 0;
const t0 = performance.now();
if (mode === 'bare') {
  const text = new TextDecoder('utf-8').decode(bytes);
  const res = Papa.parse<string[]>(text, { skipEmptyLines: true });
  rows = res.data.length - 1;
} else {
  const data = importFiles([{ name: file, bytes: mode === 'stream' ? diskSource(file) : bytes }]);
  const s = summarize(data, { by: 'street' });
  rows = s.total.buildings;
}
const ms = performance.now() - t0;
const maxRssMB = process.resourceUsage().maxRSS / 1024;
process.stdout.write(JSON.stringify({ ms, maxRssMB, rssBeforeMB: rssBefore / 1048576, rows }) + '\n');
