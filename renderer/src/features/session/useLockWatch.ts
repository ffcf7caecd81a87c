import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { subscribeToCoreEvents } from '../../lib/coreEvents';
import { startIdleLock } from '../../lib/idleLock';
import { onLockedAnswer } from '../../lib/lockedAnswers';
import { useAuthStore } from '../../stores/useAuthStore';

/**
 * While someone is logged in: locks after the administrator's idle time, and clears the screen at once
 * when the core locks on its own (the operating system locked or suspended, or another window idled) —
 * told by its event, or by any call answering LOCKED.
 */
export function useLockWatch(isLoggedIn: boolean): void {
  const idleLockMinutes = useAuthStore((s) => s.auth?.idleLockMinutes ?? 0);
  const lock = useAuthStore((s) => s.lock);
  const lockedByCore = useAuthStore((s) => s.lockedByCore);

  // Toasts outlive the page that raised them and may name records: none stays in front of the lock screen.
  useEffect(() => {
    if (!isLoggedIn) notifications.clean();
  }, [isLoggedIn]);

  useEffect(() => {
    if (!isLoggedIn || idleLockMinutes <= 0) return;
    return startIdleLock(idleLockMinutes, () => void lock());
  }, [isLoggedIn, idleLockMinutes, lock]);

  useEffect(() => {
    if (!isLoggedIn) return;
    const stopEvents = subscribeToCoreEvents((event) => {
      if (event.type === 'session:locked') lockedByCore();
    });
    const stopAnswers = onLockedAnswer(lockedByCore);
    return () => {
      stopEvents();
      stopAnswers();
    };
  }, [isLoggedIn, lockedByCore]);
}
