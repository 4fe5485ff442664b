/** The sample district picker. */
export default {
  zh: {
    label: '示例',
    title: '换一个示例区县（楼栋为合成数据）',
    option: { xuecheng: '薛城区示例', lishu: '梨树区示例' },
    yourFiles: '已载入的文件',
    synthetic: '示例数据，楼栋为合成数据',
  },
  en: {
    label: 'Sample',
    title: 'Switch to another sample district (synthetic buildings)',
    option: { xuecheng: 'Xuecheng sample', lishu: 'Lishu sample' },
    yourFiles: 'Your files',
    synthetic: 'sample data, synthetic buildings',
  },
};
