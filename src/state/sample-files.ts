/**
 * The bundled sample district (薛城区, synthetic buildings on real street polygons). `?url`
 * makes the build emit each file as an asset; the app fetches them like a user's own files.
 */
import buildingsUrl from '../../data/sample/buildings.csv?url';
import communitiesUrl from '../../data/sample/communities.geojson?url';
import streetsUrl from '../../data/sample/streets.geojson?url';
import programme2022Url from '../../data/sample/programme-2022.json?url';
import programme2023Url from '../../data/sample/programme-2023.json?url';

export interface SampleFile {
  /** File name as the import report shows it. */
  name: string;
  url: string;
}

export const SAMPLE_FILES: readonly SampleFile[] = [
  { name: 'buildings.csv', url: buildingsUrl },
  { name: 'communities.geojson', url: communitiesUrl },
  { name: 'streets.geojson', url: streetsUrl },
  { name: 'programme-2022.json', url: programme2022Url },
  { name: 'programme-2023.json', url: programme2023Url },
];
