import type { PowerMonitor } from 'electron';
import type { Vault } from '../core/vault/vault';

/** How often the system's idle time is compared with the administrator's idle lock. */
export const IDLE_CHECK_MS = 30_000;

type Timers = { setInterval: (fn: () => void, ms: number) => unknown; clearInterval: (handle: never) => void };

/**
 * Locks the vault when the laptop is left: at once when the operating system locks the screen or suspends
 * (a lost laptop is usually a closed lid), and after the idle time set in Security settings, measured by
 * the system's own idle clock (keyboard and mouse anywhere, not only in Casebook). Returns a stop function.
 */
export function installPowerLock(monitor: Pick<PowerMonitor, 'on' | 'getSystemIdleTime'>, vault: Pick<Vault, 'lock' | 'state'>, timers: Timers = globalThis): () => void {
  monitor.on('lock-screen', () => vault.lock('os'));
  monitor.on('suspend', () => vault.lock('os'));
  const handle = timers.setInterval(() => {
    const status = vault.state();
    if (status.state === 'unlocked' && monitor.getSystemIdleTime() >= status.idleLockMinutes * 60) vault.lock('idle');
  }, IDLE_CHECK_MS);
  // The check must never be what keeps a quitting process alive.
  (handle as { unref?: () => void }).unref?.();
  return () => timers.clearInterval(handle as never);
}
