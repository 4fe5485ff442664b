/**
 * Shared helpers for the unit tests: fixture files, and small building tables made from
 * rows of cells through the real builder (so the tests exercise the importer's parsing too).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BuildingTableBuilder } from '../../src/domain/building-builder.ts';
import type { BuildingTable } from '../../src/domain/building-table.ts';
import { matchHeaders } from '../../src/domain/fields.ts';
import { newFileReport, type FileReport } from '../../src/domain/import-report.ts';
import type { InputFile } from '../../src/io/input-file.ts';
import { runAsync } from '../../src/cli/main.ts';

/** Absolute path of a file under tests/fixtures. */
export function fixturePath(rel: string): string {
  return fileURLToPath(new URL(`../fixtures/${rel}`, import.meta.url));
}

/** Bytes of a fixture file, exactly as committed. */
export function fixtureBytes(rel: string): Uint8Array {
  const b = readFileSync(fixturePath(rel));
  return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
}

/** A fixture as an importer input, named by its base name (or `name`). */
export function fixtureFile(rel: string, name = rel.split('/').pop() ?? rel, kind?: InputFile['kind']): InputFile {
  const f: InputFile = { name, bytes: fixtureBytes(rel) };
  if (kind) f.kind = kind;
  return f;
}

/** UTF-8 bytes of a string. */
export function utf8(s: string): Uint8Array {
  return new TextEncoder().encode(s);
}

/**
 * A building table from header words and rows of cells, every building placed at the given
 * point (so rows need no coordinate columns), or at its own 经度/纬度 cells when `at` is null.
 * Rows are lines 2, 3, ... as in a CSV.
 */
export function tableFromRows(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  at: readonly [number, number] | null = [117.05, 34.05],
): { table: BuildingTable; report: FileReport } {
  const builder = new BuildingTableBuilder(16);
  const report = newFileReport('rows.csv', 'buildings', 'content', 'utf-8');
  const appender = builder.beginFile(0, report, matchHeaders(headers));
  rows.forEach((cells, k) => appender.append(cells, k + 2, at ?? undefined));
  return { table: builder.finish(), report };
}

/** The command line run in-process (its asynchronous entry, workbooks included): exit code and output. */
export async function runCli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runAsync(
    argv,
    (s) => (out += s),
    (s) => (err += s),
  );
  return { code, out, err };
}
