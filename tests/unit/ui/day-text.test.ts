/**
 * The date boxes' text (src/ui/schedule/day-text.ts): shown as YYYY-MM-DD in both languages,
 * read from what people type, a half-typed date not yet a day.
 */
import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../../src/domain/parse-values.ts';
import { isoOfText, readDayText, showDayText } from '../../../src/ui/schedule/day-text.ts';

const MAY_10 = dayNumber(2023, 5, 10);

describe('date box text', () => {
  it('shows a day as YYYY-MM-DD, nothing for none', () => {
    expect(showDayText(MAY_10)).toBe('2023-05-10');
    expect(showDayText(null)).toBe('');
  });

  it.each(['2023-05-10', '2023-5-10', ' 2023/5/10 ', '2023.5.10', '2023年5月10日', '2023年5月10', '20230510'])(
    '%j is 10 May 2023',
    (text) => {
      expect(readDayText(text)).toBe(MAY_10);
      expect(isoOfText(text)).toBe('2023-05-10');
    },
  );

  it('an empty box is no day (the stages as recorded)', () => {
    expect(readDayText('')).toBeNull();
    expect(readDayText('  ')).toBeNull();
    expect(isoOfText('')).toBe('');
  });

  it.each(['2', '2023', '2023-', '2023-5', '2023-05-', '2023年5月', '05/10/2023', '2023-02-30', '2023-13-01', 'abc'])(
    '%j is not a day (yet)',
    (text) => {
      expect(readDayText(text)).toBeUndefined();
      expect(isoOfText(text)).toBe('');
    },
  );
});
