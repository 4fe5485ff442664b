/** The header: title, plan year and street office pickers, rules button, file loading, language switch. */
export default {
  zh: {
    planYear: '计划年度',
    street: '街道',
    wholeDistrict: '全区',
    rules: '规则',
    rulesTitle: '纳入改造范围的规则',
    rulesTitleChanged: '纳入改造范围的规则（已调整）',
    loadFiles: '载入文件',
    loadFilesTitle: '可多选：楼栋 CSV、小区/街道 GeoJSON、改造计划 JSON；也可拖放到页面上',
    sample: '示例数据',
    drop: '松开鼠标以载入文件（替换当前数据）',
  },
  en: {
    planYear: 'Plan year',
    street: 'Street office',
    wholeDistrict: 'Whole district',
    rules: 'Rules',
    rulesTitle: 'Eligibility rules',
    rulesTitleChanged: 'Eligibility rules (changed)',
    loadFiles: 'Load files',
    loadFilesTitle:
      'Several at once: buildings CSV, community and street GeoJSON, programme JSON; or drop them on the page',
    sample: 'Sample data',
    drop: 'Drop the files to load them (replaces the current data)',
  },
};
