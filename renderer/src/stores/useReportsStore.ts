import { create } from 'zustand';
import type { ReportFormat, ReportRequest } from '../../../shared/contract/reports';
import type { Output } from '../../../shared/contract';
import { call } from '../lib/api';
import { toUiError, type UiError } from '../lib/errors';
import { saveGeneratedFile } from '../lib/saveFile';

export type ReportPreview = Output<'reports:preview'>;

/** What one save came to, for the toast: the files saved, or why not. */
export type SaveReport =
  | { outcome: 'saved'; files: { fileName: string; path: string | null }[] }
  | { outcome: 'cancelled'; files: { fileName: string; path: string | null }[] }
  | { outcome: 'failed'; message: string; files: { fileName: string; path: string | null }[] };

type ReportsState = {
  /** The request the preview shows. */
  previewed: ReportRequest | null;
  preview: ReportPreview | null;
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: UiError | null;
  /** The format being generated and saved, if any. */
  saving: ReportFormat | null;
  /** Asks the core what the report will say. */
  loadPreview: (request: ReportRequest) => Promise<void>;
  /** Generates the report in `format` (recorded in the audit trail) and saves each file it makes. */
  save: (request: ReportRequest, format: ReportFormat) => Promise<SaveReport>;
  reset: () => void;
};

export const initialReportsState = {
  previewed: null,
  preview: null,
  status: 'idle',
  error: null,
  saving: null,
} satisfies Partial<ReportsState>;

// A slow preview for an older request never overwrites a newer one.
let generation = 0;

export const useReportsStore = create<ReportsState>()((set, get) => ({
  ...initialReportsState,

  loadPreview: async (request) => {
    const mine = ++generation;
    set({ status: 'loading', error: null, previewed: request });
    try {
      const preview = await call('reports:preview', request);
      if (mine === generation) set({ preview, status: 'ready' });
    } catch (e) {
      if (mine === generation) set({ status: 'error', error: toUiError(e), preview: null });
    }
  },

  save: async (request, format) => {
    if (get().saving) return { outcome: 'failed', message: 'A report is already being saved. Wait for it to finish.', files: [] };
    set({ saving: format });
    const saved: { fileName: string; path: string | null }[] = [];
    try {
      const { files } = await call('reports:generate', { request, format });
      for (const file of files) {
        const outcome = await saveGeneratedFile(file);
        if (outcome.saved) saved.push({ fileName: outcome.fileName, path: outcome.path });
        else if (outcome.cancelled) return { outcome: 'cancelled', files: saved };
        else return { outcome: 'failed', message: outcome.message, files: saved };
      }
      return { outcome: 'saved', files: saved };
    } catch (e) {
      return { outcome: 'failed', message: toUiError(e).message, files: saved };
    } finally {
      set({ saving: null });
    }
  },

  reset: () => {
    generation++;
    set(initialReportsState);
  },
}));
