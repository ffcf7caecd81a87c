import { create } from 'zustand';
import type { Party } from '../../../shared/contract/parties';
import { AppError } from '../../../shared/contract/result';
import { call } from '../lib/api';
import type { PartyIncident, PartyPatch } from '../lib/contractTypes';
import { toUiError, type UiError } from '../lib/errors';

type PartiesState = {
  /** The Parties page's search. */
  text: string;
  results: Party[];
  nextCursor: string | null;
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: UiError | null;
  /** The party page. */
  party: Party | null;
  partyStatus: 'idle' | 'loading' | 'ready' | 'error';
  partyError: UiError | null;
  hasConflict: boolean;
  incidents: PartyIncident[];
  incidentsCursor: string | null;

  search: (text: string, more?: boolean) => Promise<void>;
  /** A one-off search for pickers (adding a party to an incident); it leaves the Parties page alone. */
  findParties: (text: string) => Promise<Party[]>;
  openParty: (id: string) => Promise<void>;
  loadMoreIncidents: () => Promise<void>;
  /** Saves against the version on screen; throws AppError for the form to show. */
  updateParty: (patch: PartyPatch) => Promise<void>;
};

export const initialPartiesState = {
  text: '',
  results: [],
  nextCursor: null,
  status: 'idle',
  error: null,
  party: null,
  partyStatus: 'idle',
  partyError: null,
  hasConflict: false,
  incidents: [],
  incidentsCursor: null,
} satisfies Partial<PartiesState>;

let searchGeneration = 0;

export const usePartiesStore = create<PartiesState>()((set, get) => ({
  ...initialPartiesState,

  search: async (text, more = false) => {
    const mine = more ? searchGeneration : ++searchGeneration;
    const cursor = more ? get().nextCursor : null;
    set({ text, status: 'loading', error: null });
    try {
      const page = await call('parties:search', { text, cursor });
      if (mine !== searchGeneration) return;
      set((s) => ({ results: more ? [...s.results, ...page.items] : page.items, nextCursor: page.nextCursor, status: 'ready' }));
    } catch (e) {
      if (mine === searchGeneration) set({ status: 'error', error: toUiError(e) });
    }
  },

  findParties: async (text) => (await call('parties:search', { text, limit: 20 })).items,

  openParty: async (id) => {
    set({ party: null, partyStatus: 'loading', partyError: null, hasConflict: false, incidents: [], incidentsCursor: null });
    try {
      const [party, page] = await Promise.all([call('parties:get', { id }), call('parties:incidents', { partyId: id })]);
      set({ party, partyStatus: 'ready', incidents: page.items, incidentsCursor: page.nextCursor });
    } catch (e) {
      set({ partyStatus: 'error', partyError: toUiError(e) });
    }
  },

  loadMoreIncidents: async () => {
    const { party, incidentsCursor } = get();
    if (!party || incidentsCursor === null) return;
    const page = await call('parties:incidents', { partyId: party.id, cursor: incidentsCursor });
    set((s) => ({ incidents: [...s.incidents, ...page.items], incidentsCursor: page.nextCursor }));
  },

  updateParty: async (patch) => {
    const { party } = get();
    if (!party) throw new AppError('NOT_FOUND', 'No party is open. Open one from the Parties page.');
    try {
      const updated = await call('parties:update', { id: party.id, version: party.version, patch });
      set({ party: updated, hasConflict: false });
    } catch (e) {
      if (e instanceof AppError && e.code === 'CONFLICT') set({ hasConflict: true });
      throw e;
    }
  },
}));
