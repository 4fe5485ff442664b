import type { CSSProperties } from 'react';
import { fitInto, scaleBar } from '../../domain/scale-bar.ts';
import type { Legend } from '../../domain/legend.ts';
import { useT } from '../../i18n/index.ts';
import type { SnapshotState } from '../../map/map-snapshot.ts';
import { fmtInt } from '../format.ts';

/** The map's box on the page, in A4 millimetres (brief-map.css scales them for A3 by --u). */
export const MAP_BOX_MM = { width: 114, height: 124 };
/** The scale bar may take at most this share of the picture's width. */
const SCALE_SHARE = 0.3;

const mm = (v: number): string => `calc(var(--u) * ${v.toFixed(3)})`;

/**
 * The map picture with a scale bar and a north arrow drawn over it, and the legend beside it.
 * The picture keeps its shape inside the box; the scale bar's length is worked out from the
 * ground metres per picture pixel and the picture's size on paper.
 */
export function BriefMap({ map, legend }: { map: SnapshotState; legend: Legend | null }) {
  const { t, lang } = useT('brief');
  const snap = map.status === 'ok' ? map.snapshot : null;
  const size = snap ? fitInto(snap.width, snap.height, MAP_BOX_MM.width, MAP_BOX_MM.height) : MAP_BOX_MM;
  const bar = snap ? scaleBar((snap.metersPerPixel * snap.width) / size.width, size.width * SCALE_SHARE) : null;
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
            style={{ width: mm(size.width), height: mm(size.height) }}
          >
            {snap ? (
              <>
                <img src={snap.dataUrl} alt="" width={snap.width} height={snap.height} />
                <NorthArrow bearing={snap.bearing} label={t('north')} />
                {bar && (
                  <div className="brief-scale" data-testid="brief-scale" data-meters={bar.meters}>
                    <span className="brief-scale-label">{bar.label}</span>
                    <span className="brief-scale-bar" style={{ width: mm(bar.length) }} />
                  </div>
                )}
              </>
            ) : (
              <p className="brief-map-missing">{t(map.status === 'wait' ? 'mapWait' : 'mapMissing')}</p>
            )}
          </div>
        </div>
        {legend && <BriefLegend legend={legend} />}
      </div>
    </div>
  );
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
