/**
 * Every option of every command, in one table: the value it takes, the commands it belongs to,
 * and how it fills the parse in progress (args.ts walks the words in order and calls these).
 * A value that cannot be used is a UsageError with the message the user reads.
 */
import { COLUMN_SETS, type ColumnSet } from '../domain/column-sets.ts';
import type { GroupBy } from '../domain/aggregate.ts';
import { parseCrs, type CrsKey } from '../domain/crs.ts';
import { DEFAULT_ELIGIBILITY, type EligibilitySettings } from '../domain/eligibility.ts';
import { parseDate } from '../domain/parse-values.ts';
import type { InputFile } from '../io/input-file.ts';

/** A mistake in the command line (exit 2); an empty message is --help (the usage, exit 0). */
export class UsageError extends Error {}

export type Command = 'validate' | 'summarize' | 'export';

/** Everything any command's options set, as the words are read. */
export interface Draft {
  /** What the files after the word are, their system and axes (--kind, --crs, --swap-xy). */
  kind: InputFile['kind'];
  crs: CrsKey | undefined;
  swapXY: boolean;
  by: GroupBy;
  year: number | null;
  json: boolean;
  eligibility: EligibilitySettings;
  /** --as-of: the day the figures stand on; null = as recorded, overdue judged today. */
  asOfDay: number | null;
  out: string;
  what: 'buildings' | 'table' | 'list';
  list: string | null;
  /** The system coordinates are written in (--out-crs); WGS84 by default. */
  outCrs: CrsKey;
  /** export --table: the page's column set (--columns); null = the programme and its progress, as always. */
  columns: ColumnSet | null;
}

export function newDraft(): Draft {
  return {
    kind: undefined,
    crs: undefined,
    swapXY: false,
    by: 'street',
    year: null,
    json: false,
    eligibility: { ...DEFAULT_ELIGIBILITY },
    asOfDay: null,
    out: '',
    what: 'buildings',
    list: null,
    outCrs: 'wgs84',
    columns: null,
  };
}

interface Option {
  type: 'string' | 'boolean';
  commands: readonly Command[];
  /** Fill the draft; `value` is the option's value ('' for a boolean). */
  apply(d: Draft, value: string): void;
}

const EVERY: readonly Command[] = ['validate', 'summarize', 'export'];
/** validate takes summarize's options too, and ignores them, as it always has. */
const SUMMARIZE: readonly Command[] = ['summarize', 'validate'];
const GROUPED: readonly Command[] = ['summarize', 'export'];
const EXPORT: readonly Command[] = ['export'];

const KINDS = new Set(['buildings', 'communities', 'streets', 'district', 'programme', 'auto']);
const BY: Record<string, GroupBy> = {
  street: 'street',
  community: 'community',
  shequ: 'shequ',
  area: 'area',
  year: 'planYear',
  planYear: 'planYear',
};

function year(flag: string, v: string): number {
  if (!/^\d{4}$/.test(v)) throw new UsageError(`${flag} 需要四位年份 needs a four-digit year: ${v}`);
  return Number(v);
}

const string = (commands: readonly Command[], apply: Option['apply']): Option => ({ type: 'string', commands, apply });
const flag = (commands: readonly Command[], apply: (d: Draft) => void): Option => ({
  type: 'boolean',
  commands,
  apply,
});

/** The options by their long name (without the dashes). */
export const OPTIONS: Readonly<Record<string, Option>> = {
  kind: string(EVERY, (d, v) => {
    if (!KINDS.has(v))
      throw new UsageError(`--kind 只能是 buildings|communities|streets|district|programme|auto: ${v}`);
    d.kind = v === 'auto' ? undefined : (v as InputFile['kind']);
  }),
  crs: string(EVERY, (d, v) => {
    const parsed = parseCrs(v);
    if (!parsed) throw new UsageError(`--crs 只能是 wgs84|cgcs2000|gcj02|bd09|EPSG:4491…4554: ${v}`);
    d.crs = parsed;
  }),
  'swap-xy': flag(EVERY, (d) => (d.swapXY = true)),
  'no-swap-xy': flag(EVERY, (d) => (d.swapXY = false)),
  help: flag(EVERY, () => {
    throw new UsageError('');
  }),
  by: string(GROUPED, (d, v) => {
    if (!(v in BY)) throw new UsageError(`--by 只能是 street|community|shequ|area|year: ${v}`);
    d.by = BY[v];
  }),
  year: string(GROUPED, (d, v) => (d.year = year('--year', v))),
  columns: string(EXPORT, (d, v) => {
    if (!(COLUMN_SETS as readonly string[]).includes(v))
      throw new UsageError(`--columns 只能是 ${COLUMN_SETS.join('|')}: ${v}`);
    d.columns = v as ColumnSet;
  }),
  json: flag(SUMMARIZE, (d) => (d.json = true)),
  'as-of': string(SUMMARIZE, (d, v) => {
    const day = parseDate(v);
    if (day === null) throw new UsageError(`--as-of 需要日期 needs a date (YYYY-MM-DD): ${v}`);
    d.asOfDay = day;
  }),
  cutoff: string(SUMMARIZE, (d, v) => (d.eligibility.cutoffYear = year('--cutoff', v))),
  'no-grade-c': flag(SUMMARIZE, (d) => (d.eligibility.byGradeC = false)),
  'no-non-complete': flag(SUMMARIZE, (d) => (d.eligibility.byNonComplete = false)),
  'grade-d': string(SUMMARIZE, (d, v) => {
    if (v !== 'flag' && v !== 'eligible' && v !== 'exclude')
      throw new UsageError(`--grade-d 只能是 flag|eligible|exclude: ${v}`);
    d.eligibility.gradeD = v;
  }),
  'reserve-to': string(SUMMARIZE, (d, v) => (d.eligibility.reserveTo = year('--reserve-to', v))),
  'reserve-share': string(SUMMARIZE, (d, v) => {
    const share = Number(v);
    if (!/^\d*\.?\d+$/.test(v) || share > 1)
      throw new UsageError(`--reserve-share 需要 0 到 1 之间的比例 needs a share from 0 to 1: ${v}`);
    d.eligibility.reserveShare = share;
  }),
  out: string(EXPORT, (d, v) => (d.out = v)),
  table: flag(EXPORT, (d) => (d.what = 'table')),
  list: string(EXPORT, (d, v) => {
    d.what = 'list';
    d.list = v;
  }),
  'out-crs': string(EXPORT, (d, v) => {
    const crs = parseCrs(v);
    if (!crs) throw new UsageError(`--out-crs 只能是 wgs84|gcj02|bd09|EPSG:4491…4554: ${v}`);
    d.outCrs = crs;
  }),
};
