import type { PowerMonitor } from 'electron';
import type { CoreClient } from '../core/host/coreClient';

/** How often the system's idle time is compared with the administrator's idle lock. */
export const IDLE_CHECK_MS = 30_000;

type Timers = { setInterval: (fn: () => void, ms: number) => unknown; clearInterval: (handle: never) => void };

/**
 * Locks the vault when the laptop is left: at once when the operating system locks the screen or suspends
 * (a lost laptop is usually a closed lid), and after the idle time set in Security settings, measured by
 * the system's own idle clock (keyboard and mouse anywhere, not only in Casebook). The idle time comes from
 * the core's state, asked for at each check. Returns a stop function.
 */
export function installPowerLock(
  monitor: Pick<PowerMonitor, 'on' | 'getSystemIdleTime'>,
  core: Pick<CoreClient, 'lock' | 'state'>,
  timers: Timers = globalThis,
): () => void {
  monitor.on('lock-screen', () => void core.lock('os'));
  monitor.on('suspend', () => void core.lock('os'));
  const check = async () => {
    const status = await core.state();
    if (status.ok && status.value.state === 'unlocked' && monitor.getSystemIdleTime() >= status.value.idleLockMinutes * 60) await core.lock('idle');
  };
  const handle = timers.setInterval(() => void check(), IDLE_CHECK_MS);
  // The check must never be what keeps a quitting process alive.
  (handle as { unref?: () => void }).unref?.();
  return () => timers.clearInterval(handle as never);
}
