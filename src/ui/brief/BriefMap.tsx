import { useMemo, type CSSProperties } from 'react';
import { placeAreaLabels, type PlacedLabel } from '../../domain/area-labels.ts';
import { fitInto, scaleBar } from '../../domain/scale-bar.ts';
import type { Legend } from '../../domain/legend.ts';
import { useT } from '../../i18n/index.ts';
import type { MapSnapshot, SnapshotState } from '../../map/map-snapshot.ts';
import { fmtInt } from '../format.ts';

/** The map's box on the page, in A4 millimetres (brief-map.css scales them for A3 by --u). */
export const MAP_BOX_MM = { width: 114, height: 124 };
/** The scale bar's longest length, A4 millimetres: what the column beside the map holds. */
const SCALE_MAX_MM = 30;
/** The names written on the map: size in A4 points, and the room around each, millimetres. */
const LABEL_PT = 8.5;
const LABEL_PAD_MM = { x: 1, y: 0.6 };
const MM_PER_PT = 25.4 / 72;

const mm = (v: number): string => `calc(var(--u) * ${v.toFixed(3)})`;

/**
 * The map picture with every area's name written on it (placed here, clear of each other), and
 * beside it the legend, north arrow and scale bar, so nothing covers the map. The picture keeps
 * its shape inside the box; the scale bar's length is worked out from the ground metres per
 * picture pixel and the picture's size on paper.
 */
export function BriefMap({ map, legend, focus }: { map: SnapshotState; legend: Legend | null; focus: string | null }) {
  const { t, lang } = useT('brief');
  const snap = map.status === 'ok' ? map.snapshot : null;
  const size = snap ? fitInto(snap.width, snap.height, MAP_BOX_MM.width, MAP_BOX_MM.height) : MAP_BOX_MM;
  const bar = snap ? scaleBar((snap.metersPerPixel * snap.width) / size.width, SCALE_MAX_MM) : null;
  const labels = useMemo(
    () => (snap ? mapLabels(snap, size.width, size.height, focus) : []),
    [snap, size.width, size.height, focus],
  );
  const focusBox = snap && focus ? areaBox(snap, focus, size.width) : null;
  const colouring = legend ? (lang === 'zh' ? legend.title.zh : legend.title.en || legend.title.zh) : '';
  return (
    <div className="brief-map-col">
      <h2 className="brief-h2">{t('mapTitle', { colouring })}</h2>
      <div className="brief-map-row">
        <div className="brief-map-box" style={{ width: mm(MAP_BOX_MM.width), height: mm(MAP_BOX_MM.height) }}>
          <div
            className="brief-map"
            data-testid="brief-map"
            data-status={map.status}
            data-focus-box={focusBox?.map((v) => v.toFixed(2)).join(' ')}
            style={{ width: mm(size.width), height: mm(size.height) }}
          >
            {snap ? (
              <>
                <img src={snap.dataUrl} alt="" width={snap.width} height={snap.height} />
                {labels.map((l) => (
                  <span
                    key={l.name}
                    className="brief-map-label"
                    data-testid="brief-map-label"
                    data-clear={l.clear}
                    style={{ left: `${(l.x / size.width) * 100}%`, top: `${(l.y / size.height) * 100}%` }}
                  >
                    {l.name}
                  </span>
                ))}
              </>
            ) : (
              <p className="brief-map-missing">{t(map.status === 'wait' ? 'mapWait' : 'mapMissing')}</p>
            )}
          </div>
        </div>
        <div className="brief-map-side">
          {legend && <BriefLegend legend={legend} />}
          {snap && (
            <div className="brief-map-furniture">
              <NorthArrow bearing={snap.bearing} label={t('north')} />
              {bar && (
                <div className="brief-scale" data-testid="brief-scale" data-meters={bar.meters}>
                  <span className="brief-scale-label">{bar.label}</span>
                  <span className="brief-scale-bar" style={{ width: mm(bar.length) }}>
                    <span className="brief-scale-half" />
                  </span>
                </div>
              )}
            </div>
          )}
        </div>
      </div>
    </div>
  );
}

/** Where the areas' names go on the picture, in A4 millimetres from its corner (the office `focus` first). */
function mapLabels(snap: MapSnapshot, width: number, height: number, focus: string | null): PlacedLabel[] {
  const k = width / snap.width;
  const font = labelFont();
  const areas = snap.areas.map((a) => {
    const rings = a.rings.map((r) => r.map(([x, y]): [number, number] => [x * k, y * k]));
    const textMm = font ? (font.measureText(a.name).width * 25.4) / 96 : a.name.length * LABEL_PT * MM_PER_PT;
    return {
      name: a.name,
      rings,
      width: textMm + 2 * LABEL_PAD_MM.x,
      height: LABEL_PT * MM_PER_PT * 1.2 + 2 * LABEL_PAD_MM.y,
      // The first keeps its place; then the smallest, whose names have the least room.
      order: a.name === focus ? -1 : boxArea(rings),
    };
  });
  return placeAreaLabels(
    areas.sort((a, b) => a.order - b.order),
    width,
    height,
  );
}

/** [x0, y0, x1, y1] of the area `name` in the picture, A4 mm from its corner (the tests check the fit by it). */
function areaBox(snap: MapSnapshot, name: string, width: number): number[] | null {
  const points = snap.areas.filter((a) => a.name === name).flatMap((a) => a.rings.flat());
  if (points.length === 0) return null;
  const k = width / snap.width;
  const xs = points.map((p) => p[0] * k);
  const ys = points.map((p) => p[1] * k);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

function boxArea(rings: [number, number][][]): number {
  const xs = rings.flat().map((p) => p[0]);
  const ys = rings.flat().map((p) => p[1]);
  return (Math.max(...xs) - Math.min(...xs)) * (Math.max(...ys) - Math.min(...ys));
}

/** A canvas context set to the labels' font (brief-map.css), to measure names; null where there is no canvas. */
function labelFont(): CanvasRenderingContext2D | null {
  const g = document.createElement('canvas').getContext('2d');
  if (g) g.font = `700 ${(LABEL_PT * 96) / 72}px 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif`;
  return g;
}

function NorthArrow({ bearing, label }: { bearing: number; label: string }) {
  return (
    <div
      className="brief-north"
      data-testid="brief-north"
      data-bearing={bearing}
      style={{ transform: `rotate(${-bearing}deg)` } as CSSProperties}
    >
      <svg viewBox="0 0 20 28" aria-hidden="true">
        <polygon points="10,1 18,24 10,19" fill="#1c2833" />
        <polygon points="10,1 2,24 10,19" fill="#ffffff" stroke="#1c2833" strokeWidth="1.2" strokeLinejoin="round" />
      </svg>
      <span>{label}</span>
    </div>
  );
}

function BriefLegend({ legend }: { legend: Legend }) {
  const { t, lang } = useT('brief');
  return (
    <div className="brief-legend" data-testid="brief-legend">
      <p className="brief-legend-title">{t('legendTitle')}</p>
      <ul>
        {legend.items
          .filter((it) => !it.hidden)
          .map((it) => (
            <li key={it.key} data-class={it.key}>
              <span className={`brief-swatch${it.danger ? ' danger' : ''}`} style={{ background: it.hex }} />
              <span className="brief-legend-label">{lang === 'zh' ? it.zh : it.en || it.zh}</span>
              <span className="brief-legend-count">{fmtInt(it.count)}</span>
            </li>
          ))}
        <li>
          <span className="brief-swatch area" />
          <span className="brief-legend-label">{t('communityArea')}</span>
        </li>
      </ul>
    </div>
  );
}
