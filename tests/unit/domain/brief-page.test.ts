import { describe, expect, it } from 'vitest';
import { briefFileName } from '../../../src/domain/brief-page.ts';

describe('briefFileName', () => {
  it.each([
    ['简报', '薛城区', 2023, '2023-12-01', '简报-薛城区-2023-2023-12-01'],
    ['brief', '薛城区', null, '2023-12-01', 'brief-薛城区-2023-12-01'],
    ['简报', '', 2022, '2022-11-15', '简报-2022-2022-11-15'],
    ['简报', 'A/B: "区" ', 2022, '2022-11-15', '简报-A_B_区_-2022-2022-11-15'],
  ])('%s %s %s %s → %s', (prefix, district, year, day, name) => {
    expect(briefFileName(prefix, district, year, day)).toBe(name);
  });
});
