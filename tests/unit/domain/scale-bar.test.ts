import { describe, expect, it } from 'vitest';
import { fitInto, metersPerPixel, scaleBar } from '../../../src/domain/scale-bar.ts';

describe('metersPerPixel', () => {
  it('is the 512-pixel Web Mercator ground resolution', () => {
    expect(metersPerPixel(0, 0)).toBeCloseTo(78271.517, 2);
    expect(metersPerPixel(0, 1)).toBeCloseTo(39135.758, 2);
    // 薛城 at 34.8°N, zoom 13: about 7.9 m a pixel.
    expect(metersPerPixel(34.8, 13)).toBeCloseTo((40075016.686 * Math.cos((34.8 * Math.PI) / 180)) / (512 * 8192), 9);
  });
});

describe('scaleBar', () => {
  it.each([
    [20, 40, 500, 25, '500 m'],
    [100, 30, 2000, 20, '2 km'],
    [1, 30, 20, 20, '20 m'],
    [3.3, 30, 50, 50 / 3.3, '50 m'],
    [400, 30, 10000, 25, '10 km'],
  ])('%f m per unit, at most %f units: %f m', (mpu, max, meters, length, label) => {
    const b = scaleBar(mpu, max);
    expect(b?.meters).toBe(meters);
    expect(b?.length).toBeCloseTo(length, 9);
    expect(b?.label).toBe(label);
  });

  it('is never longer than the room given, and at least 40% of it', () => {
    for (let mpu = 0.37; mpu < 5e4; mpu *= 1.37) {
      const b = scaleBar(mpu, 30);
      expect(b).not.toBeNull();
      expect(b!.length).toBeLessThanOrEqual(30 + 1e-9);
      expect(b!.length).toBeGreaterThanOrEqual(12 - 1e-9);
    }
  });

  it('has no bar without a scale', () => {
    expect(scaleBar(0, 30)).toBeNull();
    expect(scaleBar(Number.NaN, 30)).toBeNull();
    expect(scaleBar(10, 0)).toBeNull();
  });
});

describe('fitInto', () => {
  it('keeps the shape and fills one side', () => {
    expect(fitInto(1000, 500, 100, 100)).toEqual({ width: 100, height: 50 });
    expect(fitInto(500, 1000, 100, 100)).toEqual({ width: 50, height: 100 });
    expect(fitInto(0, 0, 100, 80)).toEqual({ width: 100, height: 80 });
  });
});
