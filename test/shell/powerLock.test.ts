import { describe, expect, it, vi } from 'vitest';
import { IDLE_CHECK_MS, installPowerLock } from '../../electron/main/powerLock';

function fakes(idleLockMinutes = 10) {
  const listeners = new Map<string, () => void>();
  let tick: () => void = () => undefined;
  const monitor = { idle: 0, on: vi.fn((event: string, fn: () => void) => void listeners.set(event, fn)), getSystemIdleTime: vi.fn(() => monitor.idle) };
  const status = { state: 'unlocked', idleLockMinutes };
  // The core's answers arrive later, over the worker's port, as Results.
  const vault = { lock: vi.fn(() => Promise.resolve({ ok: true, value: null })), state: vi.fn(() => Promise.resolve({ ok: true, value: status })) };
  const timers = { setInterval: vi.fn((fn: () => void, ms: number) => ((tick = fn), ms)), clearInterval: vi.fn() };
  const stop = installPowerLock(monitor as never, vault as never, timers);
  /** One idle check, with the core's answer awaited. */
  const check = async () => {
    tick();
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { listeners, monitor, vault, status, timers, stop, check };
}

describe('installPowerLock', () => {
  it('locks at once when the OS locks the screen or suspends', () => {
    const f = fakes();
    f.listeners.get('lock-screen')!();
    f.listeners.get('suspend')!();
    expect(f.vault.lock.mock.calls).toEqual([['os'], ['os']]);
  });

  it('checks the system idle time every 30 seconds against the idle lock the core reports', async () => {
    const f = fakes(3);
    expect(f.timers.setInterval).toHaveBeenCalledWith(expect.any(Function), IDLE_CHECK_MS);
    f.monitor.idle = 179;
    await f.check();
    expect(f.vault.lock).not.toHaveBeenCalled();
    f.monitor.idle = 180;
    await f.check();
    expect(f.vault.lock).toHaveBeenCalledWith('idle');
  });

  it('does nothing while already locked, and stops when asked', async () => {
    const f = fakes(1);
    f.status.state = 'locked';
    f.monitor.idle = 10_000;
    await f.check();
    expect(f.vault.lock).not.toHaveBeenCalled();
    f.stop();
    expect(f.timers.clearInterval).toHaveBeenCalledWith(IDLE_CHECK_MS);
  });
});
