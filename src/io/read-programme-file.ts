/**
 * A programme file the user picked (the programme dialog's 载入计划文件): JSON (readProgramme) or
 * CSV (readProgrammeCsv), in UTF-8, UTF-8 with a BOM or GBK/GB18030 as Excel and WPS save it.
 * Problems come back as issues with the file's name and the line, never thrown.
 */
import type { RowIssue } from '../domain/import-report.ts';
import { readProgrammeCsv } from './read-programme-csv.ts';
import { readProgramme, type Programme } from '../domain/programme.ts';
import { decodeText } from './detect-encoding.ts';
import { said } from '../domain/messages/render.ts';

/**
 * Read a programme from a file's bytes; `.csv` / `.txt` names (or text that does not start with
 * `{`) are read as CSV, the rest as JSON.
 * @example readProgrammeFile('计划.csv', bytes).programme?.year
 */
export function readProgrammeFile(
  name: string,
  bytes: Uint8Array,
): { programme: Programme | null; issues: RowIssue[] } {
  const text = decodeText(bytes).replace(/^\uFEFF/, '');
  const csv = /\.(csv|txt)$/i.test(name) || !text.trimStart().startsWith('{');
  if (csv) return readProgrammeCsv(text, name);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const at = /line (\d+)/.exec(String(e));
    return {
      programme: null,
      issues: [
        {
          file: name,
          line: at ? Number(at[1]) : 0,
          code: 'bad-json',
          ...said('programme.bad-json', { detail: e instanceof Error ? e.message : String(e) }),
        },
      ],
    };
  }
  return readProgramme(json, name);
}
