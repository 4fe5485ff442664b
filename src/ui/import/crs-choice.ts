/**
 * What the import report and the suggestion banner need to know about a file's coordinate
 * system: the system it was read as, the choices offered, the workbook sheets, and the
 * suggestions worth asking the user about. Pure: report in, plain values out.
 */
import { allCrsKeys, zoneOf, type CrsKey } from '../../domain/crs.ts';
import { SHEET_SEPARATOR, type FileKind, type FileReport, type ImportReport } from '../../domain/import-report.ts';
import type { FileOptions } from '../../workers/protocol.ts';

/** Files whose positions are read (and so have a coordinate system); a programme has none. */
const WITH_COORDINATES: ReadonlySet<FileKind> = new Set(['buildings', 'communities', 'streets', 'district']);

export const hasCoordinates = (f: FileReport): boolean => WITH_COORDINATES.has(f.kind);

/**
 * The system a file was read as and whether its axes were swapped, from the report's `crs`
 * ('gcj02', 'epsg:4527+swapped', absent = WGS84 as written).
 * @example readAs('wgs84+swapped') // { crs: 'wgs84', swapped: true }
 */
export function readAs(reportCrs: string | undefined): { crs: CrsKey; swapped: boolean } {
  if (!reportCrs) return { crs: 'wgs84', swapped: false };
  const [crs, extra] = reportCrs.split('+');
  return { crs: crs as CrsKey, swapped: extra === 'swapped' };
}

/** A group of the 坐标系 select: its catalogue key and the systems in it. */
export interface CrsGroup {
  key: 'geographic' | 'gk3' | 'gk3NoZone' | 'gk6' | 'gk6NoZone';
  keys: CrsKey[];
}

/**
 * Every system offered, grouped: longitude/latitude first, then Gauss-Krüger 3° and 6°, with and
 * without the zone prefix.
 */
export function crsGroups(): CrsGroup[] {
  const groups: CrsGroup[] = [
    { key: 'geographic', keys: [] },
    { key: 'gk3', keys: [] },
    { key: 'gk3NoZone', keys: [] },
    { key: 'gk6', keys: [] },
    { key: 'gk6NoZone', keys: [] },
  ];
  const byKey = Object.fromEntries(groups.map((g) => [g.key, g])) as Record<CrsGroup['key'], CrsGroup>;
  for (const k of allCrsKeys()) {
    const z = zoneOf(k);
    if (!z) byKey.geographic.keys.push(k);
    else byKey[`gk${z.width}${z.prefixed ? '' : 'NoZone'}`].keys.push(k);
  }
  return groups;
}

/**
 * The sheets of a workbook, from the reader's line-0 note (code 'xlsx-sheet', value = the names
 * joined by SHEET_SEPARATOR); null for any other file.
 */
export function sheetsOf(f: FileReport): string[] | null {
  const note = f.warnings.find((w) => w.code === 'xlsx-sheet' && w.line === 0);
  return note?.value ? note.value.split(SHEET_SEPARATOR) : null;
}

/** What a suggestion offers: a conversion, or (numbers in metres with no zone) a choice by hand. */
export type SuggestKind = 'gcj02' | 'bd09' | 'swapped' | 'projected' | 'choose';

export interface CrsSuggestion {
  file: string;
  kind: FileKind;
  suggest: SuggestKind;
  /** For 'projected': the zone the numbers name. */
  epsg?: number;
  /**
   * The reading's share of points inside the compared areas, and as written (0–1), when told by
   * where the points fall.
   */
  shares?: { asIs: number; suggested: number };
  /** The files compared with, and what they hold. */
  against: { file: string; kind: FileKind }[];
  /** Rows rejected as out of range when read as written. */
  outOfRange: number;
  /** What converting asks the re-read for; null for 'choose'. */
  change: FileOptions | null;
}

/**
 * The files the importer thinks are in another system, one suggestion each: its crsSuggestion,
 * or metres with no zone (a 'looks-projected' note without a suggestion).
 */
export function crsSuggestions(report: ImportReport): CrsSuggestion[] {
  const kinds = new Map(report.files.map((f) => [f.file, f.kind]));
  const out: CrsSuggestion[] = [];
  for (const f of report.files) {
    const s = f.crsSuggestion;
    const base = {
      file: f.file,
      kind: f.kind,
      against: (f.crsAgainst ?? []).map((file) => ({ file, kind: kinds.get(file) ?? 'unknown' })),
      outOfRange: f.rejected.filter((r) => r.code === 'coordinates-out-of-range').length,
    };
    if (s === 'gcj02' || s === 'bd09' || s === 'swapped') {
      const shares = f.crsShares ? { asIs: f.crsShares['as-is'], suggested: f.crsShares[s] } : undefined;
      out.push({ ...base, suggest: s, shares, change: s === 'swapped' ? { swapXY: true } : { crs: s } });
    } else if (s?.startsWith('epsg:')) {
      const zone = zoneOf(s as CrsKey);
      if (zone) out.push({ ...base, suggest: 'projected', epsg: zone.epsg, change: { crs: `epsg:${zone.epsg}` } });
    } else if (!s && f.warnings.some((w) => w.code === 'looks-projected' && w.line === 0)) {
      out.push({ ...base, suggest: 'choose', change: null });
    }
  }
  return out;
}

/** The DOM id of a file's 坐标系 select, for the banner's "choose" to go to. */
export const crsSelectId = (file: string): string => `crs-select-${encodeURIComponent(file)}`;
