/**
 * The one parser (src/cli/args.ts): per-file options apply to the files after them, in order, for
 * every command; options belong to their commands; values are checked; files are opened to be
 * read by range and closed when the command is done.
 */
import { describe, expect, it } from 'vitest';
import { parseCommandLine, UsageError, type Args } from '../../../src/cli/args.ts';
import { runAsync } from '../../../src/cli/main.ts';
import { fixturePath } from '../support.ts';

const A = fixturePath('csv/aggregate-buildings.csv');
const B = fixturePath('geojson/aggregate-communities.geojson');

function usage(argv: string[]): string {
  try {
    parseCommandLine(argv).close();
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    return (e as Error).message;
  }
  throw new Error(`parsed: ${argv.join(' ')}`);
}

function parsed(argv: string[]): Args {
  const args = parseCommandLine(argv);
  args.close();
  return args;
}

describe('parseCommandLine', () => {
  it.each(['validate', 'summarize', 'export'])(
    '%s: --kind, --crs and --swap-xy apply to the files after them, until changed',
    (command) => {
      const args = parsed(
        [command, A, '--crs', 'gcj02', '--swap-xy', A, '--kind', 'communities', '--no-swap-xy', B].concat(
          command === 'export' ? ['--out', 'x.csv'] : [],
        ),
      );
      expect(args.files.map((f) => [f.name, f.kind, f.crs, f.swapXY])).toEqual([
        ['aggregate-buildings.csv', undefined, undefined, false],
        ['aggregate-buildings.csv', undefined, 'gcj02', true],
        ['aggregate-communities.geojson', 'communities', 'gcj02', false],
      ]);
      expect(args.command).toBe(command);
    },
  );

  it('files are read from disk by range, not held in memory', () => {
    const args = parseCommandLine(['export', A, '--out', 'x.csv']);
    const bytes = args.files[0].bytes;
    expect(bytes).not.toBeInstanceOf(Uint8Array);
    expect(new TextDecoder().decode((bytes as { read(a: number, b: number): Uint8Array }).read(0, 6))).toBe('楼栋');
    args.close();
    expect(() => (bytes as { read(a: number, b: number): Uint8Array }).read(0, 6)).toThrow();
  });

  it('export: --out=, --table, --list, --by, --year and --out-crs; the format from the extension', () => {
    const args = parsed([
      'export',
      A,
      '--out=t.XLSX',
      '--table',
      '--by',
      'year',
      '--year=2023',
      '--out-crs',
      'EPSG:4527',
    ]);
    expect(args).toMatchObject({ format: 'xlsx', what: 'table', by: 'planYear', year: 2023, outCrs: 'epsg:4527' });
    expect(parsed(['export', A, '--list', 'l.json', '--out', 'l.geojson'])).toMatchObject({
      what: 'list',
      list: 'l.json',
      format: 'geojson',
      outCrs: 'wgs84',
    });
  });

  it('summarize: the rule flags fill the eligibility settings', () => {
    const args = parsed([
      'summarize',
      A,
      '--cutoff',
      '1995',
      '--no-grade-c',
      '--no-non-complete',
      '--grade-d=exclude',
      '--reserve-to',
      '2005',
      '--reserve-share',
      '.5',
      '--as-of',
      '2023-06-01',
      '--json',
    ]);
    expect(args).toMatchObject({
      json: true,
      asOfDay: Date.UTC(2023, 5, 1) / 86_400_000,
      eligibility: {
        cutoffYear: 1995,
        byGradeC: false,
        byNonComplete: false,
        gradeD: 'exclude',
        reserveTo: 2005,
        reserveShare: 0.5,
      },
    });
  });

  it('after --, every word is a file', () => {
    expect(usage(['validate', '--', '--json'])).toBe('无法读取文件 cannot read file --json: ENOENT');
  });

  it.each<[string[], string]>([
    [[], '缺少命令 missing command'],
    [['frobnicate'], '未知命令 unknown command: frobnicate'],
    [['export', A, '--json', '--out', 'x.csv'], '未知选项 unknown option: --json'],
    [['export', A, '--cutoff', '2000', '--out', 'x.csv'], '未知选项 unknown option: --cutoff'],
    [['summarize', A, '--out', 'x.csv'], '未知选项 unknown option: --out'],
    [['summarize', A, '-x'], '未知选项 unknown option: -x'],
    [['summarize', A, '--by'], '--by 需要一个值 needs a value'],
    [['summarize', A, '--json=yes'], '--json 不带值 takes no value: yes'],
    [['summarize', A, '--by', '--json'], '--by 只能是 street|community|shequ|area|year: --json'],
    [['export', '--crs', 'mars', A, '--out', 'x.csv'], '--crs 只能是 wgs84|cgcs2000|gcj02|bd09|EPSG:4491…4554: mars'],
    [['export', A, '--out', 'x.csv', '--out-crs', 'mars'], '--out-crs 只能是 wgs84|gcj02|bd09|EPSG:4491…4554: mars'],
    [['export', A], '需要 --out 输出文件 --out is required'],
    [
      ['export', A, '--out', 'x.txt'],
      '输出文件须为 .csv、.xlsx 或 .geojson the output must end in .csv, .xlsx or .geojson: x.txt',
    ],
    [['export', A, '--table', '--out', 'x.geojson'], '汇总表没有 GeoJSON the table has no GeoJSON form'],
    [['summarize', '--json'], '没有给出文件 no files given'],
  ])('%j: %s', (argv, message) => {
    expect(usage(argv)).toBe(message);
  });

  it('-h and --help, for every command, are the usage and exit 0', async () => {
    for (const argv of [
      ['export', '--help'],
      ['validate', '-h'],
      ['summarize', A, '--help'],
    ]) {
      let err = '';
      expect(
        await runAsync(
          argv,
          () => undefined,
          (s) => (err += s),
        ),
      ).toBe(0);
      expect(err).toContain('npm run cli -- export FILES...');
      expect(err).not.toContain('错误 error');
    }
  });

  it('export: a --list file that cannot be read is a usage error (exit 2), before any data are read', async () => {
    let err = '';
    const code = await runAsync(
      ['export', A, '--list', '/nonexistent/list.json', '--out', 'x.csv'],
      () => undefined,
      (s) => (err += s),
    );
    expect(code).toBe(2);
    expect(err).toContain('无法读取文件 cannot read file /nonexistent/list.json: ENOENT');
    expect(err).toContain('用法 usage');
  });
});
