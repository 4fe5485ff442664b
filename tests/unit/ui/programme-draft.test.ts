/** The programme dialog's form (src/ui/schedule/programme-draft.ts): a programme to text and back, bad inputs named. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readProgramme, type Programme } from '../../../src/domain/programme.ts';
import { fmtAreaValue } from '../../../src/ui/format.ts';
import { checkDraft, draftOf } from '../../../src/ui/schedule/programme-draft.ts';

const json = JSON.parse(readFileSync(join(import.meta.dirname, '../../../data/sample/programme-2023.json'), 'utf8'));
const p = readProgramme(json, 'programme-2023.json').programme!;

describe('programme form', () => {
  it('unchanged text gives the same programme back, in either language', () => {
    for (const lang of ['zh', 'en'] as const) {
      const back = checkDraft(draftOf(p, lang), p, p.year, lang);
      expect(back.problems).toEqual({});
      expect(back.programme).toEqual(p);
    }
  });

  it('floor area is typed in 万㎡ in Chinese and m² in English; a unit typed in the value wins', () => {
    // A target with more decimals than the cards show (the sample's own is a round 60万㎡).
    const odd = { ...p, targets: { ...p.targets, floorAreaM2: 594_924.3 } };
    // Shown as the cards write it (fmtAreaValue: two decimals of 万㎡, whole m²), not 59.49243.
    expect(draftOf(odd, 'zh').targets.floorAreaM2).toBe(fmtAreaValue(594_924.3, 'zh'));
    expect(draftOf(odd, 'zh').targets.floorAreaM2).toBe('59.49');
    expect(draftOf(odd, 'en').targets.floorAreaM2).toBe('594,924');
    // Left as shown, the box keeps the programme's own figure; typed anew, the typed one.
    for (const lang of ['zh', 'en'] as const)
      expect(checkDraft(draftOf(odd, lang), odd, 2023, lang).programme?.targets.floorAreaM2).toBe(594_924.3);
    const typed = (text: string, lang: 'zh' | 'en') =>
      checkDraft(
        { ...draftOf(odd, lang), targets: { ...draftOf(odd, lang).targets, floorAreaM2: text } },
        odd,
        2023,
        lang,
      ).programme?.targets.floorAreaM2;
    expect(typed('59.5', 'zh')).toBe(595_000);
    expect(typed('594,925', 'en')).toBe(594_925);
    const d = draftOf(p, 'zh');
    expect(
      checkDraft({ ...d, targets: { ...d.targets, floorAreaM2: '60' } }, p, 2023, 'zh').programme?.targets.floorAreaM2,
    ).toBe(600_000);
    expect(
      checkDraft({ ...d, targets: { ...d.targets, floorAreaM2: '13000平方米' } }, p, 2023, 'zh').programme?.targets
        .floorAreaM2,
    ).toBe(13_000);
  });

  it('edits of targets and dates are taken; an emptied target is dropped', () => {
    const d = draftOf(p, 'zh');
    const steps = d.steps.map((s, i) => (i === 4 ? { ...s, end: '2023-05-31' } : s));
    const out = checkDraft(
      { ...d, targets: { ...d.targets, households: '9000', buildings: '' }, steps },
      p,
      2023,
      'zh',
    ).programme!;
    expect(out.targets.households).toBe(9000);
    expect(out.targets.buildings).toBeUndefined();
    expect(out.steps[4].endDay - p.steps[4].endDay).toBe(41);
    expect(out.targets.streets).toEqual(p.targets.streets);
  });

  it('bad inputs are named and nothing is returned', () => {
    const d = draftOf(p, 'zh');
    const steps = d.steps.map((s, i) =>
      i === 0
        ? { ...s, end: '' }
        : i === 1
          ? { ...s, start: '2023-13-01' }
          : i === 2
            ? { ...s, start: '2023-05-01', end: '2023-04-01' }
            : s,
    );
    const out = checkDraft(
      { ...d, targets: { ...d.targets, households: '很多', communities: '-3' }, steps },
      p,
      2023,
      'zh',
    );
    expect(out.programme).toBeNull();
    expect(out.problems).toEqual({
      'target.households': 'invalidNumber',
      'target.communities': 'invalidNumber',
      'step.0.end': 'needEnd',
      'step.1.start': 'invalidDate',
      'step.2.start': 'startAfterEnd',
    });
  });

  it("a row of targets per street office of the data, the programme's own spelling kept; offices only the programme names follow", () => {
    const others = Object.fromEntries(Object.entries(p.targets.byStreet!).filter(([n]) => n !== '常庄街道'));
    const withOdd: Programme = { ...p, targets: { ...p.targets, byStreet: { ...others, 常庄镇: { households: 9 } } } };
    const d = draftOf(withOdd, 'zh', ['常庄街道', '临城街道', '某某街道']);
    expect(d.streets.slice(0, 3).map((r) => [r.name, r.targets.households, r.targets.communities])).toEqual([
      ['常庄镇', '9', ''],
      ['临城街道', '1400', '6'],
      ['某某街道', '', ''],
    ]);
    // The programme's offices the data lacks, after the data's.
    expect(d.streets.slice(3).map((r) => r.name)).toEqual(
      Object.keys(p.targets.byStreet!).filter((n) => n !== '常庄街道' && n !== '临城街道'),
    );
  });

  it("a street office's targets typed in the form are saved as its own; an emptied row is dropped; a bad box is named", () => {
    const d = draftOf(p, 'zh', ['临城街道', '某某街道']);
    const set = (i: number, k: 'households' | 'floorAreaM2', v: string) => ({
      ...d,
      streets: d.streets.map((r, j) => (j === i ? { ...r, targets: { ...r.targets, [k]: v } } : r)),
    });
    const added = checkDraft(set(1, 'floorAreaM2', '1.5'), p, 2023, 'zh').programme!;
    expect(added.targets.byStreet?.['某某街道']).toEqual({ floorAreaM2: 15_000 });
    expect(added.targets.byStreet?.['临城街道']).toEqual(p.targets.byStreet?.['临城街道']);
    const emptied = {
      ...d,
      streets: d.streets.map((r, j) =>
        j === 0 ? { ...r, targets: { ...r.targets, households: '', communities: '' } } : r,
      ),
    };
    expect(checkDraft(emptied, p, 2023, 'zh').programme!.targets.byStreet).not.toHaveProperty('临城街道');
    const bad = checkDraft(set(0, 'households', '一千'), p, 2023, 'zh');
    expect(bad.programme).toBeNull();
    expect(bad.problems).toEqual({ 'street.0.households': 'invalidNumber' });
  });

  it('a year without a programme: an empty form, saved as a new programme of that year', () => {
    const d = draftOf(null, 'zh');
    expect(d.steps).toEqual([]);
    const out = checkDraft(
      {
        ...d,
        targets: { ...d.targets, households: '874' },
        steps: [{ key: '', name: '进场施工', stage: 'construction', start: '', end: '2025-04-20' }],
      },
      null,
      2025,
      'zh',
    ).programme!;
    expect(out).toMatchObject({
      year: 2025,
      name: '2025年老旧小区改造',
      targets: { households: 874 },
      steps: [{ key: 'step1', stage: 'construction', startDay: null }],
    });
  });
});
