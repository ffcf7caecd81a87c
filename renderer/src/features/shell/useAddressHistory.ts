import { useEffect } from 'react';
import { useIncidentsStore } from '../../stores/useIncidentsStore';
import { currentAddress, useUiStore } from '../../stores/useUiStore';

/**
 * Keeps the view and the address (`#/…`) in step while the register is open: the address named on
 * arrival is shown (a deep link, or where the officer was before a lock), Back and Forward are
 * followed, and a new register filter replaces the address rather than adding a history entry per key.
 * Alt+Left and Alt+Right are Back and Forward in the page itself, so they work in Electron too.
 */
export function useAddressHistory(): void {
  useEffect(() => {
    const { followAddress } = useUiStore.getState();
    followAddress();
    const onKeyDown = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
      event.preventDefault();
      if (event.key === 'ArrowLeft') window.history.back();
      else window.history.forward();
    };
    const unfollowFilter = useIncidentsStore.subscribe((incidents, before) => {
      const { route } = useUiStore.getState();
      if (route.page === 'register' && incidents.filter !== before.filter) window.history.replaceState(null, '', currentAddress(route));
    });
    // Traversing to an entry that differs only in its hash fires both events; the second finds nothing to do.
    window.addEventListener('popstate', followAddress);
    window.addEventListener('hashchange', followAddress);
    window.addEventListener('keydown', onKeyDown);
    return () => {
      unfollowFilter();
      window.removeEventListener('popstate', followAddress);
      window.removeEventListener('hashchange', followAddress);
      window.removeEventListener('keydown', onKeyDown);
    };
  }, []);
}
