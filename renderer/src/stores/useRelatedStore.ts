import { create } from 'zustand';
import type { Output } from '../../../shared/contract';
import { call } from '../lib/api';
import { toUiError, type UiError } from '../lib/errors';

export type RelatedGroup = Output<'incidents:related'>['groups'][number];

type RelatedState = {
  /** The incident the groups belong to, so a late answer for another incident is dropped. */
  incidentId: string | null;
  groups: RelatedGroup[];
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: UiError | null;
  /** Reads the incidents sharing a recipient domain, a sender or parties with this one. */
  load: (incidentId: string) => Promise<void>;
};

export const initialRelatedState = { incidentId: null, groups: [], status: 'idle', error: null } satisfies Partial<RelatedState>;

export const useRelatedStore = create<RelatedState>()((set, get) => ({
  ...initialRelatedState,

  load: async (incidentId) => {
    // Keep the groups on screen while the same incident is re-read; clear them for another one.
    set((s) => (s.incidentId === incidentId ? { status: 'loading', error: null } : { ...initialRelatedState, incidentId, status: 'loading' }));
    try {
      const { groups } = await call('incidents:related', { incidentId });
      if (get().incidentId === incidentId) set({ groups, status: 'ready' });
    } catch (e) {
      if (get().incidentId === incidentId) set({ status: 'error', error: toUiError(e) });
    }
  },
}));
