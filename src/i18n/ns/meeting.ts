/** Meeting mode: the switch, the title bar, the KPI shares and the street office ranking. */
export default {
  zh: {
    switch: '会议模式',
    switchTitle: '投影用：大字、高对比，只显示指标卡、地图和街道排名；← → 切换街道',
    exit: '退出会议模式',
    exitTitle: '回到完整看板（Esc 两次）',
    planYear: '{{year}}年度',
    allYears: '全部年度',
    asOf: '进度截至{{date}}',
    asOfRecorded: '按录入进度，逾期按{{date}}判断',
    wholeDistrict: '全区',
    otherFilters: '另有筛选条件',
    otherFiltersTitle: '看板中设置的筛选条件仍在生效，数字只含筛选出的楼栋',
    keys: '← → 切换街道 · Home 全区 · Esc 返回',
    share: {
      target: '占目标 {{pct}}',
      started: '开工率 {{pct}}',
      completed: '完工率 {{pct}}',
    },
    due: {
      title: '按计划时限，到这一天应达 {{pct}}',
      legend: '按计划时限应达：{{parts}}',
      start: '开工 {{pct}}',
      completion: '完工 {{pct}}',
      none: '计划没有时限，不判进度',
    },
    ranking: {
      title: '街道排名',
      hint: '按户数计；户数比率相同时按小区比率',
      orderBy: '排序',
      rank: '名次',
      street: '街道',
      start: '开工率',
      completion: '完工率',
      overdueHead: '逾期',
      overdue: '{{n}}栋',
      lightHead: '状态',
      lightRule:
        '红（滞后）：有楼栋逾期，或开工率、完工率比应达进度低 {{points}} 个百分点以上；' +
        '黄（偏慢）：低于应达进度，但不超过 {{points}} 个百分点；绿（正常）：都达到或超过应达进度',
      light: { green: '正常', amber: '偏慢', red: '滞后' },
      noProgramme: '无计划',
      unnamed: '（未注明街道）',
      rankOf: '第{{n}}名',
      rowTitle: '{{street}}：开工率{{start}}（第{{startRank}}名），完工率{{completion}}（第{{completionRank}}名）',
      rowTitleNone: '{{street}}：本年度无改造计划',
      empty: '本年度计划中没有街道',
    },
  },
  en: {
    switch: 'Meeting mode',
    switchTitle:
      'For a projector: large type, high contrast, only the cards, the map and the street ranking; ' +
      '← → step through street offices',
    exit: 'Exit meeting mode',
    exitTitle: 'Back to the full dashboard (Esc twice)',
    planYear: 'Plan year {{year}}',
    allYears: 'All years',
    asOf: 'Progress as of {{date}}',
    asOfRecorded: 'As recorded; overdue on {{date}}',
    wholeDistrict: 'Whole district',
    otherFilters: 'Other filters on',
    otherFiltersTitle: 'Filters set in the dashboard still apply: figures count only the buildings they keep',
    keys: '← → street offices · Home district · Esc back',
    share: {
      target: '{{pct}} of target',
      // The card's label already says started / completed; the line says of what.
      started: '{{pct}} of plan',
      completed: '{{pct}} of plan',
    },
    due: {
      title: "Due by this day under the programme's deadlines: {{pct}}",
      legend: 'Due by the deadlines: {{parts}}',
      start: 'started {{pct}}',
      completion: 'completed {{pct}}',
      none: 'The programme has no deadlines: progress not judged',
    },
    ranking: {
      title: 'Street office ranking',
      hint: 'By households; equal rates by communities',
      orderBy: 'Order',
      rank: 'Rank',
      street: 'Street office',
      start: 'Start rate',
      completion: 'Completion',
      overdueHead: 'Overdue',
      overdue: '{{n}}',
      lightHead: 'Status',
      lightRule:
        'Red (behind): a building overdue, or the start or completion rate more than {{points}} points ' +
        'below what is due; amber (slipping): below what is due by {{points}} points or less; ' +
        'green (on track): at or above what is due on both',
      light: { green: 'On track', amber: 'Slipping', red: 'Behind' },
      noProgramme: 'No programme',
      unnamed: '(no street office)',
      rankOf: 'No. {{n}}',
      rowTitle:
        '{{street}}: start rate {{start}} (No. {{startRank}}), completion rate {{completion}} (No. {{completionRank}})',
      rowTitleNone: '{{street}}: no renovation programme this year',
      empty: "No street office in this year's programme",
    },
  },
};
