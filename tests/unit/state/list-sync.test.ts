/**
 * The candidate list in the store across tabs: each edit of a stored list is queued as an
 * operation until written; the list shown after another tab's write is the stored list with this
 * page's unsaved edits on top; a write marks its edits saved and drops them from the queue.
 */
import { describe, expect, it } from 'vitest';
import { buildingKeys, makeEntries } from '../../../src/domain/candidate-list.ts';
import { TYPE_BIT } from '../../../src/domain/vocabulary.ts';
import { importFiles } from '../../../src/io/import-files.ts';
import { useAtlas } from '../../../src/state/store.ts';
import { fixtureFile } from '../support.ts';

const NOW = '2025-01-02T03:04:05.000Z';
const d = importFiles([fixtureFile('csv/aggregate-buildings.csv')]);
const keys = buildingKeys(d.buildings, d.fileNames);
const entries = (...ids: string[]) =>
  makeEntries(
    d.buildings,
    keys,
    Uint32Array.from(ids.map((id) => d.buildings.id.indexOf(id))),
    2024,
    TYPE_BIT.basic,
    NOW,
  );
const shown = (): string[] => useAtlas.getState().candidates.map((e) => e.key);

describe('the list across tabs', () => {
  it('edits queue as operations; another tab’s stored list shows with them on top; a write drops them', () => {
    const s = useAtlas.getState;
    s().listLoaded('a.csv#7', entries('A1'), 'stored');
    s().mergeIntoList(entries('A2'));
    s().removeFromList(['A1']);
    expect(shown()).toEqual(['A2']);
    expect(s().listUnsaved.map((c) => [c.identity, c.op.kind])).toEqual([
      ['a.csv#7', 'put'],
      ['a.csv#7', 'remove'],
    ]);
    expect(s().listSaved).toBeLessThan(s().listRevision);

    // Another tab stored A1 and A5 (its add) meanwhile: shown with this page's edits on top.
    s().listSynced('a.csv#7', entries('A1', 'A5'));
    expect(shown()).toEqual(['A5', 'A2']);
    // A list read for another dataset is not this one.
    s().listSynced('b.csv#1', entries('A7'));
    expect(shown()).toEqual(['A5', 'A2']);

    // The first edit written: only the second still waits.
    s().markListSaved(s().listUnsaved[0].revision);
    expect(s().listUnsaved.map((c) => c.op.kind)).toEqual(['remove']);
    s().markListSaved(s().listRevision);
    expect(s().listUnsaved).toEqual([]);
    expect(s().listSaved).toBe(s().listRevision);
  });
  it('a list kept on the page only (no IndexedDB) queues nothing', () => {
    const s = useAtlas.getState;
    s().listLoaded('m.csv#1', [], 'memory');
    s().mergeIntoList(entries('A3'));
    expect(s().listUnsaved).toEqual([]);
    expect(shown()).toEqual(['A3']);
  });
});
