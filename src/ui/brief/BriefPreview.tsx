import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import { briefFileName, PAPER_MM, type PaperSize } from '../../domain/brief-page.ts';
import { briefPdf, briefPng, EXPORT_DPI } from './brief-export.ts';
import { selectDistrict } from '../../state/selectors/brief-selectors.ts';
import { useT } from '../../i18n/index.ts';
import { areasGeoJson, dataBounds } from '../../map/atlas-style.ts';
import { captureMap, hasMap } from '../../map/map-snapshot.ts';
import { selectCheckDay } from '../../state/selectors/schedule-selectors.ts';
import { useAtlas } from '../../state/store.ts';
import { selectFocusBounds, selectStreet } from '../../state/selectors/street-selectors.ts';
import { MAP_BOX_MM } from './BriefMap.tsx';
import { BriefPage } from './BriefPage.tsx';
import type { PictureArea, SnapshotState } from '../../map/map-snapshot.ts';
import type { Dataset } from '../../domain/dataset.ts';
import { downloadFile } from '../download.ts';
import type { MadeFile } from '../../io/made-file.ts';
import { isoDay } from '../format.ts';

const PX_PER_MM = 96 / 25.4;

/** The button in the header that opens the brief's preview. */
export function BriefButton() {
  const { t } = useT('brief');
  const hasData = useAtlas((s) => s.dataset !== null);
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="button"
        data-testid="brief-button"
        title={t('buttonTitle')}
        disabled={!hasData}
        onClick={() => setOpen(true)}
      >
        {t('button')}
      </button>
      {open && createPortal(<BriefPreview onClose={() => setOpen(false)} />, document.body)}
    </>
  );
}

/**
 * The brief on screen, shrunk to fit the window, with its exports: PNG, PDF and the browser's
 * print dialog (brief-print.css prints this page alone, on a sheet of the chosen size). The map's
 * picture is taken once, when the preview opens.
 */
function BriefPreview({ onClose }: { onClose: () => void }) {
  const { t } = useT('brief');
  const [size, setSize] = useState<PaperSize>('A4');
  const [map, setMap] = useMapSnapshot(size);
  const [busy, setBusy] = useState<'png' | 'pdf' | null>(null);
  const stage = useRef<HTMLDivElement>(null);
  const page = useRef<HTMLElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  const district = useAtlas(selectDistrict);
  const year = useAtlas((s) => s.year);
  const checkDay = useAtlas(selectCheckDay);
  useEscape(onClose, closeButton);
  const paper = PAPER_MM[size];
  const scale = useFitScale(stage, paper);

  const baseName = briefFileName(t('filePrefix'), district, year, isoDay(checkDay));
  const run = async (kind: 'png' | 'pdf'): Promise<void> => {
    const node = page.current;
    if (!node) return;
    setBusy(kind);
    try {
      const title = node.querySelector('[data-testid="brief-title"]')?.textContent ?? baseName;
      const file: MadeFile =
        kind === 'png'
          ? await briefPng(node, baseName)
          : await briefPdf(node, size, baseName, { title, subject: t('asOf', { date: isoDay(checkDay) }) });
      downloadFile(file);
    } catch (e) {
      useAtlas.getState().addNotice({
        id: 'brief-export',
        tone: 'warn',
        message: { key: 'brief:failed', values: { message: e instanceof Error ? e.message : String(e) } },
      });
    } finally {
      setBusy(null);
    }
  };

  const scaled = { width: paper.width * PX_PER_MM * scale, height: paper.height * PX_PER_MM * scale };
  return (
    <div
      className="brief-overlay"
      data-testid="brief-preview"
      role="dialog"
      aria-modal="true"
      aria-label={t('previewTitle')}
      data-ready={map.status !== 'wait'}
    >
      {/* The sheet the print dialog uses: the paper chosen, landscape, no margins (the page has its own). */}
      <style>{`@media print { @page { size: ${size} landscape; margin: 0; } }`}</style>
      <BriefToolbar
        size={size}
        onSize={(s) => {
          setSize(s);
          if (hasMap()) setMap({ status: 'wait' });
        }}
        busy={busy}
        waiting={map.status === 'wait'}
        onRun={(kind) => void run(kind)}
        closeButton={closeButton}
        onClose={onClose}
      />
      <div className="brief-stage" ref={stage}>
        <div className="brief-scaler" style={{ width: scaled.width, height: scaled.height }}>
          <div className="brief-scaled" style={{ transform: `scale(${scale})` }} data-scale={scale}>
            <BriefPage ref={page} size={size} map={map} />
          </div>
        </div>
      </div>
    </div>
  );
}

/** The map's picture, drawn for the page: the box's shape, at the export's resolution on this paper. */
function useMapSnapshot(size: PaperSize): [SnapshotState, (m: SnapshotState) => void] {
  const [map, setMap] = useState<SnapshotState>(() => ({ status: hasMap() ? 'wait' : 'none' }));
  useEffect(() => {
    if (!hasMap()) return;
    let live = true;
    const pixelRatio = (EXPORT_DPI / 96) * (PAPER_MM[size].width / PAPER_MM.A4.width);
    // The street office filtered to, else the whole data: what the brief's figures are about.
    const s = useAtlas.getState();
    const bounds = selectFocusBounds(s) ?? (s.dataset ? dataBounds(s.dataset) : null);
    const street = selectStreet(s);
    captureMap({
      width: MAP_BOX_MM.width * PX_PER_MM,
      height: MAP_BOX_MM.height * PX_PER_MM,
      pixelRatio,
      bounds,
      // The brief names the areas itself (BriefMap): every one, clear of each other.
      areas: s.dataset ? namedAreas(s.dataset) : [],
      noStreetLabels: true,
      outline: street,
    }).then(
      (snapshot) => live && setMap({ status: 'ok', snapshot }),
      () => live && setMap({ status: 'none' }),
    );
    return () => {
      live = false;
    };
  }, [size]);
  return [map, setMap];
}

/** The areas the map draws (street offices, else the district outline), rings in WGS84. */
function namedAreas(dataset: Dataset): PictureArea[] {
  return areasGeoJson(dataset).features.map((f) => ({
    name: String(f.properties?.name ?? ''),
    rings: (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates)
      .flat()
      .map((r) => r.map(([x, y]): [number, number] => [x, y])),
  }));
}

/** The close button takes the focus when the preview opens; Esc closes it. */
function useEscape(onClose: () => void, closeButton: RefObject<HTMLButtonElement | null>): void {
  useEffect(() => {
    closeButton.current?.focus();
    const escape = (e: KeyboardEvent): void => {
      if (e.key === 'Escape') onClose();
    };
    document.addEventListener('keydown', escape);
    return () => document.removeEventListener('keydown', escape);
  }, [onClose, closeButton]);
}

/** Shrink the sheet to the room the window gives it (never enlarge it). */
function useFitScale(stage: RefObject<HTMLDivElement | null>, paper: { width: number; height: number }): number {
  const [scale, setScale] = useState(1);
  useLayoutEffect(() => {
    const el = stage.current;
    if (!el) return;
    const fit = (): void => {
      const w = el.clientWidth - 24;
      const h = el.clientHeight - 24;
      setScale(Math.min(1, w / (paper.width * PX_PER_MM), h / (paper.height * PX_PER_MM)));
    };
    fit();
    const ro = new ResizeObserver(fit);
    ro.observe(el);
    return () => ro.disconnect();
  }, [stage, paper.width, paper.height]);
  return scale;
}

/** The preview's bar: the paper size, PNG, PDF, print and close. */
function BriefToolbar(props: {
  size: PaperSize;
  onSize: (size: PaperSize) => void;
  busy: 'png' | 'pdf' | null;
  waiting: boolean;
  onRun: (kind: 'png' | 'pdf') => void;
  closeButton: RefObject<HTMLButtonElement | null>;
  onClose: () => void;
}) {
  const { size, onSize, busy, waiting, onRun, closeButton, onClose } = props;
  const { t } = useT('brief');
  return (
    <div className="brief-toolbar">
      <h2>{t('previewTitle')}</h2>
      <label className="brief-size">
        {t('pageSize')}
        <select data-testid="brief-size" value={size} onChange={(e) => onSize(e.target.value as PaperSize)}>
          <option value="A4">A4</option>
          <option value="A3">A3</option>
        </select>
      </label>
      {(['png', 'pdf'] as const).map((kind) => (
        <button
          key={kind}
          type="button"
          className="button"
          data-testid={`brief-${kind}`}
          disabled={busy !== null || waiting}
          onClick={() => onRun(kind)}
        >
          {busy === kind ? t('making') : t(kind)}
        </button>
      ))}
      <button
        type="button"
        className="button"
        data-testid="brief-print"
        disabled={waiting}
        onClick={() => window.print()}
      >
        {t('print')}
      </button>
      <button
        type="button"
        className="button brief-close"
        data-testid="brief-close"
        ref={closeButton}
        onClick={onClose}
      >
        {t('close')}
      </button>
    </div>
  );
}
