/**
 * The MapLibre map: created once, its sources replaced when the dataset or the year changes.
 * Loaded lazily (MapLibre is most of the bundle) so the figures appear first.
 */
import maplibregl, { type GeoJSONSource } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useEffect, useRef } from 'react';
import type { Dataset } from '../io/import-files.ts';
import { atlasStyle, buildingsGeoJson, communitiesGeoJson, dataBounds, streetsGeoJson } from './atlas-style.ts';

/** Fitting the data: a margin for the dots, and no closer than a few streets for a handful of buildings. */
const FIT = { padding: 32, maxZoom: 16 };

export interface AtlasMapProps {
  dataset: Dataset | null;
  year: number | null;
}

export default function AtlasMap({ dataset, year }: AtlasMapProps) {
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<maplibregl.Map | null>(null);
  /** What the map's sources hold now, and what they should hold. */
  const shown = useRef<AtlasMapProps>({ dataset: null, year: null });
  const wanted = useRef<AtlasMapProps>({ dataset, year });
  const loaded = useRef(false);

  useEffect(() => {
    wanted.current = { dataset, year };
    if (!container.current || !dataset) return;
    if (!mapRef.current) {
      const bounds = dataBounds(dataset);
      const map = new maplibregl.Map({
        container: container.current,
        style: atlasStyle(dataset, year),
        bounds: bounds ?? undefined,
        fitBoundsOptions: FIT,
        attributionControl: false,
        dragRotate: false,
        pitchWithRotate: false,
      });
      map.touchZoomRotate.disableRotation();
      map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
      map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');
      map.on('load', () => {
        loaded.current = true;
        sync(map, shown.current, wanted.current);
      });
      map.on('idle', () => container.current?.setAttribute('data-map-idle', 'true'));
      mapRef.current = map;
      shown.current = { dataset, year };
      return;
    }
    if (loaded.current) sync(mapRef.current, shown.current, wanted.current);
  }, [dataset, year]);

  useEffect(
    () => () => {
      mapRef.current?.remove();
      mapRef.current = null;
      loaded.current = false;
    },
    [],
  );

  return <div ref={container} className="atlas-map" data-testid="atlas-map" />;
}

/** Bring the map's sources from what they show to what is wanted; `shown` is updated in place. */
function sync(map: maplibregl.Map, shown: AtlasMapProps, wanted: AtlasMapProps): void {
  const { dataset, year } = wanted;
  if (!dataset) return;
  map.getContainer().removeAttribute('data-map-idle'); // set again on the next 'idle'
  const source = (id: string) => map.getSource(id) as GeoJSONSource | undefined;
  if (shown.dataset !== dataset) {
    source('streets')?.setData(streetsGeoJson(dataset.streets));
    source('communities')?.setData(communitiesGeoJson(dataset.communities));
    const bounds = dataBounds(dataset);
    if (bounds) map.fitBounds(bounds, { ...FIT, duration: 0 });
  }
  if (shown.dataset !== dataset || shown.year !== year) source('buildings')?.setData(buildingsGeoJson(dataset, year));
  shown.dataset = dataset;
  shown.year = year;
}
