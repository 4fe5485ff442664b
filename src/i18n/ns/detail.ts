/** The detail panel (a click on the map) and the tooltip. */
export default {
  zh: {
    details: '详情',
    dangerFlag: '⚠ D级 整幢危房，按危房处置',
    eligible: '纳入改造范围',
    notEligible: '不在改造范围',
    stage: '改造进度：{{stage}}',
    allAttributes: '全部属性',
    building: '楼栋',
    community: '小区',
  },
  en: {
    details: 'Details',
    dangerFlag: '⚠ Grade D: the whole building is unsafe; handled as a dangerous house',
    eligible: 'Eligible for renovation',
    notEligible: 'Not eligible',
    stage: 'Stage: {{stage}}',
    allAttributes: 'All attributes',
    building: 'Building',
    community: 'Community',
  },
};
