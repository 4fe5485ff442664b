/** Words used across the page: units, yes/no, close. */
export default {
  zh: {
    appTitle: '旧改一张图',
    appSubtitle: '城镇老旧小区改造',
    close: '关闭',
    cancel: '取消',
    save: '保存',
    language: '语言',
    langSwitch: 'English',
    langSwitchTitle: '切换到英文界面',
    unit: { households: '户', buildings: '栋', communities: '个', area: '万㎡', m2: '㎡' },
  },
  en: {
    appTitle: 'Renovation Atlas',
    appSubtitle: 'Old residential community renovation',
    close: 'Close',
    cancel: 'Cancel',
    save: 'Save',
    language: 'Language',
    langSwitch: '中文',
    langSwitchTitle: 'Switch to the Chinese interface',
    unit: { households: 'households', buildings: 'buildings', communities: 'communities', area: 'm²', m2: 'm²' },
  },
};
