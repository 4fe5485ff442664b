/** The KPI cards. */
export default {
  zh: {
    districtTotals: '全区合计',
    streetTotals: '{{street}}合计',
    target: '目标',
    byCommunity: '按小区',
    communities: '小区',
  },
  en: {
    districtTotals: 'District totals',
    streetTotals: 'Totals of {{street}}',
    target: 'Target',
    byCommunity: 'By community',
    communities: 'Communities',
  },
};
