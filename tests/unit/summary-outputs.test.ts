/**
 * What the summary fields are called wherever a user reads them, pinned byte for byte: the page's
 * labels (the `fields` catalogue, both languages), the grouping names, the export headers and the
 * CLI's text table. These outputs are derived from one catalogue (src/domain/summary-fields.ts);
 * this test holds the derivations to what they were when they were written out by hand.
 */
import { describe, expect, it } from 'vitest';
import type { Summary, SummaryRow } from '../../src/domain/aggregate.ts';
import { BACKLOG_EXPORT_COLUMNS, SUMMARY_EXPORT_COLUMNS, summarySheet } from '../../src/domain/summary-sheet.ts';
import { CATALOGUES } from '../../src/i18n/index.ts';
import { summaryTable } from '../../src/cli/summary-text.ts';
import { BACKLOG_TABLE_FIELDS as BACKLOG_TABLE_NAMES } from '../../src/domain/summary-fields.ts';
import { COLUMN_SETS, columnSetFields, shownTableFields } from '../../src/domain/column-sets.ts';
import {
  BACKLOG_KPI_FIELDS,
  BACKLOG_TABLE_FIELDS,
  KPI_FIELDS,
  SCHEDULE_TABLE_FIELDS,
  TABLE_FIELDS,
  formatField,
  formatNumber,
  type FieldDef,
} from '../../src/ui/fields.ts';

const ZERO: Omit<SummaryRow, 'key'> = {
  communities: 0,
  buildings: 0,
  households: 0,
  floorAreaM2: 0,
  eligibleBuildings: 0,
  eligibleHouseholds: 0,
  eligibleByYearBuildings: 0,
  eligibleByGradeCBuildings: 0,
  eligibleNonCompleteBuildings: 0,
  programmeCommunities: 0,
  programmeBuildings: 0,
  programmeHouseholds: 0,
  programmeFloorAreaM2: 0,
  startedHouseholds: 0,
  completedHouseholds: 0,
  completionRateHouseholds: 0,
  startedCommunities: 0,
  completedCommunities: 0,
  startRateHouseholds: 0,
  startRateCommunities: 0,
  completionRateCommunities: 0,
  startedBuildings: 0,
  completedBuildings: 0,
  eligibleFloorAreaM2: 0,
  dangerBuildings: 0,
  buildingsWithoutHouseholds: 0,
  backlogBuildings: 0,
  backlogHouseholds: 0,
  backlogFloorAreaM2: 0,
  overdueBuildings: 0,
  overdueHouseholds: 0,
  overdueCommunities: 0,
};
const row = (key: string, v: Partial<SummaryRow>): SummaryRow => ({ ...ZERO, ...v, key });
const LINCHENG = row('临城街道', {
  communities: 12,
  buildings: 1234,
  households: 12345678,
  floorAreaM2: 12345678.9,
  eligibleBuildings: 1000,
  eligibleHouseholds: 2500.4,
  programmeCommunities: 3,
  programmeBuildings: 40,
  programmeHouseholds: 800,
  programmeFloorAreaM2: 56789,
  startedHouseholds: 400,
  completedHouseholds: 200,
  startRateHouseholds: 0.5,
  completionRateHouseholds: 0.25,
  completionRateCommunities: 1 / 3,
  dangerBuildings: 2,
  backlogBuildings: 7,
  backlogHouseholds: 99,
  overdueCommunities: 1,
  overdueBuildings: 2,
  overdueHouseholds: 30,
});
const SUMMARY: Summary = {
  by: 'planYear',
  year: 2022,
  groups: [LINCHENG, row('', { communities: 1, buildings: 5, households: 60, floorAreaM2: 3000 })],
  total: row('合计', { ...LINCHENG, households: 12345738, floorAreaM2: 12348678.9, communities: 13, buildings: 1239 }),
};

describe('the summary fields as users read them', () => {
  it("the page's labels: the `fields` catalogue, both languages", () => {
    expect(CATALOGUES.fields).toEqual({
      zh: {
        label: {
          buildings: '楼栋数',
          households: '户数',
          floorAreaM2: '建筑面积',
          dangerBuildings: 'D级危房',
          programmeCommunities: '计划小区',
          programmeBuildings: '计划楼栋',
          programmeHouseholds: '计划户数',
          programmeFloorAreaM2: '计划建筑面积',
          startedHouseholds: '已开工户数',
          completedHouseholds: '已完工户数',
          startedCommunities: '已开工小区',
          completedCommunities: '已完工小区',
          startRateHouseholds: '开工率',
          completionRateHouseholds: '完工率',
          completionRateCommunities: '完工率',
          communities: '涉及小区',
          eligibleBuildings: '符合条件楼栋',
          eligibleHouseholds: '符合条件户数',
          eligibleByYearBuildings: '符合条件·按建成年代',
          eligibleByGradeCBuildings: '符合条件·C级',
          eligibleNonCompleteBuildings: '符合条件·非成套',
          backlogBuildings: '待纳入楼栋',
          backlogHouseholds: '待纳入户数',
          backlogFloorAreaM2: '待纳入建筑面积',
          overdueBuildings: '逾期楼栋',
          overdueHouseholds: '逾期户数',
          overdueCommunities: '逾期小区',
        },
        short: {
          buildings: '楼栋数',
          households: '户数',
          floorAreaM2: '面积',
          dangerBuildings: 'D级危房',
          programmeCommunities: '计划小区',
          programmeBuildings: '计划楼栋',
          programmeHouseholds: '计划户数',
          programmeFloorAreaM2: '计划面积',
          startedHouseholds: '已开工户数',
          completedHouseholds: '已完工户数',
          startedCommunities: '已开工小区',
          completedCommunities: '已完工小区',
          startRateHouseholds: '开工率',
          completionRateHouseholds: '完工率',
          completionRateCommunities: '完工率',
          communities: '涉及小区',
          eligibleBuildings: '符合条件楼栋',
          eligibleHouseholds: '符合条件户数',
          eligibleByYearBuildings: '按年代',
          eligibleByGradeCBuildings: 'C级',
          eligibleNonCompleteBuildings: '非成套',
          backlogBuildings: '待纳入楼栋',
          backlogHouseholds: '待纳入户数',
          backlogFloorAreaM2: '待纳入面积',
          overdueBuildings: '逾期楼栋',
          overdueHouseholds: '逾期户数',
          overdueCommunities: '逾期小区',
        },
        by: {
          households: '按户',
          communities: '按小区',
        },
        byShort: {
          households: '按户',
          communities: '按小区',
        },
      },
      en: {
        label: {
          buildings: 'Buildings',
          households: 'Households',
          floorAreaM2: 'Floor area',
          dangerBuildings: 'Grade D buildings',
          programmeCommunities: 'Communities',
          programmeBuildings: 'Buildings',
          programmeHouseholds: 'Households',
          programmeFloorAreaM2: 'Floor area',
          startedHouseholds: 'Households started',
          completedHouseholds: 'Households completed',
          startedCommunities: 'Communities started',
          completedCommunities: 'Communities completed',
          startRateHouseholds: 'Start rate',
          completionRateHouseholds: 'Completion rate',
          completionRateCommunities: 'Completion rate',
          communities: 'Communities',
          eligibleBuildings: 'Eligible buildings',
          eligibleHouseholds: 'Eligible households',
          eligibleByYearBuildings: 'Eligible by build year',
          eligibleByGradeCBuildings: 'Eligible as grade C',
          eligibleNonCompleteBuildings: 'Eligible as non-complete',
          backlogBuildings: 'Backlog buildings',
          backlogHouseholds: 'Backlog households',
          backlogFloorAreaM2: 'Backlog floor area',
          overdueBuildings: 'Overdue buildings',
          overdueHouseholds: 'Overdue households',
          overdueCommunities: 'Overdue communities',
        },
        short: {
          buildings: 'Buildings',
          households: 'Households',
          floorAreaM2: 'Floor area',
          dangerBuildings: 'Grade D buildings',
          programmeCommunities: 'Comm.',
          programmeBuildings: 'Buildings',
          programmeHouseholds: 'Households',
          programmeFloorAreaM2: 'Floor area',
          startedHouseholds: 'Started',
          completedHouseholds: 'Completed',
          startedCommunities: 'Comm. started',
          completedCommunities: 'Comm. completed',
          startRateHouseholds: 'Start rate',
          completionRateHouseholds: 'Completion rate',
          completionRateCommunities: 'Completion rate',
          communities: 'Comm.',
          eligibleBuildings: 'Eligible buildings',
          eligibleHouseholds: 'Eligible households',
          eligibleByYearBuildings: 'By year',
          eligibleByGradeCBuildings: 'Grade C',
          eligibleNonCompleteBuildings: 'Non-compl.',
          backlogBuildings: 'Backlog buildings',
          backlogHouseholds: 'Backlog households',
          backlogFloorAreaM2: 'Backlog area',
          overdueBuildings: 'Overdue buildings',
          overdueHouseholds: 'Overdue households',
          overdueCommunities: 'Overdue comm.',
        },
        by: {
          households: 'households',
          communities: 'communities',
        },
        byShort: {
          households: 'hh',
          communities: 'comm.',
        },
      },
    });
  });

  it('the grouping names on screen (the `table` catalogue)', () => {
    const { zh, en } = CATALOGUES.table as { zh: Record<string, unknown>; en: Record<string, unknown> };
    expect({ zh: { group: zh.group, groupIn: zh.groupIn }, en: { group: en.group, groupIn: en.groupIn } }).toEqual({
      zh: {
        group: {
          street: '街道',
          community: '小区',
          shequ: '社区',
          area: '片区',
          planYear: '计划年度',
        },
        groupIn: {
          street: '街道',
          community: '小区',
          shequ: '社区',
          area: '片区',
          planYear: '计划年度',
        },
      },
      en: {
        group: {
          street: 'Street office',
          community: 'Community',
          shequ: "Residents' committee",
          area: 'Area',
          planYear: 'Plan year',
        },
        groupIn: {
          street: 'street office',
          community: 'community',
          shequ: "residents' committee",
          area: 'area',
          planYear: 'plan year',
        },
      },
    });
  });

  it("the summary table's export headers", () => {
    expect(SUMMARY_EXPORT_COLUMNS.map((c) => c.header)).toEqual([
      '计划小区（个）',
      '计划楼栋（栋）',
      '计划户数（户）',
      '计划建筑面积（平方米）',
      '已开工户数（户）',
      '已完工户数（户）',
      '开工率（按户，%）',
      '完工率（按户，%）',
      '完工率（按小区，%）',
    ]);
    expect(BACKLOG_EXPORT_COLUMNS.map((c) => c.header)).toEqual([
      '涉及小区（个）',
      '待纳入楼栋（栋）',
      '待纳入户数（户）',
      '待纳入建筑面积（平方米）',
      '符合条件·按建成年代（栋）',
      '符合条件·C级（栋）',
      '符合条件·非成套（栋）',
    ]);
    const sheet = summarySheet(SUMMARY, SUMMARY.groups, '计划年度', SUMMARY_EXPORT_COLUMNS, '汇总表');
    expect(sheet.columns.map((c) => c.kind)).toEqual([
      'text',
      'int',
      'int',
      'int',
      'decimal',
      'int',
      'int',
      'rate',
      'rate',
      'rate',
    ]);
    expect(sheet.rows.map((r) => r[0])).toEqual(['临城街道', '（未指明）', '合计']);
  });

  it("the CLI's text table, header and figures", () => {
    expect(summaryTable(SUMMARY, true).split('\n')).toEqual([
      '计划年度    小区数  楼栋数        户数  面积(万㎡)  符合条件楼栋  符合条件户数  计划小区  计划楼栋  计划户数  计划面积(万㎡)  开工户数  完工户数  开工率(户)  完工率(户)  完工率(小区)  D级危房  待纳入楼栋  待纳入户数  逾期小区  逾期楼栋  逾期户数',
      '----------  ------  ------  ----------  ----------  ------------  ------------  --------  --------  --------  --------------  --------  --------  ----------  ----------  ------------  -------  ----------  ----------  --------  --------  --------',
      '临城街道        12   1,234  12,345,678     1234.57         1,000         2,500         3        40       800            5.68       400       200       50.0%       25.0%         33.3%        2           7          99         1         2        30',
      '（未指明）       1       5          60        0.30             0             0         0         0         0            0.00         0         0           —           —             —        0           0           0         0         0         0',
      '合计            13   1,239  12,345,738     1234.87         1,000         2,500         3        40       800            5.68       400       200       50.0%       25.0%         33.3%        2           7          99         1         2        30',
    ]);
    const byStreet = summaryTable({ ...SUMMARY, by: 'street' }).split('\n')[0];
    expect(byStreet).toMatch(/^街道 +小区数 +楼栋数 /);
    expect(byStreet).toMatch(/待纳入户数$/);
  });

  it("the page's columns and cards, in order, with their kind and unit", () => {
    const shape = (defs: readonly FieldDef[]) => defs.map((d) => [d.field, d.kind, d.unit ?? '', d.denominator ?? '']);
    const programme = [
      ['programmeCommunities', 'count', '个', ''],
      ['programmeBuildings', 'count', '栋', ''],
      ['programmeHouseholds', 'count', '户', ''],
      ['programmeFloorAreaM2', 'm2', '', ''],
      ['startedHouseholds', 'count', '户', ''],
      ['completedHouseholds', 'count', '户', ''],
    ];
    expect(shape(TABLE_FIELDS)).toEqual([
      ...programme,
      ['startRateHouseholds', 'rate', '', 'programmeHouseholds'],
      ['completionRateHouseholds', 'rate', '', 'programmeHouseholds'],
      ['completionRateCommunities', 'rate', '', 'programmeCommunities'],
    ]);
    expect(shape(SCHEDULE_TABLE_FIELDS)).toEqual([
      ...shape(TABLE_FIELDS),
      ['overdueBuildings', 'count', '栋', ''],
      ['overdueCommunities', 'count', '个', ''],
    ]);
    expect(shape(KPI_FIELDS)).toEqual([...programme, ['completionRateHouseholds', 'rate', '', 'programmeHouseholds']]);
    // The backlog view: each figure once (every building it keeps is eligible, so no eligible columns
    // repeating the backlog's), with the rules that make them eligible.
    const backlog = [
      ['communities', 'count', '个', ''],
      ['backlogBuildings', 'count', '栋', ''],
      ['backlogHouseholds', 'count', '户', ''],
      ['backlogFloorAreaM2', 'm2', '', ''],
    ];
    expect(shape(BACKLOG_TABLE_FIELDS)).toEqual([
      ...backlog,
      ['eligibleByYearBuildings', 'count', '栋', ''],
      ['eligibleByGradeCBuildings', 'count', '栋', ''],
      ['eligibleNonCompleteBuildings', 'count', '栋', ''],
    ]);
    expect(shape(BACKLOG_KPI_FIELDS)).toEqual(backlog);
  });

  it("the page's figures: thousands, 万㎡ or m², percentages, a dash for a rate of nothing", () => {
    const written = (lang: 'zh' | 'en') => SCHEDULE_TABLE_FIELDS.map((d) => formatField(d, LINCHENG, lang));
    expect(written('zh')).toEqual(['3', '40', '800', '5.68', '400', '200', '50.0%', '25.0%', '33.3%', '2', '1']);
    expect(written('en')).toEqual(['3', '40', '800', '56,789', '400', '200', '50.0%', '25.0%', '33.3%', '2', '1']);
    const area = BACKLOG_TABLE_FIELDS[3];
    expect(formatNumber(area, 12345678.9, 1, 'zh')).toBe('1,234.57');
    expect(formatNumber(area, 12345678.9, 1, 'en')).toBe('12,345,679');
    expect(formatNumber(TABLE_FIELDS[0], 12345678.6, 1, 'zh')).toBe('12,345,679');
    expect(formatNumber(TABLE_FIELDS[6], 0.5, 0, 'zh')).toBe('—');
    expect(formatNumber(TABLE_FIELDS[0], NaN, 1, 'zh')).toBe('—');
  });
});

describe('the summary table column sets', () => {
  it('现状 is the housing stock: every building, the eligible ones and by which rule, programme, backlog', () => {
    expect(columnSetFields('stock')).toEqual([
      'buildings',
      'households',
      'floorAreaM2',
      'eligibleBuildings',
      'eligibleHouseholds',
      'eligibleByYearBuildings',
      'eligibleByGradeCBuildings',
      'eligibleNonCompleteBuildings',
      'programmeBuildings',
      'backlogBuildings',
    ]);
  });

  it('全部 is every set, each figure once', () => {
    const all = columnSetFields('all');
    expect(new Set(all).size).toBe(all.length);
    for (const set of ['stock', 'programme', 'progress'] as const)
      for (const f of columnSetFields(set)) expect(all).toContain(f);
  });

  it('the overdue columns follow progress where the programme has dated steps; the backlog preset has its own', () => {
    expect(shownTableFields('progress', { backlog: false, schedule: true }).slice(-2)).toEqual([
      'overdueBuildings',
      'overdueCommunities',
    ]);
    expect(shownTableFields('stock', { backlog: false, schedule: true })).toEqual(columnSetFields('stock'));
    expect(shownTableFields('progress', { backlog: false, schedule: false })).toEqual(columnSetFields('progress'));
    for (const set of COLUMN_SETS)
      expect(shownTableFields(set, { backlog: true, schedule: true })).toEqual(BACKLOG_TABLE_NAMES);
  });
});
