/** The two synchronous parsers of shpjs (https://github.com/calvinmetcalf/shapefile-js) we use. */
declare module 'shpjs' {
  import type { Geometry } from 'geojson';
  /** Geometries of a .shp, one per record (null for a null shape); `prj` reprojects when given. */
  export function parseShp(shp: ArrayBuffer | ArrayBufferView | DataView, prj?: string | false): (Geometry | null)[];
  /** Attribute rows of a .dbf; `cpg` is the encoding label (TextDecoder) or a code page number. */
  export function parseDbf(dbf: ArrayBuffer | ArrayBufferView | DataView, cpg?: string): Record<string, unknown>[];
}
