/**
 * The user's files kept for the next visit (src/state/persist/kept-records.ts): which loads are
 * kept (the 200 MB limit), what the record holds (bytes, names, load order, the choices that shape
 * how each file is read, the column maps used), what a record read back must be to be opened, and
 * what a reopened record is read with.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { headerSignature } from '../../../src/domain/column-match.ts';
import {
  checkKept,
  keepDecision,
  keptRecord,
  KEPT_LIMIT_BYTES,
  KEPT_VERSION,
  reopenInputs,
  type KeptLoad,
} from '../../../src/state/persist/kept-records.ts';
import type { AppliedColumnMap, FileBytes } from '../../../src/workers/protocol.ts';
import { fixtureBytes } from '../support.ts';

const MB = 1024 * 1024;
const NOW = new Date('2026-12-06T06:03:00.000Z');

const gbk = new File([fixtureBytes('csv/buildings.gbk.csv').slice()], 'buildings.gbk.csv', {
  lastModified: 1_700_000_000_000,
});
const communities = new File([fixtureBytes('geojson/communities.geojson').slice()], 'communities.geojson', {
  lastModified: 1_700_000_100_000,
});
const APPLIED: AppliedColumnMap = { file: 'odd.csv', headers: ['A', 'B', 'C'], map: { B: 'lng', C: 'lat' } };

async function bytesOf(b: Blob): Promise<number[]> {
  return [...new Uint8Array(await b.arrayBuffer())];
}

describe('keepDecision: a load is kept up to 200 MB, all files together', () => {
  it('the limit is 200 MB', () => {
    expect(KEPT_LIMIT_BYTES).toBe(200 * MB);
  });
  it('up to the limit, the limit included: kept', () => {
    expect(keepDecision([150 * MB, 50 * MB])).toEqual({ keep: true, totalBytes: 200 * MB });
    expect(keepDecision([1200, 0])).toEqual({ keep: true, totalBytes: 1200 });
  });
  it('over it: not kept, with the total and the limit to say why', () => {
    expect(keepDecision([150 * MB, 50 * MB + 1])).toEqual({
      keep: false,
      why: 'too-big',
      totalBytes: 200 * MB + 1,
      limitBytes: 200 * MB,
    });
    expect(keepDecision([10, 20], 25)).toEqual({ keep: false, why: 'too-big', totalBytes: 30, limitBytes: 25 });
  });
  it('no files: nothing to keep', () => {
    expect(keepDecision([])).toEqual({ keep: false, why: 'nothing' });
  });
  it('for any sizes: kept exactly when there are files and their sum is within the limit', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(100 * MB), { maxLength: 8 }), fc.nat(400 * MB), (sizes, limit) => {
        const d = keepDecision(sizes, limit);
        const sum = sizes.reduce((s, n) => s + n, 0);
        expect(d.keep).toBe(sizes.length > 0 && sum <= limit);
        if (!d.keep && d.why === 'too-big') expect(d.totalBytes).toBe(sum);
      }),
    );
  });
});

describe('keptRecord: what is written for a load of the user’s files', () => {
  const files: FileBytes[] = [
    { name: 'buildings.gbk.csv', bytes: gbk, options: { crs: 'gcj02', headerLine: 2 } },
    { name: 'communities.geojson', bytes: communities, options: {} },
  ];
  const unread = [{ name: 'huge.csv', reason: '太大 (too big)' }];

  it('the files in load order, their bytes, sizes and modification times, and how each was read', async () => {
    const { record, decision } = keptRecord(files, unread, [APPLIED], NOW);
    expect(decision).toEqual({ keep: true, totalBytes: gbk.size + communities.size });
    if (!record) throw new Error('not kept');
    expect(record.version).toBe(KEPT_VERSION);
    expect(record.savedAt).toBe('2026-12-06T06:03:00.000Z');
    expect(record.files.map((f) => [f.name, f.size, f.lastModified, f.options])).toEqual([
      ['buildings.gbk.csv', gbk.size, 1_700_000_000_000, { crs: 'gcj02', headerLine: 2 }],
      // No choices made: no options written.
      ['communities.geojson', communities.size, 1_700_000_100_000, undefined],
    ]);
    expect(await bytesOf(record.files[0].bytes)).toEqual([...fixtureBytes('csv/buildings.gbk.csv')]);
    expect(record.unread).toEqual(unread);
  });

  it('the column maps the CSVs were read with, by header signature', () => {
    const { record } = keptRecord(files, [], [APPLIED], NOW);
    expect(record?.columnMaps).toEqual({ [headerSignature(['A', 'B', 'C'])]: { B: 'lng', C: 'lat' } });
  });

  it('a fetched file (bytes, no File) is kept as a Blob of the same bytes, with no modification time', async () => {
    const bytes = new Uint8Array([0x41, 0x2c, 0x42, 0x0a]).buffer;
    const { record } = keptRecord([{ name: 'a.csv', bytes }], [], [], NOW);
    expect(record?.files[0].lastModified).toBeNull();
    expect(await bytesOf(record?.files[0].bytes ?? new Blob())).toEqual([0x41, 0x2c, 0x42, 0x0a]);
  });

  it('over the limit: no record, and why', () => {
    const got = keptRecord(files, [], [], NOW, gbk.size);
    expect(got.record).toBeNull();
    expect(got.decision).toMatchObject({ keep: false, why: 'too-big', limitBytes: gbk.size });
  });

  it('changes nothing it was given', () => {
    const options = { crs: 'gcj02' as const };
    const given: FileBytes[] = [{ name: 'a.csv', bytes: gbk, options }];
    const { record } = keptRecord(given, unread, [], NOW);
    expect(record?.files[0].options).not.toBe(options);
    expect(record?.unread[0]).not.toBe(unread[0]);
    expect(given).toEqual([{ name: 'a.csv', bytes: gbk, options: { crs: 'gcj02' } }]);
  });
});

describe('checkKept: only a record this build wrote is opened', () => {
  const { record } = keptRecord([{ name: 'a.csv', bytes: gbk }], [], [], NOW);
  if (!record) throw new Error('not kept');

  it('a record as written (and as IndexedDB gives it back, a structured clone)', () => {
    expect(checkKept(record)).toEqual(record);
    expect(checkKept(structuredClone(record))?.files[0].name).toBe('a.csv');
  });
  it('older records without unread entries or column maps get empty ones', () => {
    const bare: Partial<KeptLoad> = { ...record };
    delete bare.unread;
    delete bare.columnMaps;
    expect(checkKept(bare)).toEqual({ ...record, unread: [], columnMaps: {} });
  });
  it('anything else: null (the sample opens instead)', () => {
    const broken: unknown[] = [
      undefined,
      null,
      'last',
      { ...record, version: KEPT_VERSION + 1 },
      { ...record, savedAt: 0 },
      { ...record, files: [] },
      { ...record, files: 'a.csv' },
      { ...record, files: [{ name: 'a.csv' }] },
      { ...record, files: [{ name: 'a.csv', bytes: new Uint8Array(3) }] },
      { ...record, files: [{ bytes: gbk }] },
    ];
    for (const b of broken) expect(checkKept(b), JSON.stringify(b)).toBeNull();
  });
});

describe('reopenInputs: a kept load is read as it was read then', () => {
  const { record } = keptRecord(
    [
      { name: 'odd.csv', bytes: gbk, options: { headerLine: 3 } },
      { name: 'communities.geojson', bytes: communities },
    ],
    [{ name: 'huge.csv', reason: '太大 (too big)' }],
    [APPLIED],
    NOW,
  );
  if (!record) throw new Error('not kept');
  const sig = headerSignature(APPLIED.headers);

  it('its files in order, each with its options and its kept bytes; its unread files', () => {
    const got = reopenInputs(record, {});
    expect(got.files).toEqual([
      { name: 'odd.csv', bytes: record.files[0].bytes, options: { headerLine: 3 } },
      { name: 'communities.geojson', bytes: record.files[1].bytes },
    ]);
    expect(got.unread).toEqual([{ name: 'huge.csv', reason: '太大 (too big)' }]);
  });

  it('its column maps over those remembered for the same headers; other remembered maps kept', () => {
    const other = headerSignature(['X', 'Y']);
    const got = reopenInputs(record, { [sig]: { A: 'lng', B: 'lat' }, [other]: { X: 'lng', Y: 'lat' } });
    expect(got.columnMaps).toEqual({ [sig]: { B: 'lng', C: 'lat' }, [other]: { X: 'lng', Y: 'lat' } });
  });

  it('gives copies: reading it again with other options leaves the record as kept', () => {
    const copy: KeptLoad = structuredClone(record);
    const got = reopenInputs(record, {});
    if (!got.files[0].options) throw new Error('no options');
    got.files[0].options.headerLine = 9;
    got.unread[0].reason = 'x';
    expect(record.files[0].options).toEqual(copy.files[0].options);
    expect(record.unread).toEqual(copy.unread);
  });
});
