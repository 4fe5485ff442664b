/**
 * The candidate list's records in the browser's database (src/state/persist/list-records.ts):
 * a version 1 list moves to per-entry records whole and in order; edits written through
 * planListWrite() onto a store of records give the list the page shows (for any edits, in any
 * batches); two tabs' interleaved edits keep both tabs' entries.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildingKeys, makeEntries, type CandidateEntry } from '../../../src/domain/candidate-list.ts';
import { applyListOps, touchedKeys, type ListOp } from '../../../src/domain/candidate-list-ops.ts';
import { TYPE_BIT } from '../../../src/domain/vocabulary.ts';
import { importFiles } from '../../../src/io/import-files.ts';
import {
  adoptable,
  entriesInOrder,
  migrateV1,
  planListWrite,
  type StoredEntry,
} from '../../../src/state/persist/list-records.ts';
import { fixtureFile } from '../support.ts';

const NOW = '2025-01-02T03:04:05.000Z';
const ID = 'aggregate-buildings.csv#7';
const d = importFiles([fixtureFile('csv/aggregate-buildings.csv')]);
const t = d.buildings;
const keys = buildingKeys(t, d.fileNames);
const entries = (ids: string[], year = 2024, types: number = TYPE_BIT.basic): CandidateEntry[] =>
  makeEntries(t, keys, Uint32Array.from(ids.map((id) => t.id.indexOf(id))), year, types, NOW);

/** The database's entry store of one list, as list-db.ts's writeOps() uses it. */
class FakeStore {
  records = new Map<string, StoredEntry>();
  nextOrder = 0;
  write(ops: readonly ListOp[]): void {
    const touched = new Set(ops.flatMap((op) => touchedKeys(op) ?? []));
    const existing = new Map([...this.records].filter(([k]) => touched.has(k)));
    const plan = planListWrite(ID, existing, this.nextOrder, ops);
    if (plan.clear) this.records.clear();
    for (const k of plan.deletes) this.records.delete(k);
    for (const r of plan.puts) this.records.set(r.key, r);
    this.nextOrder = plan.nextOrder;
  }
  list(): CandidateEntry[] {
    return entriesInOrder([...this.records.values()]);
  }
}

describe('version 1 lists move to per-entry records', () => {
  it('every entry, in its order; the files and time kept; the next new entry goes last', () => {
    const list = entries(['A3', 'A1', 'A7']);
    const moved = migrateV1({ identity: ID, files: ['aggregate-buildings.csv'], entries: list, savedAt: NOW });
    expect(moved?.meta).toEqual({ identity: ID, files: ['aggregate-buildings.csv'], savedAt: NOW, nextOrder: 3 });
    expect(moved?.entries.map((r) => [r.identity, r.key, r.order])).toEqual([
      [ID, 'A3', 0],
      [ID, 'A1', 1],
      [ID, 'A7', 2],
    ]);
    expect(entriesInOrder([...(moved?.entries ?? [])].reverse())).toEqual(list);
    const store = new FakeStore();
    for (const r of moved?.entries ?? []) store.records.set(r.key, r);
    store.nextOrder = moved?.meta.nextOrder ?? 0;
    store.write([{ kind: 'put', entries: entries(['A5']) }]);
    expect(store.list().map((e) => e.key)).toEqual(['A3', 'A1', 'A7', 'A5']);
  });
  it('an empty list is a list (no adoption over it); a record that is no list gives nothing', () => {
    expect(migrateV1({ identity: ID, files: [], entries: [], savedAt: NOW })?.entries).toEqual([]);
    expect(migrateV1({ files: ['x'] })).toBeNull();
    expect(migrateV1({ identity: ID })?.meta).toEqual({ identity: ID, files: [], savedAt: '', nextOrder: 0 });
  });
});

describe('edits written entry by entry', () => {
  it('only the touched entries are written; a replaced entry keeps its place', () => {
    const store = new FakeStore();
    store.write([{ kind: 'put', entries: entries(['A1', 'A2', 'A3']) }]);
    const plan = planListWrite(ID, new Map([['A2', store.records.get('A2')!]]), store.nextOrder, [
      { kind: 'put', entries: entries(['A2'], 2025) },
    ]);
    expect(plan.puts.map((r) => [r.key, r.order, r.entry.planYear])).toEqual([['A2', 1, 2025]]);
    expect(plan).toMatchObject({ clear: false, deletes: [], nextOrder: 3 });
  });
  it('a retype that changes nothing writes nothing; a clear deletes the whole list first', () => {
    const store = new FakeStore();
    store.write([{ kind: 'put', entries: entries(['A1']) }]);
    const same = planListWrite(ID, new Map(store.records), 1, [
      { kind: 'retype', keys: ['A1'], types: TYPE_BIT.basic, updated: NOW },
    ]);
    expect(same.puts).toEqual([]);
    const cleared = planListWrite(ID, new Map(store.records), 1, [
      { kind: 'put', entries: entries(['A2']) },
      { kind: 'clear' },
      { kind: 'put', entries: entries(['A3']) },
    ]);
    expect(cleared.clear).toBe(true);
    expect(cleared.puts.map((r) => r.key)).toEqual(['A3']);
  });

  const ids = ['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7'];
  const op: fc.Arbitrary<ListOp> = fc.oneof(
    fc
      .tuple(fc.subarray(ids, { minLength: 1 }), fc.integer({ min: 2024, max: 2026 }), fc.integer({ min: 0, max: 7 }))
      .map(([k, year, types]) => ({ kind: 'put' as const, entries: entries(k, year, types) })),
    fc.subarray(ids).map((k) => ({ kind: 'remove' as const, keys: k })),
    fc
      .tuple(fc.subarray(ids), fc.integer({ min: 0, max: 7 }))
      .map(([k, types]) => ({ kind: 'retype' as const, keys: k, types, updated: NOW })),
    fc.constant({ kind: 'clear' as const }),
  );

  it('property: any edits, written in any batches, give the list the page shows', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 12 }), fc.array(fc.nat(4), { maxLength: 12 }), (ops, cuts) => {
        const store = new FakeStore();
        let at = 0;
        for (const n of [...cuts, ops.length]) {
          store.write(ops.slice(at, at + n + 1));
          at = Math.min(ops.length, at + n + 1);
        }
        expect(store.list()).toEqual(applyListOps([], ops));
      }),
    );
  });

  it("property: two tabs' edits, interleaved as their transactions ran, are one list; adds of both tabs stay", () => {
    const adds = (k: string[]) => k.map((id) => ({ kind: 'put' as const, entries: entries([id]) }));
    fc.assert(
      fc.property(fc.array(op, { maxLength: 6 }), fc.array(fc.boolean(), { maxLength: 20 }), (before, order) => {
        const store = new FakeStore();
        store.write(before);
        const a = adds(['A1', 'A2', 'A3']);
        const b = adds(['A5', 'A6', 'A7']);
        const ran: ListOp[] = [];
        for (const fromA of [...order, ...a.map(() => true), ...b.map(() => false)]) {
          const next = fromA ? a.shift() : b.shift();
          if (!next) continue;
          store.write([next]);
          ran.push(next);
        }
        expect(store.list()).toEqual(applyListOps(applyListOps([], before), ran));
        const kept = new Set(store.list().map((e) => e.key));
        expect(['A1', 'A2', 'A3', 'A5', 'A6', 'A7'].filter((k) => !kept.has(k))).toEqual([]);
      }),
    );
  });
});

describe('lists a dataset of the same file names may take over', () => {
  it('same names in any order, newest first', () => {
    const meta = (identity: string, files: string[], savedAt: string) => ({ identity, files, savedAt, nextOrder: 0 });
    const lists = [
      meta('a.csv#1|b.geojson#2', ['a.csv', 'b.geojson'], '2025-01-01T00:00:00Z'),
      meta('b.geojson#2|a.csv#3', ['b.geojson', 'a.csv'], '2025-02-01T00:00:00Z'),
      meta('a.csv#1', ['a.csv'], '2025-03-01T00:00:00Z'),
    ];
    expect(adoptable(lists, ['a.csv', 'b.geojson']).map((m) => m.identity)).toEqual([
      'b.geojson#2|a.csv#3',
      'a.csv#1|b.geojson#2',
    ]);
  });
});
