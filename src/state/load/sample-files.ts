/**
 * The bundled sample districts. `?url` makes the build emit each file as an asset; the app
 * fetches them like a user's own files.
 * - 薛城区 (default): synthetic buildings on the real street polygons; the 2022 programme of
 *   薛政办字〔2022〕4号 and a 2023 one on 梨树's schedule.
 * - 梨树区 (`?sample=lishu`): the 2023 programme of 梨政办规〔2023〕3号, one community of ten
 *   buildings inside the real district outline (DataV, converted from GCJ-02 to WGS84).
 */
import buildingsUrl from '../../../data/sample/buildings.csv?url';
import communitiesUrl from '../../../data/sample/communities.geojson?url';
import streetsUrl from '../../../data/sample/streets.geojson?url';
import programme2022Url from '../../../data/sample/programme-2022.json?url';
import programme2023Url from '../../../data/sample/programme-2023.json?url';
import lishuBuildingsUrl from '../../../data/sample-lishu/buildings.csv?url';
import lishuCommunitiesUrl from '../../../data/sample-lishu/communities.geojson?url';
import lishuDistrictUrl from '../../../data/sample-lishu/district.geojson?url';
import lishuProgrammeUrl from '../../../data/sample-lishu/programme-2023.json?url';

export interface SampleFile {
  /** File name as the import report shows it. */
  name: string;
  url: string;
}

export const SAMPLE_KEYS = ['xuecheng', 'lishu'] as const;
export type SampleKey = (typeof SAMPLE_KEYS)[number];
export const DEFAULT_SAMPLE: SampleKey = 'xuecheng';
export const isSampleKey = (v: unknown): v is SampleKey => v === 'xuecheng' || v === 'lishu';

export interface Sample {
  key: SampleKey;
  /** District name, as the picker and the status line show it. */
  district: string;
  districtEn: string;
  files: readonly SampleFile[];
}

export const SAMPLES: Readonly<Record<SampleKey, Sample>> = {
  xuecheng: {
    key: 'xuecheng',
    district: '薛城区',
    districtEn: 'Xuecheng District',
    files: [
      { name: 'buildings.csv', url: buildingsUrl },
      { name: 'communities.geojson', url: communitiesUrl },
      { name: 'streets.geojson', url: streetsUrl },
      { name: 'programme-2022.json', url: programme2022Url },
      { name: 'programme-2023.json', url: programme2023Url },
    ],
  },
  lishu: {
    key: 'lishu',
    district: '梨树区',
    districtEn: 'Lishu District',
    files: [
      { name: 'buildings.csv', url: lishuBuildingsUrl },
      { name: 'communities.geojson', url: lishuCommunitiesUrl },
      { name: 'district.geojson', url: lishuDistrictUrl },
      { name: 'programme-2023.json', url: lishuProgrammeUrl },
    ],
  },
};
