import { create } from 'zustand';

export type IncidentTab = 'details' | 'ico' | 'parties' | 'assessment' | 'decisions' | 'notifications' | 'actions' | 'notes' | 'email' | 'related' | 'history';

/**
 * Where the officer is. Casebook routes inside the page rather than through the URL: the harness's
 * token lives in the URL, and Electron denies navigation altogether.
 */
export type Route =
  | { page: 'dashboard' }
  | { page: 'register' }
  | { page: 'newIncident' }
  | { page: 'incident'; id: string; tab: IncidentTab }
  | { page: 'parties' }
  | { page: 'party'; id: string }
  | { page: 'reports' }
  | { page: 'gatewayImport' }
  | { page: 'lookalikes' }
  | { page: 'settings' }
  | { page: 'accounts' };

type UiState = {
  route: Route;
  navigate: (route: Route) => void;
  openIncident: (id: string, tab?: IncidentTab) => void;
  setIncidentTab: (tab: IncidentTab) => void;
};

/** The dashboard is home: what is running out comes before the whole register. */
export const initialUiState = { route: { page: 'dashboard' } } satisfies Partial<UiState>;

export const useUiStore = create<UiState>()((set) => ({
  ...initialUiState,
  navigate: (route) => set({ route }),
  openIncident: (id, tab = 'details') => set({ route: { page: 'incident', id, tab } }),
  setIncidentTab: (tab) => set((s) => (s.route.page === 'incident' ? { route: { ...s.route, tab } } : s)),
}));
