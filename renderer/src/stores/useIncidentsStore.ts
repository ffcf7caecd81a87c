import { create } from 'zustand';
import type { IncidentSummary, NewIncident, SortField } from '../../../shared/contract/incidents';
import type { Output } from '../../../shared/contract';
import { AppError } from '../../../shared/contract/result';
import { call } from '../lib/api';
import { toUiError, type UiError } from '../lib/errors';
import type { RegisterFilter } from '../lib/routes';

export type { RegisterFilter };
export type RegisterSort = { field: SortField; direction: 'asc' | 'desc' };

const PAGE_SIZE = 100;

type IncidentsState = {
  filter: RegisterFilter;
  sort: RegisterSort;
  rows: IncidentSummary[];
  total: number;
  nextCursor: string | null;
  status: 'idle' | 'loading' | 'ready' | 'error';
  isLoadingMore: boolean;
  error: UiError | null;
  /** Reloads the first page for the current filter and sort. */
  reload: () => Promise<void>;
  /** Appends the next keyset page, if there is one and none is already on its way. */
  loadMore: () => Promise<void>;
  setFilter: (patch: Partial<RegisterFilter>) => void;
  /** A second click on the sorted column reverses it; a new column starts in its natural direction. */
  toggleSort: (field: SortField) => void;
  /** Records a new incident; throws AppError (with field issues) for the form to show. */
  create: (incident: NewIncident) => Promise<Output<'incidents:create'>>;
  /** The id of the incident with this reference (an address names incidents by reference); throws NOT_FOUND in plain words. */
  idOfReference: (reference: string) => Promise<string>;
};

export const initialIncidentsState = {
  filter: { statuses: [], kinds: [], markings: [], text: '' },
  sort: { field: 'discoveredAt', direction: 'desc' },
  rows: [],
  total: 0,
  nextCursor: null,
  status: 'idle',
  isLoadingMore: false,
  error: null,
} satisfies Partial<IncidentsState>;

/** Newest and biggest first is what officers want from these columns; text columns read A→Z. */
const DESCENDING_FIRST: readonly SortField[] = ['discoveredAt', 'updatedAt', 'affectedCount', 'reference'];

// Each reload gets a number; a response for an older query is dropped so a slow page never overwrites a newer one.
let generation = 0;

export const useIncidentsStore = create<IncidentsState>()((set, get) => ({
  ...initialIncidentsState,

  reload: async () => {
    const mine = ++generation;
    const { filter, sort } = get();
    set({ status: 'loading', error: null, isLoadingMore: false });
    try {
      const page = await call('incidents:list', { filter, sort, cursor: null, limit: PAGE_SIZE });
      if (mine !== generation) return;
      set({ rows: page.items, total: page.total, nextCursor: page.nextCursor, status: 'ready' });
    } catch (e) {
      if (mine === generation) set({ status: 'error', error: toUiError(e) });
    }
  },

  loadMore: async () => {
    const { nextCursor, isLoadingMore, status, filter, sort } = get();
    if (nextCursor === null || isLoadingMore || status !== 'ready') return;
    const mine = generation;
    set({ isLoadingMore: true });
    try {
      const page = await call('incidents:list', { filter, sort, cursor: nextCursor, limit: PAGE_SIZE });
      if (mine !== generation) return;
      set((s) => ({ rows: [...s.rows, ...page.items], total: page.total, nextCursor: page.nextCursor, isLoadingMore: false }));
    } catch (e) {
      if (mine === generation) set({ isLoadingMore: false, error: toUiError(e) });
    }
  },

  setFilter: (patch) => {
    set((s) => ({ filter: { ...s.filter, ...patch } }));
    void get().reload();
  },

  toggleSort: (field) => {
    set((s) => ({
      sort:
        s.sort.field === field
          ? { field, direction: s.sort.direction === 'asc' ? 'desc' : 'asc' }
          : { field, direction: DESCENDING_FIRST.includes(field) ? 'desc' : 'asc' },
    }));
    void get().reload();
  },

  // The register reloads whenever it is shown, so there is nothing to merge here.
  create: (incident) => call('incidents:create', incident),

  // Found through the register's search, which indexes the reference with the title; only an exact match
  // counts, since a note quoting the reference matches too. The filter on screen is left alone.
  idOfReference: async (reference) => {
    const filter = { statuses: [], kinds: [], markings: [], text: reference };
    const page = await call('incidents:list', { filter, sort: { field: 'reference', direction: 'asc' }, limit: 500 });
    const match = page.items.find((incident) => incident.reference === reference);
    if (!match) throw new AppError('NOT_FOUND', `There is no incident ${reference} in this register. Check the reference, or find the incident in the register.`);
    return match.id;
  },
}));
