/**
 * A programme file (tests/fixtures/json/programme-lishu-2023.json: the 梨树 2023 plan of DOMAIN.md —
 * 1 community, 10 buildings, 7.72万㎡, 874 households; dated steps).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../../src/domain/parse-values.ts';
import { looksLikeProgramme, readProgramme, streetTargets } from '../../../src/domain/programme.ts';
import { fixturePath } from '../support.ts';

const json: unknown = JSON.parse(readFileSync(fixturePath('json/programme-lishu-2023.json'), 'utf8'));

describe('readProgramme', () => {
  it('reads the 梨树 2023 targets, with quantities as written ("874户", "7.72万平方米")', () => {
    const { programme, issues } = readProgramme(json, 'p.json');
    expect(issues).toEqual([]);
    expect(programme).toMatchObject({
      name: '梨树县2023年城镇老旧小区改造',
      district: '梨树县',
      year: 2023,
      source: '梨政办规〔2023〕3号',
    });
    expect(programme!.targets).toEqual({ communities: 1, buildings: 10, households: 874, floorAreaM2: 77200 });
  });

  it('reads the dated steps with their stages, in any date format', () => {
    const steps = readProgramme(json, 'p.json').programme!.steps;
    expect(steps.map((s) => [s.key, s.stage, s.startDay, s.endDay])).toEqual([
      ['plan', 'planned', null, dayNumber(2023, 2, 28)],
      ['design', 'design', null, dayNumber(2023, 3, 31)],
      ['demolition', 'demolition', null, dayNumber(2023, 4, 15)],
      ['tender', 'tender', null, dayNumber(2023, 4, 15)],
      ['onsite', 'construction', dayNumber(2023, 4, 20), dayNumber(2023, 11, 30)],
      ['acceptance', 'acceptance', null, dayNumber(2023, 11, 30)],
    ]);
  });

  it('problems are issues, never exceptions', () => {
    expect(readProgramme([], 'p.json')).toMatchObject({
      programme: null,
      issues: [{ code: 'bad-programme', line: 0 }],
    });
    expect(readProgramme({ kind: 'renovation-programme', year: 'soon' }, 'p.json').programme).toBeNull();
    const { programme, issues } = readProgramme(
      {
        year: 2022,
        targets: { households: '很多' },
        steps: [{ stage: '正在搞', end: '2022-10-15' }, { stage: '施工', end: '2022-02-30' }, 5],
      },
      'p.json',
    );
    expect(programme!.steps).toEqual([]);
    expect(programme!.targets).toEqual({});
    expect(issues.map((i) => i.field ?? null)).toEqual(['households', 'stage', 'end', null]);
  });
});

describe('looksLikeProgramme', () => {
  it.each<[unknown, boolean]>([
    [json, true],
    [{ kind: 'renovation-programme' }, true],
    [{ year: 2022, targets: {} }, true],
    [{ type: 'FeatureCollection', features: [] }, false],
    [[], false],
    [null, false],
  ])('%j -> %s', (value, expected) => {
    expect(looksLikeProgramme(value)).toBe(expected);
  });
});

describe('streetTargets', () => {
  const targets = {
    households: 8600,
    byStreet: { 常庄镇: { households: 1200, communities: 5 }, 临城街道: { households: 1400 }, 沙沟镇: {} },
  };

  it("an office's own targets, its name matched as street names match (常庄镇 = 常庄街道)", () => {
    expect(streetTargets(targets, '常庄街道')).toEqual({ households: 1200, communities: 5 });
    expect(streetTargets(targets, '临城')).toEqual({ households: 1400 });
  });

  it("none for an office the programme does not split to, or splits to with no figure: never the district's", () => {
    expect(streetTargets(targets, '沙沟镇')).toBeNull();
    expect(streetTargets(targets, '周营镇')).toBeNull();
    expect(streetTargets({ households: 8600 }, '临城街道')).toBeNull();
  });
});
