import { create } from 'zustand';
import type { Dashboard } from '../../../shared/contract/dashboard';
import { call } from '../lib/api';
import { toUiError, type UiError } from '../lib/errors';

/** The months of history the dashboard's statistics cover. */
export const DASHBOARD_MONTHS = 12;

type DashboardState = {
  dashboard: Dashboard | null;
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: UiError | null;
  /** When it was last read, so the officer can tell how fresh the figures are. */
  loadedAt: number | null;
  load: () => Promise<void>;
};

export const initialDashboardState = { dashboard: null, status: 'idle', error: null, loadedAt: null } satisfies Partial<DashboardState>;

let generation = 0;

export const useDashboardStore = create<DashboardState>()((set) => ({
  ...initialDashboardState,

  load: async () => {
    const mine = ++generation;
    set({ status: 'loading', error: null });
    try {
      const dashboard = await call('dashboard:get', { months: DASHBOARD_MONTHS });
      if (mine === generation) set({ dashboard, status: 'ready', loadedAt: Date.now() });
    } catch (e) {
      if (mine === generation) set({ status: 'error', error: toUiError(e) });
    }
  },
}));
