import { create } from 'zustand';
import type { Session } from '../../../shared/contract/session';
import { call } from '../lib/api';
import { toUiError, type UiError } from '../lib/errors';

type SessionState = {
  session: Session | null;
  status: 'loading' | 'ready' | 'unauthorised' | 'error';
  error: UiError | null;
  load: () => Promise<void>;
  /** Loads the demo incidents; returns how many were added. */
  loadDemo: () => Promise<{ incidents: number; parties: number }>;
  /** Removes all demo data in one audited act; returns how much was removed. */
  removeDemo: () => Promise<{ incidents: number; parties: number }>;
};

export const initialSessionState = { session: null, status: 'loading', error: null } satisfies Partial<SessionState>;

export const useSessionStore = create<SessionState>()((set, get) => ({
  ...initialSessionState,

  load: async () => {
    try {
      const session = await call('session:get', {});
      set({ session, status: 'ready', error: null });
    } catch (e) {
      const error = toUiError(e);
      set({ status: error.code === 'FORBIDDEN' ? 'unauthorised' : 'error', error });
    }
  },

  loadDemo: async () => {
    const added = await call('demo:load', {});
    await get().load();
    return added;
  },

  removeDemo: async () => {
    const removed = await call('demo:remove', {});
    await get().load();
    return removed;
  },
}));
