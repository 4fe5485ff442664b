/**
 * One setter per matched file column: it parses a trimmed, non-empty cell and writes the value into
 * the builder's column buffers at a row, or warns (and leaves the value missing) when it cannot read it.
 */
import type { BuildingBuffers } from './column-buffers.ts';
import { said, type Said } from './messages/render.ts';
import type { FieldKey } from './fields.ts';
import { FIELD_BY_KEY } from './fields.ts';
import { addWarning, type FileReport } from './import-report.ts';
import {
  parseBuildYear,
  parseCompleteUnits,
  parseDateCell,
  parseGrade,
  parsePlanYear,
  parseQuantity,
  parseStage,
  parseTypes,
} from './parse-values.ts';
import { issue } from './row-issue.ts';

/** Write one cell of a row (`line` is the row's line in its file, for warnings). */
export type Setter = (row: number, cell: string, line: number) => void;

/**
 * Remember a parser's answers per distinct cell. Years, dates, stages, grades and types repeat
 * endlessly down a column, so a million rows cost a few thousand parses. Bounded, so a column
 * of unique values costs no more memory than the limit.
 */
function memo<T>(parse: (cell: string) => T, limit = 8192): (cell: string) => T {
  const cache = new Map<string, T>();
  return (cell) => {
    const hit = cache.get(cell);
    if (hit !== undefined || cache.has(cell)) return hit as T;
    const v = parse(cell);
    if (cache.size < limit) cache.set(cell, v);
    return v;
  };
}

/** How a setter reports a cell it could not read. */
interface Warn {
  (line: number, code: string, reason: Said, value: string): void;
}
interface BadValue {
  (line: number, value: string, what: string): void;
}

/**
 * A cell parsed by `parse` (memoised) and written by `write`; `null` from the parser is a bad value
 * (`what` says what was expected).
 */
function parsedSetter<T>(
  parse: (cell: string) => T | null,
  write: (row: number, value: T) => void,
  badValue: BadValue,
  what: string,
): Setter {
  const parseCell = memo(parse);
  return (row, cell, line) => {
    const v = parseCell(cell);
    if (v === null) badValue(line, cell, what);
    else write(row, v);
  };
}

/** A date column: its day, and whether only the month was written. */
function dateSetter(
  cols: BuildingBuffers,
  column: 'startDay' | 'completionDay' | 'acceptanceDay',
  monthOnly: 'startMonthOnly' | 'completionMonthOnly' | 'acceptanceMonthOnly',
  badValue: BadValue,
): Setter {
  return parsedSetter(
    parseDateCell,
    (row, d) => {
      cols[column][row] = d.day;
      cols[monthOnly][row] = d.monthOnly ? 1 : 0;
    },
    badValue,
    'not a date',
  );
}

function quantitySetter(target: () => Float64Array | Float32Array, factor: number, badValue: BadValue): Setter {
  return (row, cell, line) => {
    const v = parseQuantity(cell, factor);
    if (v === null) badValue(line, cell, 'not a number');
    else if (v < 0) badValue(line, cell, 'negative');
    else target()[row] = v;
  };
}

/** Setters for the fields whose cells are words: renovation types and stages (they warn their own way). */
function wordSetter(field: 'types' | 'stage', cols: BuildingBuffers, warn: Warn): Setter {
  if (field === 'types') {
    const parse = memo(parseTypes);
    return (row, cell, line) => {
      const t = parse(cell);
      if (t.unknown.length > 0) warn(line, 'unknown-type', said('row.unknown-type', { words: t.unknown }), cell);
      cols.types[row] = t.mask;
    };
  }
  const parse = memo(parseStage);
  return (row, cell, line) => {
    const s = parse(cell);
    if (s === null) warn(line, 'unknown-stage', said('row.unknown-stage', { word: cell }), cell);
    else cols.stage[row] = s;
  };
}

/**
 * The setter for a file column matched to `field` (`factor`: the header's unit, e.g. 1e4 for 万平方米),
 * or null for a column that holds no building data. `extraSetter` keeps a column as written, by header.
 */
export function cellSetter(
  field: FieldKey,
  factor: number,
  report: FileReport,
  cols: BuildingBuffers,
  extraSetter: (header: string) => Setter,
): Setter | null {
  const def = FIELD_BY_KEY[field];
  const warn: Warn = (line, code, reason, value) => addWarning(report, issue(report, line, code, reason, field, value));
  const badValue: BadValue = (line, value, what) =>
    warn(line, `bad-${def.kind}`, said('row.bad-value', { field, what }), value);
  switch (field) {
    case 'id':
      return (row, cell) => (cols.id[row] = cell);
    case 'name':
    case 'communityId':
    case 'community':
    case 'street':
    case 'shequ':
    case 'area': {
      const dict = cols[field];
      return (row, cell) => dict.set(row, cell);
    }
    case 'seq':
      return null; // a printed table's row number: not data
    case 'lng':
    case 'lat':
      return null; // read before the row is accepted
    case 'buildYear':
      return parsedSetter(
        parseBuildYear,
        (row, y) => {
          cols.yearFrom[row] = y.from;
          cols.yearTo[row] = y.to;
          cols.yearKind[row] = y.kind;
        },
        badValue,
        'not a year, decade or range',
      );
    case 'floors':
      return quantitySetter(() => cols.floors, factor, badValue);
    case 'households':
      return quantitySetter(() => cols.households, factor, badValue);
    case 'floorAreaM2':
      return quantitySetter(() => cols.floorAreaM2, factor, badValue);
    case 'investmentYuan':
      return quantitySetter(() => cols.investmentYuan, factor, badValue);
    case 'buildingCount':
      // A building row that says how many buildings it is: keep it as written.
      return extraSetter(FIELD_BY_KEY.buildingCount.zh);
    case 'grade':
      return parsedSetter(parseGrade, (row, g) => (cols.grade[row] = g), badValue, 'not a grade A–D');
    case 'completeUnits':
      return parsedSetter(parseCompleteUnits, (row, v) => (cols.completeUnits[row] = v), badValue, 'not yes/no');
    case 'types':
    case 'stage':
      return wordSetter(field, cols, warn);
    case 'planYear':
      return parsedSetter(parsePlanYear, (row, y) => (cols.planYear[row] = y), badValue, 'not a year');
    case 'startDate':
      return dateSetter(cols, 'startDay', 'startMonthOnly', badValue);
    case 'completionDate':
      return dateSetter(cols, 'completionDay', 'completionMonthOnly', badValue);
    case 'acceptanceDate':
      return dateSetter(cols, 'acceptanceDay', 'acceptanceMonthOnly', badValue);
  }
}
