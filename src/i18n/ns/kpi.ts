/** The KPI cards. */
export default {
  zh: {
    districtTotals: '全区合计',
    streetTotals: '{{street}}合计',
    target: '目标',
    noTarget: '未设目标',
    noTargetTitle: '本年度计划没有设这一项目标：上面是计划清单的合计，不是目标',
    noStreetTargetTitle: '计划没有给本街道下达这一项目标（全区目标不拆给街道）：上面是本街道计划清单的合计',
    byCommunity: '按小区',
    communities: '小区',
  },
  en: {
    districtTotals: 'District totals',
    streetTotals: 'Totals of {{street}}',
    target: 'Target',
    noTarget: 'No target set',
    noTargetTitle: "The year's programme sets no target for this figure: above is the plan list's total, not a target",
    noStreetTargetTitle:
      "The programme sets this street office no target of its own for this figure (the district's is not split): " +
      "above is the office's plan list total",
    byCommunity: 'By community',
    communities: 'Communities',
  },
};
