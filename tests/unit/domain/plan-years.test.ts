/** The plan years a dataset offers and the one a fresh page opens on (src/domain/plan-years.ts). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultYear, listPlanYears, offeredPlanYears, planYears } from '../../../src/domain/plan-years.ts';
import { importFiles } from '../../../src/io/import-files.ts';

const read = (name: string) => ({ name, bytes: new Uint8Array(readFileSync(`data/sample/${name}`)) });

describe('plan years', () => {
  const withProgrammes = importFiles(['buildings.csv', 'programme-2022.json', 'programme-2023.json'].map(read));
  const buildingsOnly = importFiles([read('buildings.csv')]);

  it('opens on the newest programme year; without a programme, on every year', () => {
    expect(defaultYear(withProgrammes)).toBe(2023);
    expect(defaultYear(buildingsOnly)).toBeNull();
  });

  it("offers the programmes' years and those written on the buildings, newest first", () => {
    expect(planYears(withProgrammes)).toEqual([2024, 2023, 2022]);
    expect(planYears(buildingsOnly)).toEqual([2024, 2023, 2022]);
  });
});

describe('listPlanYears (加入项目库)', () => {
  it('in December 2026 on data whose newest programme is 2023, next year 2027 can be started', () => {
    expect(listPlanYears(2024, [], 2026)).toEqual([2023, 2024, 2025, 2026, 2027, 2028]);
  });
  it('data ahead of the calendar keep their own two years ahead; the list’s own years stay', () => {
    expect(listPlanYears(2029, [2021], 2026)).toEqual([2021, 2028, 2029, 2030, 2031]);
  });
});

describe('offeredPlanYears: the plan-year picker', () => {
  it('the data’s years, and next calendar year and the one after, newest first', () => {
    expect(offeredPlanYears([2023, 2022], 2026)).toEqual([2028, 2027, 2023, 2022]);
  });
  it('a year the data already has is offered once', () => {
    expect(offeredPlanYears([2027, 2026], 2026)).toEqual([2028, 2027, 2026]);
  });
});
