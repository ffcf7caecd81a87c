import { useEffect } from 'react';
import { subscribeToCoreEvents } from '../../lib/coreEvents';
import { startIdleLock } from '../../lib/idleLock';
import { useAuthStore } from '../../stores/useAuthStore';

/**
 * While someone is logged in: locks after the administrator's idle time, and clears the screen at once
 * when the core locks on its own (the operating system locked or suspended, or another window idled).
 */
export function useLockWatch(isLoggedIn: boolean): void {
  const idleLockMinutes = useAuthStore((s) => s.auth?.idleLockMinutes ?? 0);
  const lock = useAuthStore((s) => s.lock);
  const lockedByCore = useAuthStore((s) => s.lockedByCore);

  useEffect(() => {
    if (!isLoggedIn || idleLockMinutes <= 0) return;
    return startIdleLock(idleLockMinutes, () => void lock());
  }, [isLoggedIn, idleLockMinutes, lock]);

  useEffect(() => {
    if (!isLoggedIn) return;
    return subscribeToCoreEvents((event) => {
      if (event.type === 'session:locked') lockedByCore();
    });
  }, [isLoggedIn, lockedByCore]);
}
