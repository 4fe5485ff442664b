/** The progress chart (stages per street office). */
export default {
  zh: {
    title: '各街道改造进度（按{{measure}}）· {{year}}',
    measure: { households: '户数', buildings: '楼栋数' },
    by: { households: '按户数', buildings: '按楼栋数' },
    unit: { households: '户', buildings: '栋' },
    count: '计数',
    empty: '本年度计划内没有楼栋',
    segment: '{{name}} · {{stage}}：{{value}} {{unit}}（{{pct}}）',
  },
  en: {
    title: 'Progress by street office ({{measure}}) · {{year}}',
    measure: { households: 'households', buildings: 'buildings' },
    by: { households: 'Households', buildings: 'Buildings' },
    unit: { households: 'households', buildings: 'buildings' },
    count: 'Count',
    empty: "Nothing in this year's programme",
    segment: '{{name}} · {{stage}}: {{value}} {{unit}} ({{pct}})',
  },
};
