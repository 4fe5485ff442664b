/**
 * The notices a load ends with: each CSV read with a column map the user made (just now, or
 * remembered from before), and the files that could not be read.
 */
import { describeColumnMap, headerSignature } from '../../domain/column-match.ts';
import { message, type Message } from '../../domain/messages/render.ts';
import type { UnreadFile } from '../../domain/unread-files.ts';
import type { AppliedColumnMap } from '../../workers/protocol.ts';
import type { Notice } from '../state-types.ts';

/** Why a file could not be read, as a message where it has one. */
export const unreadWhy = (u: UnreadFile): string | Message => u.message ?? u.reason;

/**
 * A notice per column map applied (`matchedNow`: the header signature the user matched in the
 * dialog for this load, null when none) and one for the files not read.
 * @example loadNotices([], [{ name: 'a.csv', reason: 'HTTP 404' }], null)[0].id // 'unread'
 */
export function loadNotices(
  applied: readonly AppliedColumnMap[],
  unread: readonly UnreadFile[],
  matchedNow: string | null,
): Notice[] {
  const notices: Notice[] = applied.map((a) => {
    const how = describeColumnMap(a.headers, a.map);
    const now = headerSignature(a.headers) === matchedNow;
    return {
      id: `columns:${a.file}`,
      tone: 'info',
      message: message(now ? 'load.columns-matched' : 'load.columns-remembered', { file: a.file, how }),
    };
  });
  if (unread.length > 0) {
    notices.push({
      id: 'unread',
      tone: 'warn',
      message: message('load.unread', {
        files: unread.map((u) => message('load.unread-file', { name: u.name, reason: unreadWhy(u) })),
      }),
    });
  }
  return notices;
}
