import { create } from 'zustand';
import type { AuditEntry } from '../../../shared/contract/audit';
import type { IncidentPatch, StatusChange } from '../../../shared/contract/incidents';
import type { Note } from '../../../shared/contract/notes';
import type { LinkedParty } from '../../../shared/contract/parties';
import { AppError } from '../../../shared/contract/result';
import { call } from '../lib/api';
import type { IncidentRecord, InvolvementRequest, LinkRequest, TransitionRequest } from '../lib/contractTypes';
import { toUiError, type UiError } from '../lib/errors';

type Paged<T> = { items: T[]; nextCursor: string | null; status: 'idle' | 'loading' | 'ready' | 'error'; error: UiError | null };
const emptyPage = <T>(): Paged<T> => ({ items: [], nextCursor: null, status: 'idle', error: null });

type IncidentState = {
  id: string | null;
  incident: IncidentRecord | null;
  statusHistory: StatusChange[];
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: UiError | null;
  /** Set when a save was refused because someone else changed the incident first. */
  hasConflict: boolean;
  parties: Paged<LinkedParty> & { total: number };
  notes: Paged<Note>;
  history: Paged<AuditEntry>;

  open: (id: string) => Promise<void>;
  reload: () => Promise<void>;
  /** Saves changed fields against the version on screen; throws AppError for the form to show. */
  update: (patch: IncidentPatch) => Promise<void>;
  /** Takes an incident another store's operation returned (e.g. recording the ICO report), if still open. */
  replaceIncident: (incident: IncidentRecord) => void;
  /** Marks the open incident as changed by someone else (a save against its version was refused). */
  markConflict: () => void;
  transition: (request: TransitionRequest) => Promise<void>;
  /** Confirms the decisions flagged for review after a re-assessment, against the version on screen. */
  confirmDecisions: () => Promise<void>;
  loadParties: (more?: boolean) => Promise<void>;
  link: (request: LinkRequest) => Promise<void>;
  updateInvolvement: (partyId: string, version: number, involvement: InvolvementRequest) => Promise<void>;
  unlink: (partyId: string, version: number) => Promise<void>;
  loadNotes: (more?: boolean) => Promise<void>;
  addNote: (body: string) => Promise<void>;
  loadHistory: (more?: boolean) => Promise<void>;
};

export const initialIncidentState = {
  id: null,
  incident: null,
  statusHistory: [],
  status: 'idle',
  error: null,
  hasConflict: false,
  parties: { ...emptyPage<LinkedParty>(), total: 0 },
  notes: emptyPage<Note>(),
  history: emptyPage<AuditEntry>(),
} satisfies Partial<IncidentState>;

export const useIncidentStore = create<IncidentState>()((set, get) => {
  /** The open incident's id, or an error if none is open (a bug: pages only call this with one open). */
  const currentId = () => {
    const { id } = get();
    if (id === null) throw new AppError('NOT_FOUND', 'No incident is open. Open one from the register.');
    return id;
  };
  const currentVersion = () => {
    const { incident } = get();
    if (incident === null) throw new AppError('NOT_FOUND', 'No incident is open. Open one from the register.');
    return incident.version;
  };
  /** Drops a response that arrives after the officer has moved to another incident. */
  const stillOpen = (id: string) => get().id === id;
  const onConflict = (e: unknown) => {
    if (e instanceof AppError && e.code === 'CONFLICT') set({ hasConflict: true });
    throw e;
  };

  return {
    ...initialIncidentState,

    open: async (id) => {
      set({ ...initialIncidentState, id, status: 'loading' });
      await get().reload();
    },

    reload: async () => {
      const id = currentId();
      try {
        const { incident, statusHistory } = await call('incidents:get', { id });
        if (stillOpen(id)) set({ incident, statusHistory, status: 'ready', error: null, hasConflict: false });
      } catch (e) {
        if (stillOpen(id)) set({ status: 'error', error: toUiError(e) });
      }
    },

    update: async (patch) => {
      const id = currentId();
      const incident = await call('incidents:update', { id, version: currentVersion(), patch }).catch(onConflict);
      if (stillOpen(id)) set({ incident, hasConflict: false });
    },

    replaceIncident: (incident) => {
      if (stillOpen(incident.id)) set({ incident, hasConflict: false });
    },

    markConflict: () => set({ hasConflict: true }),

    transition: async (request) => {
      const id = currentId();
      await call('incidents:transition', { id, version: currentVersion(), ...request }).catch(onConflict);
      if (stillOpen(id)) await get().reload();
    },

    confirmDecisions: async () => {
      const id = currentId();
      const incident = await call('incidents:confirmDecisions', { id, version: currentVersion() }).catch(onConflict);
      if (stillOpen(id)) set({ incident, hasConflict: false });
    },

    loadParties: async (more = false) => {
      const id = currentId();
      const cursor = more ? get().parties.nextCursor : null;
      set((s) => ({ parties: { ...s.parties, status: 'loading', error: null } }));
      try {
        const page = await call('involvements:list', { incidentId: id, cursor });
        if (!stillOpen(id)) return;
        set((s) => ({
          parties: {
            items: more ? [...s.parties.items, ...page.items] : page.items,
            nextCursor: page.nextCursor,
            total: page.total,
            status: 'ready',
            error: null,
          },
        }));
      } catch (e) {
        if (stillOpen(id)) set((s) => ({ parties: { ...s.parties, status: 'error', error: toUiError(e) } }));
      }
    },

    link: async (request) => {
      const id = currentId();
      await call('involvements:link', { incidentId: id, ...request });
      // Counts in the header and the party list both change: fetch both rather than patch them by hand.
      await Promise.all([get().reload(), get().loadParties()]);
    },

    updateInvolvement: async (partyId, version, involvement) => {
      const id = currentId();
      await call('involvements:update', { incidentId: id, partyId, version, involvement });
      await Promise.all([get().reload(), get().loadParties()]);
    },

    unlink: async (partyId, version) => {
      const id = currentId();
      await call('involvements:unlink', { incidentId: id, partyId, version });
      await Promise.all([get().reload(), get().loadParties()]);
    },

    loadNotes: async (more = false) => {
      const id = currentId();
      const cursor = more ? get().notes.nextCursor : null;
      set((s) => ({ notes: { ...s.notes, status: 'loading', error: null } }));
      try {
        const page = await call('notes:list', { incidentId: id, cursor });
        if (!stillOpen(id)) return;
        set((s) => ({
          notes: { items: more ? [...s.notes.items, ...page.items] : page.items, nextCursor: page.nextCursor, status: 'ready', error: null },
        }));
      } catch (e) {
        if (stillOpen(id)) set((s) => ({ notes: { ...s.notes, status: 'error', error: toUiError(e) } }));
      }
    },

    addNote: async (body) => {
      const id = currentId();
      const note = await call('notes:add', { incidentId: id, body });
      if (stillOpen(id)) set((s) => ({ notes: { ...s.notes, items: [note, ...s.notes.items] } }));
    },

    loadHistory: async (more = false) => {
      const id = currentId();
      const cursor = more ? get().history.nextCursor : null;
      set((s) => ({ history: { ...s.history, status: 'loading', error: null } }));
      try {
        const page = await call('incidents:history', { id, cursor });
        if (!stillOpen(id)) return;
        set((s) => ({
          history: { items: more ? [...s.history.items, ...page.items] : page.items, nextCursor: page.nextCursor, status: 'ready', error: null },
        }));
      } catch (e) {
        if (stillOpen(id)) set((s) => ({ history: { ...s.history, status: 'error', error: toUiError(e) } }));
      }
    },
  };
});
