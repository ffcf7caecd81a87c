import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** The idle timer, driven by fake timers and a plain EventTarget (loaded by a path tsc does not follow). */
type StartIdleLock = (minutes: number, onIdle: () => void, target: EventTarget) => () => void;
let startIdleLock: StartIdleLock;

describe('the idle lock', () => {
  beforeEach(async () => {
    vi.useFakeTimers();
    const path = '../../renderer/src/lib/idleLock';
    ({ startIdleLock } = (await import(/* @vite-ignore */ path)) as { startIdleLock: StartIdleLock });
  });
  afterEach(() => vi.useRealTimers());

  it('locks once after the idle time with nobody at the keyboard', () => {
    const onIdle = vi.fn();
    startIdleLock(10, onIdle, new EventTarget());
    vi.advanceTimersByTime(10 * 60_000 - 1);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onIdle).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(60 * 60_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('counts the idle time from the last key or pointer movement', () => {
    const onIdle = vi.fn();
    const page = new EventTarget();
    startIdleLock(1, onIdle, page);
    vi.advanceTimersByTime(50_000);
    page.dispatchEvent(new Event('keydown'));
    vi.advanceTimersByTime(50_000);
    page.dispatchEvent(new Event('pointermove'));
    vi.advanceTimersByTime(59_000);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('never fires once stopped (logged out, or a new idle time set)', () => {
    const onIdle = vi.fn();
    const stop = startIdleLock(1, onIdle, new EventTarget());
    stop();
    vi.advanceTimersByTime(5 * 60_000);
    expect(onIdle).not.toHaveBeenCalled();
  });
});
