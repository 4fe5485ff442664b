/** The column matching dialog (a CSV that names no coordinate columns). */
export default {
  zh: {
    title: '匹配列',
    intro: '文件 <file>{{file}}</file> 中找不到经度、纬度列。请为各列选择对应的字段（至少经度和纬度）。',
    column: '列',
    field: '对应字段',
    firstRows: '前几行',
    nthColumn: '（第 {{n}} 列）',
    fieldOf: '列“{{header}}”对应的字段',
    notUsed: '（不使用）',
    note: '对应关系保存在本浏览器中，表头相同的文件以后自动按此读取。',
    cancel: '取消',
    load: '载入',
    headerLine: '表头所在行',
    lineN: '第 {{n}} 行：',
  },
  en: {
    title: 'Match the columns',
    intro:
      'The file <file>{{file}}</file> names no longitude or latitude column. ' +
      'Say which field each column holds (longitude and latitude at least).',
    column: 'Column',
    field: 'Field',
    firstRows: 'First rows',
    nthColumn: '(column {{n}})',
    fieldOf: 'Field of column "{{header}}"',
    notUsed: '(not used)',
    note: 'Remembered in this browser: files with the same headers are read this way from now on.',
    cancel: 'Cancel',
    load: 'Load',
    headerLine: 'Header row',
    lineN: 'Line {{n}}: ',
  },
};
