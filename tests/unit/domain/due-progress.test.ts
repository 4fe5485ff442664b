/**
 * What is due by a day and each street office's light, against the sample's 2023 schedule
 * (on site 04-16…04-20, completed 04-21…11-30) and 2022's (works to 验收 04-16…10-15, completed
 * 10-16…11-15): the due shares rise day by day through each window, and the lights follow the
 * rule written in src/domain/due-progress.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AMBER_POINTS,
  dueOfStep,
  dueShares,
  pointsBehind,
  progressLight,
  type ProgressFigures,
} from '../../../src/domain/due-progress.ts';
import { parseDate } from '../../../src/domain/parse-values.ts';
import { readProgramme, type Programme } from '../../../src/domain/programme.ts';

const read = (file: string): Programme =>
  readProgramme(JSON.parse(readFileSync(join(import.meta.dirname, '../../../data/sample', file), 'utf8')), file)
    .programme!;
const p2023 = read('programme-2023.json');
const p2022 = read('programme-2022.json');
const day = (iso: string): number => parseDate(iso)!;

const figures = (start: number, completion: number, overdue = 0): ProgressFigures => ({
  startRateHouseholds: start,
  completionRateHouseholds: completion,
  overdueBuildings: overdue,
});

describe('dueShares', () => {
  it('2023: nothing due before going on site; on site by 04-20 a fifth a day; completion pro rata to 11-30', () => {
    expect(dueShares(p2023, day('2023-03-01'))).toEqual({ start: 0, completion: 0 });
    expect(dueShares(p2023, day('2023-04-15'))).toEqual({ start: 0, completion: 0 });
    expect(dueShares(p2023, day('2023-04-16')).start).toBeCloseTo(1 / 5, 12);
    expect(dueShares(p2023, day('2023-04-18')).start).toBeCloseTo(3 / 5, 12);
    expect(dueShares(p2023, day('2023-04-20'))).toEqual({ start: 1, completion: 0 });
    // The sample's data date: 163 of the completion window's 224 days gone.
    const sep30 = dueShares(p2023, day('2023-09-30'));
    expect(sep30.start).toBe(1);
    expect(sep30.completion).toBeCloseTo(163 / 224, 12);
    expect(dueShares(p2023, day('2023-11-30'))).toEqual({ start: 1, completion: 1 });
    expect(dueShares(p2023, day('2026-12-06'))).toEqual({ start: 1, completion: 1 });
  });

  it('2022: a step to reach 验收 governs the start (it implies going on site); the 完工 step the completion', () => {
    const mid = dueShares(p2022, day('2022-07-15'));
    // 04-16…10-15 is 183 days; 07-15 is its 91st.
    expect(mid.start).toBeCloseTo(91 / 183, 12);
    expect(mid.completion).toBe(0);
    expect(dueShares(p2022, day('2022-10-31')).completion).toBeCloseTo(16 / 31, 12);
  });

  it('the earliest deadline among the steps that imply a measure governs; a step with no start asks all on its end day', () => {
    const p: Programme = {
      ...p2023,
      steps: [
        { key: 'late', name: '', stage: 'completed', startDay: 200, endDay: 300 },
        { key: 'early', name: '', stage: 'acceptance', startDay: null, endDay: 150 },
      ],
    };
    expect(dueShares(p, 149)).toEqual({ start: 0, completion: 0 });
    expect(dueShares(p, 150).start).toBe(1);
    expect(dueShares(p, 250).completion).toBeCloseTo(51 / 101, 12);
  });

  it('steps that never reach a measure ask nothing of it', () => {
    const design: Programme = {
      ...p2023,
      steps: p2023.steps.filter((s) => s.stage === 'planned' || s.stage === 'design'),
    };
    expect(dueShares(design, day('2023-12-31'))).toEqual({ start: null, completion: null });
    expect(dueShares({ ...p2023, steps: [] }, day('2023-12-31'))).toEqual({ start: null, completion: null });
  });

  it('property: a due share never falls as the days go on, and stays within 0…1', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: -500, max: 2000 }),
        fc.integer({ min: 0, max: 50 }),
        (from, len, d, later) => {
          const step = { startDay: from, endDay: from + len };
          const a = dueOfStep(step, d);
          const b = dueOfStep(step, d + later);
          return a >= 0 && b <= 1 && a <= b;
        },
      ),
    );
  });
});

describe('progressLight', () => {
  const due = { start: 1, completion: 0.5 };

  it(`green at or ahead of both due shares; amber up to ${AMBER_POINTS} points short; red beyond`, () => {
    expect(progressLight(figures(1, 0.5), due)).toBe('green');
    expect(progressLight(figures(1, 0.9), due)).toBe('green');
    expect(progressLight(figures(0.95, 0.5), due)).toBe('amber');
    expect(progressLight(figures(1, 0.4), due)).toBe('amber'); // exactly 10 points: still amber
    expect(progressLight(figures(1, 0.399), due)).toBe('red');
    expect(progressLight(figures(0.85, 0.6), due)).toBe('red');
  });

  it('any building overdue is red, whatever the rates', () => {
    expect(progressLight(figures(1, 1, 1), due)).toBe('red');
    expect(progressLight(figures(1, 1, 1), null)).toBe('red');
  });

  it('nothing due yet: green; nothing the steps ask and nothing overdue: no light', () => {
    expect(progressLight(figures(0, 0), { start: 0, completion: 0 })).toBe('green');
    expect(progressLight(figures(0, 0), { start: null, completion: null })).toBeNull();
    expect(progressLight(figures(0, 0), null)).toBeNull();
  });

  it('a measure the steps do not ask about is not judged', () => {
    expect(progressLight(figures(1, 0), { start: 1, completion: null })).toBe('green');
    expect(pointsBehind(figures(0.7, 0), { start: null, completion: 0.75 })).toBeCloseTo(75, 9);
  });

  it('household ratios that equal the due share up to float noise are on it', () => {
    // 7 of 10 started against a due share of 0.7 reached by another route.
    expect(progressLight(figures(7 / 10, 0), { start: 0.1 * 7, completion: 0 })).toBe('green');
  });
});
