/**
 * A file's coordinate system in its report: the transform the user asked for (a system, axes
 * swapped), and, when none was asked for, a suggestion once its coordinates look written in
 * another system — by themselves (projected metres, latitude and longitude swapped) or against
 * the other files' areas (crs-guess.ts).
 */
import { guessProjected, toWgs84 } from '../domain/crs.ts';
import type { LayerShift } from '../domain/crs-guess.ts';
import type { FileReport } from '../domain/import-report.ts';
import { said, type Said } from '../domain/messages/render.ts';
import type { InputFile } from './input-file.ts';

/** A file's coordinates to WGS84 longitude and latitude. */
export type ToWgs84 = (x: number, y: number) => [number, number];

/** The coordinate transform a file asks for (its system, axes swapped), noted in its report. */
export function fileTransform(file: InputFile, report: FileReport): ToWgs84 | undefined {
  const crs = file.crs && file.crs !== 'wgs84' ? file.crs : null;
  if (crs) report.crs = crs;
  const convert = crs ? toWgs84(crs) : null;
  if (file.swapXY) {
    report.crs = `${crs ?? 'wgs84'}+swapped`;
    return convert ? (x, y) => convert(y, x) : (x, y) => [y, x];
  }
  return convert ?? undefined;
}

/**
 * After a file read as WGS84 lost rows to out-of-range coordinates: do the numbers look like
 * projected metres (an 8-digit easting names its zone) or longitude and latitude swapped? Say
 * so once, with the system to read it as; the rows stay rejected until the user says.
 */
export function suggestSystem(report: FileReport): void {
  const out = report.rejected.filter((r) => r.code === 'coordinates-out-of-range' && r.value !== undefined);
  if (out.length === 0 || out.length * 2 < report.rowsRead) return;
  const xs: number[] = [];
  const ys: number[] = [];
  for (const r of out.slice(0, 2000)) {
    const [x, y] = (r.value ?? '').split(',').map(Number);
    xs.push(x);
    ys.push(y);
  }
  const projected = guessProjected(xs, ys);
  const warn = (code: string, reason: Said): void => {
    report.warnings.unshift({ file: report.file, line: 0, code, ...reason });
  };
  if (projected?.kind === 'zone') {
    report.crsSuggestion = `epsg:${projected.epsg}`;
    warn('looks-projected', said('file.looks-projected', { crs: `epsg:${projected.epsg}` }));
  } else if (projected?.kind === 'no-zone') {
    warn('looks-projected', said('file.looks-projected-no-zone'));
  } else {
    const swappedOk = xs.filter((x, i) => Math.abs(x) <= 90 && Math.abs(ys[i]) <= 180 && Math.abs(ys[i]) > 90).length;
    if (swappedOk * 2 > xs.length) {
      report.crsSuggestion = 'swapped';
      warn('looks-swapped', said('file.looks-swapped'));
    }
  }
}

/**
 * A layer that falls outside the other files' areas as WGS84 but inside them read another way:
 * say so at line 0 with the shares, and suggest that reading; the rows stay as read until the
 * user converts (the app's import report offers it, the CLI takes --crs / --swap-xy).
 */
export function noteShift(report: FileReport, shift: LayerShift): void {
  const { inside, suggest } = shift.verdict;
  const pct = (x: number): string => `${Math.round(x * 100)}%`;
  report.crsSuggestion = suggest;
  report.crsShares = inside;
  report.crsAgainst = shift.against;
  const [asIs, as] = [pct(inside['as-is']), pct(inside[suggest])];
  report.warnings.unshift({
    file: report.file,
    line: 0,
    code: `looks-${suggest}`,
    ...said(shift.byOthers ? 'file.shift-by-others' : 'file.shift', {
      asIs,
      as,
      against: shift.against,
      reading: suggest,
    }),
  });
}
