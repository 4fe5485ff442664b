/**
 * The candidate list's save state: a failed save to the browser says so (instead of "saving…"
 * for ever) until a later save works; a list loaded afresh starts clean.
 */
import { describe, expect, it } from 'vitest';
import { useAtlas } from '../../../src/state/store.ts';

describe('list save status', () => {
  it('failed until the next save works; a new list clears it', () => {
    const s = useAtlas.getState;
    s().listLoaded('a.csv#1', [], 'stored');
    expect(s().listSaveFailed).toBe(false);
    s().markListSaveFailed();
    expect(s().listSaveFailed).toBe(true);
    s().markListSaved(s().listRevision);
    expect(s().listSaveFailed).toBe(false);
    s().markListSaveFailed();
    s().listLoaded('b.csv#1', [], 'stored');
    expect(s().listSaveFailed).toBe(false);
  });
});
