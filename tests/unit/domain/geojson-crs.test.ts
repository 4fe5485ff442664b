/**
 * A GeoJSON's `crs` member read as a system (issue 12): every spelling GDAL, QGIS, ArcGIS and
 * our own exports write, the older EPSG form, GCJ-02 / BD-09 names; others named back.
 */
import { describe, expect, it } from 'vitest';
import { readGeoJsonCrs } from '../../../src/domain/geojson-crs.ts';

const named = (name: string) => ({ type: 'name', properties: { name } });

describe('readGeoJsonCrs', () => {
  it.each<[string, string]>([
    ['urn:ogc:def:crs:EPSG::4490', 'wgs84'],
    ['urn:ogc:def:crs:EPSG::4326', 'wgs84'],
    ['urn:ogc:def:crs:EPSG:6.6:4326', 'wgs84'],
    ['urn:ogc:def:crs:OGC:1.3:CRS84', 'wgs84'],
    ['EPSG:4490', 'wgs84'],
    ['http://www.opengis.net/def/crs/EPSG/0/4326', 'wgs84'],
    ['urn:ogc:def:crs:EPSG::4547', 'epsg:4547'],
    ['EPSG:4547', 'epsg:4547'],
    ['epsg:4527', 'epsg:4527'],
    ['GCJ-02', 'gcj02'],
    ['GCJ02', 'gcj02'],
    ['gcj_02 (高德)', 'gcj02'],
    ['BD-09', 'bd09'],
    ['bd09ll', 'bd09'],
    ['百度坐标', 'bd09'],
    ['CGCS2000', 'wgs84'],
  ])('name %j -> %s', (name, crs) => {
    expect(readGeoJsonCrs(named(name))).toEqual({ crs, name });
  });

  it('a WKT as the name is read as a .prj', () => {
    const wkt =
      'PROJCS["CGCS2000_3_Degree_GK_Zone_39",GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",' +
      'DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],' +
      'UNIT["Degree",0.0174532925199433]],PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",39500000.0],' +
      'PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",117.0],PARAMETER["Scale_Factor",1.0],' +
      'PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';
    expect(readGeoJsonCrs(named(wkt))?.crs).toBe('epsg:4527');
  });

  it('the older {"type":"EPSG","properties":{"code":…}} form', () => {
    expect(readGeoJsonCrs({ type: 'EPSG', properties: { code: 4326 } })).toEqual({ crs: 'wgs84', name: 'EPSG:4326' });
    expect(readGeoJsonCrs({ type: 'EPSG', properties: { code: '4547' } })?.crs).toBe('epsg:4547');
  });

  it.each(['EPSG:3857', 'urn:ogc:def:crs:EPSG::3857', 'EPSG:4214', 'EPSG:2385', 'Xian 1980', 'unknown'])(
    'a system not read here, %j, comes back with its name',
    (name) => {
      expect(readGeoJsonCrs(named(name))).toEqual({ crs: null, name });
    },
  );

  it('no member, or null (RFC 7946), is no reading; a member of no known shape is named as JSON', () => {
    expect(readGeoJsonCrs(undefined)).toBeNull();
    expect(readGeoJsonCrs(null)).toBeNull();
    expect(readGeoJsonCrs('EPSG:4326')).toEqual({ crs: null, name: '"EPSG:4326"' });
    expect(readGeoJsonCrs({ type: 'name' })).toEqual({ crs: null, name: '{"type":"name"}' });
  });
});
