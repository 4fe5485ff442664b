import { describe, expect, test } from 'vitest';
import { idleFrames } from '../../../src/map/idle-frames.ts';

/** A hand-driven clock, frame queue and timer queue. */
function fakeClock() {
  let t = 0;
  let ids = 0;
  const frames = new Map<number, FrameRequestCallback>();
  const timers = new Map<number, { at: number; run: () => void }>();
  return {
    now: () => t,
    frame: (cb: FrameRequestCallback) => (frames.set(++ids, cb), ids),
    cancelFrame: (id: number) => void frames.delete(id),
    timer: (run: () => void, ms: number) => (timers.set(++ids, { at: t + ms, run }), ids) as never,
    cancelTimer: (id: unknown) => void timers.delete(id as number),
    /** Move the clock on, running due timers. */
    advance(ms: number) {
      t += ms;
      for (const [id, x] of [...timers]) {
        if (x.at > t) continue;
        timers.delete(id);
        x.run();
      }
    },
    /** Draw one display frame: run the frame callbacks waiting now. */
    drawFrame() {
      const due = [...frames];
      frames.clear();
      for (const [, cb] of due) cb(t);
      return due.length;
    },
    pendingFrames: () => frames.size,
    pendingTimers: () => timers.size,
  };
}

/** Move the clock one display frame on and draw it. */
function step(c: ReturnType<typeof fakeClock>, ms: number): void {
  c.advance(ms);
  c.drawFrame();
}

/** An animation loop like luma.gl's: each frame asks for the next. */
function loop(frames: ReturnType<typeof idleFrames>) {
  let ran = 0;
  const tick = () => {
    ran++;
    frames.requestAnimationFrame(tick);
  };
  frames.requestAnimationFrame(tick);
  return () => ran;
}

describe('idleFrames', () => {
  test('full rate while awake, then one frame per idle tick, and full rate again on wake()', () => {
    const c = fakeClock();
    const frames = idleFrames({ awakeMs: 1000, idleMs: 250, ...c });
    const ran = loop(frames);
    // Awake: every display frame runs the loop.
    for (let i = 0; i < 10; i++) step(c, 16);
    expect(ran()).toBe(10);
    // Past the awake second: display frames find nothing to run until the idle tick.
    c.advance(1000);
    c.drawFrame();
    const before = ran();
    for (let i = 0; i < 10; i++) step(c, 16);
    expect(ran()).toBe(before);
    expect(c.pendingFrames()).toBe(0);
    expect(c.pendingTimers()).toBe(1);
    c.advance(250);
    c.drawFrame();
    expect(ran()).toBe(before + 1);
    // One second idle: four frames, not sixty.
    const idleStart = ran();
    for (let i = 0; i < 60; i++) step(c, 1000 / 60);
    expect(ran() - idleStart).toBeGreaterThanOrEqual(3);
    expect(ran() - idleStart).toBeLessThanOrEqual(4);
    // wake(): the waiting frame comes at the next display frame, and the rate is full again.
    frames.wake();
    expect(c.pendingTimers()).toBe(0);
    const woken = ran();
    for (let i = 0; i < 10; i++) step(c, 16);
    expect(ran()).toBe(woken + 10);
  });

  test('cancelAnimationFrame drops the waiting request, whether it waits on a frame or a tick', () => {
    const c = fakeClock();
    const frames = idleFrames({ awakeMs: 100, idleMs: 250, ...c });
    let ran = 0;
    const id = frames.requestAnimationFrame(() => ran++);
    frames.cancelAnimationFrame(id);
    expect(c.drawFrame()).toBe(0);
    c.advance(200);
    const idle = frames.requestAnimationFrame(() => ran++);
    expect(c.pendingTimers()).toBe(1);
    frames.cancelAnimationFrame(idle);
    expect(c.pendingTimers()).toBe(0);
    c.advance(500);
    c.drawFrame();
    expect(ran).toBe(0);
    // An old id does not cancel a newer request.
    const next = frames.requestAnimationFrame(() => ran++);
    frames.cancelAnimationFrame(idle);
    frames.wake();
    c.drawFrame();
    expect(ran).toBe(1);
    expect(next).not.toBe(idle);
  });
});
