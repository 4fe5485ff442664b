/**
 * deck.gl's animation loop asks for a frame at the display's rate even while nothing moves (deck.gl
 * issue #9084, "very power hungry when idle"), and each of those empty frames costs the GPU process
 * work: measured in Chromium with its software renderer, about 0.6 of a core while the map stands
 * still — a laptop's fan in a meeting, and a third of a two-core test machine. This frame provider
 * keeps the loop at full rate while something happens (a map event, new layers: wake()) and for a
 * second after, then lets it tick four times a second, which still picks up deck.gl's own late work
 * (a font atlas loaded, an attribute transition) within a quarter of a second.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

/** luma.gl's AnimationLoop `animationFrameProvider`, with a wake-up call. */
export interface IdleFrames {
  requestAnimationFrame(callback: FrameRequestCallback): number;
  cancelAnimationFrame(id: number): void;
  /** Something happened: frames at full rate again, now and for `awakeMs`. */
  wake(): void;
}

export interface IdleFramesOptions {
  /** How long frames stay at full rate after the last wake(). */
  awakeMs?: number;
  /** How often an idle loop still gets a frame. */
  idleMs?: number;
  /** The clock and the frame and timer functions (a test passes its own). */
  now?: () => number;
  frame?: (callback: FrameRequestCallback) => number;
  cancelFrame?: (id: number) => void;
  timer?: (run: () => void, ms: number) => ReturnType<typeof setTimeout>;
  cancelTimer?: (id: ReturnType<typeof setTimeout>) => void;
}

/**
 * A frame provider for one animation loop (it holds one pending frame at a time, as the loop does).
 * @example new MapboxOverlay({ ...props, animationFrameProvider: idleFrames() })
 */
export function idleFrames(opts: IdleFramesOptions = {}): IdleFrames {
  const awakeMs = opts.awakeMs ?? 1000;
  const idleMs = opts.idleMs ?? 250;
  const now = opts.now ?? (() => performance.now());
  const frame = opts.frame ?? ((cb: FrameRequestCallback) => window.requestAnimationFrame(cb));
  const cancelFrame = opts.cancelFrame ?? ((id: number) => window.cancelAnimationFrame(id));
  const timer = opts.timer ?? ((run: () => void, ms: number) => setTimeout(run, ms));
  const cancelTimer = opts.cancelTimer ?? ((id: ReturnType<typeof setTimeout>) => clearTimeout(id));

  let awakeUntil = now() + awakeMs;
  let nextId = 1;
  // The one pending request: its id, its callback, and how it waits (a frame, or a timer first).
  let pending: { id: number; callback: FrameRequestCallback } | null = null;
  let frameId: number | null = null;
  let timerId: ReturnType<typeof setTimeout> | null = null;

  const clear = () => {
    if (frameId !== null) cancelFrame(frameId);
    if (timerId !== null) cancelTimer(timerId);
    frameId = null;
    timerId = null;
  };
  const runInFrame = () => {
    timerId = null;
    frameId = frame((time) => {
      frameId = null;
      const p = pending;
      pending = null;
      p?.callback(time);
    });
  };

  return {
    requestAnimationFrame(callback) {
      clear();
      pending = { id: nextId++, callback };
      if (now() < awakeUntil) runInFrame();
      else timerId = timer(runInFrame, idleMs);
      return pending.id;
    },
    cancelAnimationFrame(id) {
      if (pending?.id !== id) return;
      clear();
      pending = null;
    },
    wake() {
      awakeUntil = now() + awakeMs;
      // A loop waiting out its idle tick gets its frame at once.
      if (pending && timerId !== null) {
        cancelTimer(timerId);
        runInFrame();
      }
    },
  };
}

/** The map events after which deck.gl may have work: anything drawn, moved, pointed at or resized. */
const WAKING_EVENTS = ['render', 'move', 'resize', 'mousemove', 'mousedown', 'mouseup', 'mouseout', 'wheel'] as const;

/** Wake `frames` on every map event that can give deck.gl work (hover picking, a redraw, a move). */
export function wakeOnMapEvents(map: Pick<MapLibreMap, 'on'>, frames: IdleFrames): void {
  for (const type of WAKING_EVENTS) map.on(type, () => frames.wake());
}
