/** The map's legend and colouring picker (class names come from src/domain/colour-classes.ts). */
export default {
  zh: {
    legendOf: '图例：{{title}}',
    clickToShow: '{{name}}：点击显示',
    clickToHide: '{{name}}：点击隐藏',
    cutoff: '以上{{year}}年底前建成，可纳入改造',
    community: '小区',
    legend: '图例',
    fold: '收起图例',
    unfold: '展开图例',
    colourBy: '着色',
    mode: { buildYear: '建成年代', grade: '安全等级', type: '改造类型', stage: '改造进度' },
  },
  en: {
    legendOf: 'Legend: {{title}}',
    clickToShow: '{{name}}: click to show',
    clickToHide: '{{name}}: click to hide',
    cutoff: 'Above: built by the end of {{year}}, eligible by age',
    community: 'Community',
    legend: 'Legend',
    fold: 'Fold the legend',
    unfold: 'Unfold the legend',
    colourBy: 'Colour by',
    // Short: the picker's buttons share a row with the label.
    mode: { buildYear: 'Year', grade: 'Grade', type: 'Type', stage: 'Stage' },
  },
};
