/**
 * The arithmetic of a map image on paper: ground metres per image pixel from the view (Web
 * Mercator, MapLibre's 512-pixel tiles), and a scale bar of a round length that fits the space.
 * Pure: no map, no DOM.
 */

/** Earth's equatorial circumference in metres (WGS84), as Web Mercator uses it. */
const EARTH_CIRCUMFERENCE_M = 40_075_016.686;

/**
 * Ground metres one CSS pixel of the map spans at a latitude and zoom (512-pixel tiles).
 * @example metersPerPixel(0, 0) // 78271.52
 */
export function metersPerPixel(latDeg: number, zoom: number): number {
  return (EARTH_CIRCUMFERENCE_M * Math.cos((latDeg * Math.PI) / 180)) / (512 * 2 ** zoom);
}

/** Round scale lengths in metres: 1, 2, 5 × powers of ten. */
function roundLengthAtMost(m: number): number {
  const p = 10 ** Math.floor(Math.log10(m));
  for (const k of [5, 2, 1]) if (k * p <= m) return k * p;
  return p;
}

export interface ScaleBar {
  /** Ground length the bar stands for, metres (a round 1-2-5 number). */
  meters: number;
  /** Its length on the page, in the page unit `maxLength` was given in. */
  length: number;
  /** The label in metres or kilometres, e.g. "500 m", "2 km". */
  label: string;
}

/**
 * The longest round-length scale bar no longer than `maxLength` page units, for a map where one
 * page unit spans `metersPerUnit` metres of ground.
 * @example scaleBar(20, 40) // { meters: 500, length: 25, label: '500 m' }
 */
export function scaleBar(metersPerUnit: number, maxLength: number): ScaleBar | null {
  if (!(metersPerUnit > 0) || !(maxLength > 0) || !Number.isFinite(metersPerUnit * maxLength)) return null;
  const meters = roundLengthAtMost(metersPerUnit * maxLength);
  return { meters, length: meters / metersPerUnit, label: meters >= 1000 ? `${meters / 1000} km` : `${meters} m` };
}

/**
 * The size of an image of `width` × `height` pixels fitted whole into a box (keeping its shape).
 * @example fitInto(1000, 500, 100, 100) // { width: 100, height: 50 }
 */
export function fitInto(
  width: number,
  height: number,
  boxWidth: number,
  boxHeight: number,
): { width: number; height: number } {
  if (!(width > 0) || !(height > 0)) return { width: boxWidth, height: boxHeight };
  const k = Math.min(boxWidth / width, boxHeight / height);
  return { width: width * k, height: height * k };
}
