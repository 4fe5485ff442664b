/** The summary table, its grouping (names from the catalogue, src/domain/summary-fields.ts) and its export buttons. */
import { GROUP_LABELS, type GroupLabel } from '../../domain/summary-fields.ts';

const groups = (name: (g: GroupLabel) => string) =>
  Object.fromEntries(Object.entries(GROUP_LABELS).map(([by, g]) => [by, name(g)]));

export default {
  zh: {
    group: groups((g) => g.zh),
    groupIn: groups((g) => g.zh),
    byGroup: '按{{group}}汇总 · {{year}}',
    backlogByGroup: '已符合条件未纳入计划 · 按{{group}}汇总',
    groupBy: '分组',
    sortTitle: '{{label}}：点击排序',
    showDistrict: '显示全区',
    showOnly: '只看{{name}}',
    preparing: '正在准备数据…',
    exportTable: '导出汇总表',
    exportBuildings: '导出楼栋清单',
    exportMore: '更多导出',
    exportCrs: '楼栋坐标',
    exportCrsTitle: '楼栋清单导出时坐标写成哪个坐标系（列名和文件名会注明）；汇总表不含坐标',
    programmeOfYear: '{{year}}年度计划内的楼栋',
    programmeAll: '计划内的全部楼栋',
    menu: {
      table: '汇总表',
      programme: '计划内楼栋',
      filtered: '筛选结果的楼栋（{{n}} 栋）',
      selected: '已选楼栋（{{n}} 栋）',
    },
    making: '正在生成…',
    /** A notice: an export that failed, with the error's own words. */
    exportFailed: '导出失败：{{message}}',
  },
  en: {
    group: groups((g) => g.en),
    groupIn: groups((g) => g.enIn),
    byGroup: 'Totals by {{group}} · {{year}}',
    backlogByGroup: 'Eligible, in no plan · by {{group}}',
    groupBy: 'Group by',
    sortTitle: '{{label}}: click to sort',
    showDistrict: 'Show the whole district',
    showOnly: 'Show only {{name}}',
    preparing: 'Preparing data…',
    exportTable: 'Export table',
    exportBuildings: 'Export buildings',
    exportMore: 'More exports',
    exportCrs: 'Coordinates',
    exportCrsTitle:
      'The coordinate system building exports are written in (column and file names say which); ' +
      'the summary table has no coordinates',
    programmeOfYear: 'Buildings in the {{year}} programme',
    programmeAll: 'Every programme building',
    menu: {
      table: 'Summary table',
      programme: 'Programme buildings',
      filtered: 'Filtered buildings ({{n}})',
      selected: 'Selected buildings ({{n}})',
    },
    making: 'Making…',
    exportFailed: 'export failed: {{message}}',
  },
};
