/**
 * Messages of the page's own loading and keeping: a file it could not fetch or the browser could
 * not read, the import worker that failed, a load that failed, the column matching it used, and
 * where the candidate list and the user's files are kept. Sites: state/gather-files.ts,
 * state/load-data.ts, state/keep-files.ts, state/persist-idb.ts, workers/import-client.ts.
 */
import { tpl } from './template.ts';

export const PAGE_MESSAGES = {
  'fetch.sample-failed': tpl<{ name: string; detail: string }>(
    (p) => `示例数据 ${p.name} 无法读取：${p.detail}`,
    () => 'the sample file could not be fetched',
  ),
  'fetch.not-http': tpl<{ protocol: string }>(
    (p) => `不支持的地址 ${p.protocol}`,
    () => 'only http and https addresses',
  ),
  /** `detail`: the network error, or the HTTP status and its text. */
  'fetch.failed': tpl<{ detail: string }>(
    (p) => `无法下载：${p.detail}`,
    () => 'could not be fetched',
  ),
  'fetch.web-page': tpl(
    () => '服务器返回的是网页而不是数据文件，文件可能不存在',
    () => 'the server answered with a web page, not the file: it may not exist',
  ),
  'pick.unreadable': tpl<{ detail: string }>(
    (p) => `无法读取：${p.detail}`,
    () => 'the browser could not read the file',
  ),
  'worker.failed-to-start': tpl(
    () => '导入线程无法启动',
    () => 'the import worker failed to start',
  ),
  'worker.result-lost': tpl(
    () => '导入结果无法传回页面',
    () => 'the import result could not be passed back',
  ),
  /** The status line while the bundled sample loads. */
  'load.sample': tpl<{ district: string; districtEn: string }>(
    (p) => `示例数据：${p.district}`,
    (p) => `sample: ${p.districtEn}`,
  ),
  'load.failed': tpl<{ detail: string }>(
    (p) => `读取文件时出错：${p.detail}`,
    (p) => `reading the files failed: ${p.detail}`,
  ),
  /** Nothing new could be read (a file too big for the browser, say): each file's reason. */
  'load.none-read': tpl<{ reasons: readonly string[] }>(
    (p) => p.reasons.join('；'),
    (p) => p.reasons.join('; '),
  ),
  /** `files`: each as 'load.unread-file'. */
  'load.unread': tpl<{ files: readonly string[] }>(
    (p) => `${p.files.length} 个文件未能读取：${p.files.join('；')}。详见导入报告。`,
    (p) => `${p.files.length} files could not be read: ${p.files.join('; ')}. See the import report.`,
  ),
  'load.unread-file': tpl<{ name: string; reason: string }>(
    (p) => `${p.name}（${p.reason}）`,
    (p) => `${p.name} (${p.reason})`,
  ),
  /** `how`: the columns matched otherwise than by their names (column-match.ts describeColumnMap). */
  'load.columns-matched': tpl<{ file: string; how: string }>(
    (p) => `${p.file} 已按您指定的列读取${p.how ? `（${p.how}）` : ''}，并已记住：表头相同的文件以后自动这样读取。`,
    (p) => `${p.file}: read with your column matching, remembered for files with the same headers.`,
  ),
  'load.columns-remembered': tpl<{ file: string; how: string }>(
    (p) => `${p.file} 已按记住的列对应关系读取${p.how ? `（${p.how}）` : ''}。`,
    (p) => `${p.file}: read with the column matching remembered for these headers.`,
  ),
  'load.columns-not-matched': tpl<{ file: string }>(
    (p) => `${p.file} 的列未匹配，未载入（找不到经度/纬度列）。`,
    (p) => `${p.file}: columns not matched, the file was not loaded.`,
  ),
  'list-store.save-failed': tpl<{ detail: string }>(
    (p) => `项目库未能保存到浏览器：${p.detail}。请导出清单文件留存。`,
    () => 'The list could not be saved in the browser: export it to a file.',
  ),
  /** `savedAt`: 'YYYY-MM-DD hh:mm'. */
  'list-store.adopted': tpl<{ n: number; savedAt: string }>(
    (p) => `已沿用同名文件上次的项目库（${p.n} 栋，保存于 ${p.savedAt}）；不在当前数据中的楼栋标为“缺失”。`,
    () => 'The list kept for files of these names was taken over.',
  ),
  'list-store.blocked': tpl(
    () => '另一个标签页仍开着旧版本的本页，项目库要等它关闭或刷新后才能载入。',
    () => 'Another tab still runs an older version of this page: the list loads once that tab is closed or reloaded.',
  ),
  'list-store.unavailable': tpl<{ detail: string }>(
    (p) => `浏览器数据库不可用，项目库只保存在本页中（${p.detail}）；请及时导出清单文件。`,
    () => 'IndexedDB is not available: export the list to keep it.',
  ),
  /** The status line while the files kept from the last visit are read again. */
  'kept.label': tpl(
    () => '上次载入的数据',
    () => 'the data loaded last time',
  ),
  /** Why the files on screen are not kept for the next visit: `size`, `limit` as megabytes() writes them. */
  'kept.too-big': tpl<{ size: string; limit: string }>(
    (p) => `文件共 ${p.size}，超过 ${p.limit} 上限`,
    (p) => `the files come to ${p.size}, over the ${p.limit} limit`,
  ),
  'kept.quota': tpl(
    () => '浏览器存储空间不足',
    () => 'the browser has no room for them',
  ),
  'kept.failed': tpl<{ detail: string }>(
    (p) => `浏览器未能保存（${p.detail}）`,
    (p) => `the browser could not store them (${p.detail})`,
  ),
  /** The files kept from the last visit could not be read again: the sample opens instead. */
  'kept.reopen-failed': tpl<{ detail: string }>(
    (p) => `上次载入的数据未能重新打开（${p.detail}），已打开示例数据；请重新载入您的文件。`,
    (p) =>
      `The data loaded last time could not be opened again (${p.detail}): ` +
      'the sample is shown; load your files again.',
  ),
};
