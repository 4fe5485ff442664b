/**
 * A Shapefile's .prj (ESRI WKT) read as one of the systems the app knows (crs.ts): geographic
 * WGS84 / CGCS2000, or a CGCS2000 Gauss-Krüger zone, named by its EPSG code, by its PROJCS name
 * (CGCS2000_3_Degree_GK_Zone_39, CGCS2000_3_Degree_GK_CM_117E, CGCS2000_GK_Zone_20, …) or by
 * its central meridian and false easting. Anything else (Xi'an 1980, Beijing 1954, Web
 * Mercator…) is named back so that the report can say what it was.
 */
import { gkEpsg, gkZone, type CrsKey } from './crs.ts';
import { said, type Said } from './messages/render.ts';

/** Read, or not (with why: `reason` as the CLI prints it, `message` to render in one language). */
export type PrjReading = { crs: CrsKey; name: string } | ({ crs: null; name: string } & Said);

const num = (wkt: string, param: string): number | null => {
  const m = wkt.match(new RegExp(`PARAMETER\\s*\\[\\s*"${param}"\\s*,\\s*(-?[\\d.]+)`, 'i'));
  return m ? Number(m[1]) : null;
};

/**
 * @example
 * readPrj('PROJCS["CGCS2000_3_Degree_GK_Zone_39",GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",…]').crs
 * // 'epsg:4527'
 */
export function readPrj(wkt: string): PrjReading {
  const text = wkt.trim();
  const projcs = text.match(/^PROJCS\s*\[\s*"([^"]*)"/i);
  const geogcs = text.match(/GEOGCS\s*\[\s*"([^"]*)"/i);
  const datum = (text.match(/DATUM\s*\[\s*"([^"]*)"/i)?.[1] ?? '').toLowerCase();
  const name = projcs?.[1] ?? geogcs?.[1] ?? text.slice(0, 60);
  const cgcsOrWgs = /china_2000|cgcs|2000|wgs_?1984|wgs84/i.test(`${datum} ${geogcs?.[1] ?? ''}`);
  const xianOrBeijing = /xian|xi_an|1980|beijing|1954/i.test(`${datum} ${geogcs?.[1] ?? ''}`);
  const authority = [...text.matchAll(/AUTHORITY\s*\[\s*"EPSG"\s*,\s*"?(\d+)"?\s*\]/gi)].map((m) => Number(m[1]));
  const own = authority.length > 0 ? authority[authority.length - 1] : null;
  if (!projcs) {
    if (text === '' || !geogcs) return { crs: null, name, ...said('prj.unrecognised') };
    if (cgcsOrWgs && !xianOrBeijing) return { crs: 'wgs84', name };
    return { crs: null, name, ...said('prj.unsupported-geographic', { name }) };
  }
  if (own !== null && gkZone(own)) return { crs: `epsg:${own}`, name };
  if (xianOrBeijing || !cgcsOrWgs)
    return {
      crs: null,
      name,
      ...said('prj.unsupported-projected', { name }),
    };
  if (!/transverse_mercator|gauss/i.test(text))
    return { crs: null, name, ...said('prj.unsupported-projection', { name }) };
  const byName = name.match(/(3_degree_)?gk_(zone_(\d+)|cm_(\d+)e)/i);
  const cm = num(text, 'Central_Meridian');
  const fe = num(text, 'False_Easting');
  if (cm === null || fe === null) return { crs: null, name, ...said('prj.no-central-meridian') };
  const prefixed = fe > 1_000_000;
  const three = byName ? Boolean(byName[1]) : prefixed ? Math.floor(fe / 1_000_000) >= 25 : cm % 6 !== 3;
  const width = three ? 3 : 6;
  const zone = prefixed ? Math.floor(fe / 1_000_000) : three ? cm / 3 : (cm + 3) / 6;
  const epsg = Number.isInteger(zone) ? gkEpsg(width, zone, prefixed) : null;
  if (epsg === null || gkZone(epsg)?.centralMeridian !== cm)
    return { crs: null, name, ...said('prj.zone-mismatch', { cm }) };
  return { crs: `epsg:${epsg}`, name };
}
