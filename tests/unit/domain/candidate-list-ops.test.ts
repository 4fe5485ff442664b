/**
 * The candidate list's edits as operations: replayed on a list they give what the list functions
 * give, they are idempotent (an edit stored and still waiting does no harm replayed), and one
 * tab's edits replayed on a list another tab changed keep both tabs' entries.
 */
import { describe, expect, it } from 'vitest';
import {
  buildingKeys,
  makeEntries,
  mergeEntries,
  removeEntries,
  retypeEntries,
} from '../../../src/domain/candidate-list.ts';
import { applyListOp, applyListOps, touchedKeys, type ListOp } from '../../../src/domain/candidate-list-ops.ts';
import { TYPE_BIT } from '../../../src/domain/vocabulary.ts';
import { importFiles } from '../../../src/io/import-files.ts';
import { fixtureFile } from '../support.ts';

const NOW = '2025-01-02T03:04:05.000Z';
const d = importFiles([fixtureFile('csv/aggregate-buildings.csv')]);
const t = d.buildings;
const keys = buildingKeys(t, d.fileNames);
const entries = (ids: string[], year = 2024, types: number = TYPE_BIT.basic) =>
  makeEntries(t, keys, Uint32Array.from(ids.map((id) => t.id.indexOf(id))), year, types, NOW);

describe('list operations', () => {
  const list = entries(['A1', 'A2', 'A3']);
  it('each gives what the list function gives', () => {
    const more = entries(['A2', 'A5'], 2025);
    expect(applyListOp(list, { kind: 'put', entries: more })).toEqual(mergeEntries(list, more).entries);
    expect(applyListOp(list, { kind: 'remove', keys: ['A2'] })).toEqual(removeEntries(list, ['A2']));
    const retype: ListOp = { kind: 'retype', keys: ['A3'], types: TYPE_BIT.upgrade, updated: NOW };
    expect(applyListOp(list, retype)).toEqual(retypeEntries(list, ['A3'], TYPE_BIT.upgrade, NOW));
    expect(applyListOp(list, { kind: 'clear' })).toEqual([]);
  });
  it('the input is not changed', () => {
    const copy = structuredClone(list);
    applyListOps(list, [
      { kind: 'put', entries: entries(['A7']) },
      { kind: 'remove', keys: ['A1'] },
      { kind: 'clear' },
    ]);
    expect(list).toEqual(copy);
  });
  it('idempotent: replayed twice, the same list', () => {
    const ops: ListOp[] = [
      { kind: 'put', entries: entries(['A5', 'A6']) },
      { kind: 'remove', keys: ['A1'] },
      { kind: 'retype', keys: ['A5'], types: TYPE_BIT.improvement, updated: NOW },
    ];
    const once = applyListOps(list, ops);
    expect(applyListOps(once, ops)).toEqual(once);
  });
  it("one tab's unsaved adds on top of the list another tab stored: both tabs' buildings", () => {
    const storedByB = applyListOps(list, [{ kind: 'put', entries: entries(['A5', 'A6']) }]);
    const shownInA = applyListOps(storedByB, [{ kind: 'put', entries: entries(['A7']) }]);
    expect(shownInA.map((e) => e.key)).toEqual(['A1', 'A2', 'A3', 'A5', 'A6', 'A7']);
  });
  it('touched keys: those named; every key for a clear (null)', () => {
    expect(touchedKeys({ kind: 'put', entries: entries(['A1', 'A2']) })).toEqual(['A1', 'A2']);
    expect(touchedKeys({ kind: 'remove', keys: ['A3'] })).toEqual(['A3']);
    expect(touchedKeys({ kind: 'clear' })).toBeNull();
  });
});
