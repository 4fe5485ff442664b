import { useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useT, type Label } from '../../i18n/index.ts';
import { useAtlas } from '../../state/store.ts';
import { downloadFile } from '../download.ts';
import type { MadeFile } from '../../io/made-file.ts';
import './export-menu.css';

export interface ExportItem {
  /** data-testid of the item's button. */
  id: string;
  label: string;
  /** Shown greyed out (nothing to export). */
  disabled?: boolean;
  make: () => MadeFile | Promise<MadeFile>;
}

/** The menu's width and a margin (its min-width is 270px in export-menu.css). */
const MENU_WIDTH_PX = 300;

/** A failed export as a notice's label, with the error's own words. */
function exportFailed(e: unknown): Label {
  return { key: 'table:exportFailed', values: { message: e instanceof Error ? e.message : String(e) } };
}

export interface ExportGroup {
  title: string;
  items: ExportItem[];
}

/**
 * A button that opens a menu of exports, in groups (what) of items (format), under an optional
 * header (the coordinate system building exports are written in). Making a workbook
 * loads exceljs first; the item says so while it works. Closes on a choice, Escape or a click
 * elsewhere.
 */
export function ExportMenu({
  label,
  testId,
  groups,
  header,
}: {
  label: string;
  testId: string;
  groups: readonly ExportGroup[];
  header?: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  // Open towards the side with room: leftwards from a button near the right edge, else rightwards.
  const [alignLeft, setAlignLeft] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const { t } = useT('table');
  useDismiss(open, root, setOpen);
  const run = async (item: ExportItem): Promise<void> => {
    setBusy(item.id);
    try {
      downloadFile(await item.make());
      setOpen(false);
    } catch (e) {
      useAtlas.getState().addNotice({ id: `export:${item.id}`, tone: 'warn', message: exportFailed(e) });
    } finally {
      setBusy(null);
    }
  };
  return (
    <div className="export-menu" ref={root}>
      <button
        type="button"
        className="button small"
        data-testid={testId}
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => {
          setAlignLeft((root.current?.getBoundingClientRect().right ?? Infinity) < MENU_WIDTH_PX);
          setOpen(!open);
        }}
      >
        {label} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div
          className={alignLeft ? 'export-menu-list align-left' : 'export-menu-list'}
          role="menu"
          data-testid={`${testId}-list`}
        >
          {header}
          {groups.map((g) => (
            <div key={g.title} className="export-group" role="group" aria-label={g.title}>
              <p className="export-group-title">{g.title}</p>
              <div className="export-group-items">
                {g.items.map((item) => (
                  <button
                    key={item.id}
                    type="button"
                    role="menuitem"
                    className="button small"
                    data-testid={item.id}
                    disabled={item.disabled || busy !== null}
                    onClick={() => void run(item)}
                  >
                    {busy === item.id ? t('making') : item.label}
                  </button>
                ))}
              </div>
            </div>
          ))}
        </div>
      )}
    </div>
  );
}

/** Close an open menu on Escape or a press outside `root`. */
function useDismiss(open: boolean, root: RefObject<HTMLDivElement | null>, setOpen: (open: boolean) => void): void {
  useEffect(() => {
    if (!open) return;
    const outside = (e: MouseEvent): void => {
      if (root.current && !root.current.contains(e.target as Node)) setOpen(false);
    };
    const escape = (e: KeyboardEvent): void => {
      if (e.key === 'Escape') setOpen(false);
    };
    document.addEventListener('mousedown', outside);
    document.addEventListener('keydown', escape);
    return () => {
      document.removeEventListener('mousedown', outside);
      document.removeEventListener('keydown', escape);
    };
  }, [open, root, setOpen]);
}
