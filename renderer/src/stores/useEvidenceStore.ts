import { create } from 'zustand';
import type { Output } from '../../../shared/contract';
import { call } from '../lib/api';
import { toUiError, type UiError } from '../lib/errors';
import { uploadFile } from '../lib/uploadFile';

export type EvidenceItem = Output<'evidence:list'>['items'][number];
export type RemovedEvidence = Output<'evidence:list'>['removed'][number];
export type EvidenceCopy = Output<'evidence:export'>;

type EvidenceState = {
  incidentId: string | null;
  items: EvidenceItem[];
  removed: RemovedEvidence[];
  totalBytes: number;
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: UiError | null;

  /** The incident's evidence, its removed items' custody and the total size (the Evidence tab). */
  load: (incidentId: string) => Promise<void>;
  /** Hands the file to the core and keeps it as evidence; throws AppError (too large, already kept, closed…) for the form to show. */
  attach: (incidentId: string, file: File, description: string) => Promise<EvidenceItem>;
  /** A copy of an item to save, its bytes re-hashed by the core; the export is recorded when it is handed out. */
  exportCopy: (evidenceId: string) => Promise<EvidenceCopy>;
  /** Removes an attached file with a reason; throws AppError for the dialog to show. */
  remove: (evidenceId: string, reason: string) => Promise<void>;
  /** An image item's bytes for its thumbnail. */
  thumbnail: (evidenceId: string) => Promise<Output<'evidence:thumbnail'>>;
};

export const initialEvidenceState = {
  incidentId: null,
  items: [],
  removed: [],
  totalBytes: 0,
  status: 'idle',
  error: null,
} satisfies Partial<EvidenceState>;

export const useEvidenceStore = create<EvidenceState>()((set, get) => {
  const reload = (incidentId: string) => (get().incidentId === incidentId ? get().load(incidentId) : Promise.resolve());
  return {
    ...initialEvidenceState,

    load: async (incidentId) => {
      set((s) => ({ incidentId, status: 'loading', error: null, ...(s.incidentId === incidentId ? {} : { items: [], removed: [], totalBytes: 0 }) }));
      try {
        const { items, removed, totalBytes } = await call('evidence:list', { incidentId });
        if (get().incidentId === incidentId) set({ items, removed, totalBytes, status: 'ready' });
      } catch (e) {
        if (get().incidentId === incidentId) set({ status: 'error', error: toUiError(e) });
      }
    },

    attach: async (incidentId, file, description) => {
      const ref = await uploadFile(file);
      const item = await call('evidence:add', { incidentId, fileId: ref.fileId, description });
      await reload(incidentId);
      return item;
    },

    exportCopy: async (evidenceId) => {
      const copy = await call('evidence:export', { evidenceId });
      const { incidentId } = get();
      if (incidentId) void reload(incidentId);
      return copy;
    },

    remove: async (evidenceId, reason) => {
      await call('evidence:remove', { evidenceId, reason });
      const { incidentId } = get();
      if (incidentId) await reload(incidentId);
    },

    thumbnail: (evidenceId) => call('evidence:thumbnail', { evidenceId }),
  };
});
