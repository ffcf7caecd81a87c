import { create } from 'zustand';
import { mayLeave } from '../lib/leaveGuard';
import { formatRoute, isSameView, parseRoute, type IncidentTab, type Route } from '../lib/routes';
import { useIncidentsStore } from './useIncidentsStore';

export type { IncidentTab, Route } from '../lib/routes';

type UiState = {
  route: Route;
  /**
   * Set when the view changes, cleared by the heading that takes focus on arrival: a screen reader
   * then announces the new page, and the first load leaves focus where the browser put it.
   */
  isHeadingFocusDue: boolean;
  /** Goes to a view with a new history entry, once any unsaved form agrees to be left. */
  navigate: (route: Route) => void;
  openIncident: (reference: string, tab?: IncidentTab) => void;
  setIncidentTab: (tab: IncidentTab) => void;
  /** Follows the address after Back, Forward or an edited hash; an unsaved form that refuses puts the address back. */
  followAddress: () => void;
};

/** The dashboard is home: what is running out comes before the whole register. */
export const initialUiState = { route: { page: 'dashboard' }, isHeadingFocusDue: false } satisfies Partial<UiState>;

/** The address of what is on screen; a register's carries the register's current filter. */
export function currentAddress(route: Route): string {
  return formatRoute(route.page === 'register' ? { page: 'register', filter: useIncidentsStore.getState().filter } : route);
}

/** A register route brings its filter to the register store; the UI store keeps only where the officer is. */
function arrive(route: Route, isOnRegister: boolean): Route {
  if (route.page !== 'register' || !route.filter) return route;
  const incidents = useIncidentsStore.getState();
  // On the register already, the list must be re-read; arriving, the register page reads it as it mounts.
  if (isOnRegister) incidents.setFilter(route.filter);
  else useIncidentsStore.setState({ filter: route.filter });
  return { page: 'register' };
}

export const useUiStore = create<UiState>()((set, get) => {
  const go = (route: Route) => {
    const current = get().route;
    if (route.page === 'register' ? current.page === 'register' && !route.filter : formatRoute(route) === formatRoute(current)) return;
    if (!mayLeave()) return;
    const isNewView = !isSameView(route, current);
    const next = arrive(route, current.page === 'register');
    window.history.pushState(null, '', currentAddress(next));
    set({ route: next, isHeadingFocusDue: get().isHeadingFocusDue || isNewView });
  };

  return {
    ...initialUiState,
    navigate: go,
    openIncident: (reference, tab = 'details') => go({ page: 'incident', reference, tab }),
    setIncidentTab: (tab) => {
      const { route } = get();
      if (route.page === 'incident' && route.tab !== tab) go({ ...route, tab });
    },
    followAddress: () => {
      const current = get().route;
      const route = parseRoute(window.location.hash);
      if (window.location.hash === currentAddress(current)) return;
      if (!mayLeave()) {
        // Refused: the address goes back to what is on screen, without a new history entry.
        window.history.replaceState(null, '', currentAddress(current));
        return;
      }
      const next = arrive(route, current.page === 'register');
      set({ route: next, isHeadingFocusDue: get().isHeadingFocusDue || !isSameView(next, current) });
      // A garbage address shows the dashboard, and says so.
      if (window.location.hash !== currentAddress(next)) window.history.replaceState(null, '', currentAddress(next));
    },
  };
});
