/**
 * A modal dialog under React's StrictMode, as the dev server (`npm start`) runs the app: mounted,
 * unmounted and mounted again, it must stay open — the 年度计划 dialog used to close the moment it
 * opened there, taking the unmount's close event for the user's (issue 13).
 */
import { createElement, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { useModalDialog } from '../../src/ui/use-modal-dialog.ts';

function Dialog({ onClosed }: { onClosed: () => void }) {
  const { ref, onClose } = useModalDialog(onClosed);
  return createElement('dialog', { ref, onClose, 'data-testid': 'd' }, 'x');
}

const frames = (n: number) =>
  new Promise<void>((r) => (n <= 0 ? r() : requestAnimationFrame(() => frames(n - 1).then(r))));

describe('useModalDialog under StrictMode', () => {
  it('opens and stays open; closing it by hand is passed on once', async () => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    const host = document.body.appendChild(document.createElement('div'));
    const root = createRoot(host);
    let closed = 0;
    await act(async () =>
      root.render(createElement(StrictMode, null, createElement(Dialog, { onClosed: () => closed++ }))),
    );
    await frames(3);
    const dialog = document.querySelector<HTMLDialogElement>('[data-testid="d"]')!;
    expect([dialog.open, closed]).toEqual([true, 0]);
    await act(async () => dialog.close());
    await frames(3);
    expect(closed).toBe(1);
    await act(async () => root.unmount());
    host.remove();
  });
});
