import { create } from 'zustand';
import type { LOOKALIKE_EXPORT_FORMATS } from '../../../shared/contract/lookalikes';
import { NO_FILTERS, type Lookalike, type LookalikeFilters } from '../features/lookalikes/lookalikeFilter';
import { call } from '../lib/api';
import { toUiError, type UiError } from '../lib/errors';
import { saveGeneratedFile, type SaveOutcome } from '../lib/saveFile';

export type LookalikeExportFormat = (typeof LOOKALIKE_EXPORT_FORMATS)[number];

type LookalikesState = {
  /** The domains typed in; empty means every configured internal and partner domain. */
  domains: string[];
  /** The configured internal and partner domains, to say what "all" means; null until read. */
  configured: string[] | null;
  /** The domains the list on screen was generated for (the core's `sources`). */
  sources: string[];
  items: Lookalike[];
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: UiError | null;
  filters: LookalikeFilters;
  /** The format being exported, if any. */
  exporting: LookalikeExportFormat | null;
  setDomains: (domains: string[]) => void;
  loadConfigured: () => Promise<void>;
  generate: () => Promise<void>;
  setFilters: (patch: Partial<LookalikeFilters>) => void;
  /** Generates the file in `format` for the domains of the list on screen, then saves it. */
  exportList: (format: LookalikeExportFormat) => Promise<SaveOutcome>;
};

export const initialLookalikesState = {
  domains: [],
  configured: null,
  sources: [],
  items: [],
  status: 'idle',
  error: null,
  filters: NO_FILTERS,
  exporting: null,
} satisfies Partial<LookalikesState>;

// A slow answer for older domains never replaces the list for newer ones.
let generation = 0;

export const useLookalikesStore = create<LookalikesState>()((set, get) => ({
  ...initialLookalikesState,

  setDomains: (domains) => set({ domains }),

  loadConfigured: async () => {
    try {
      const lists = await call('domains:get', {});
      set({ configured: [...new Set([...lists.internal, ...lists.partners])] });
    } catch {
      // Only the hint depends on it: without the lists it says "every internal and partner domain in Settings",
      // and Generate reports any real failure itself.
      set({ configured: null });
    }
  },

  generate: async () => {
    const mine = ++generation;
    set({ status: 'loading', error: null });
    try {
      const { sources, items } = await call('lookalikes:generate', { domains: get().domains });
      if (mine === generation) set({ sources, items, status: 'ready' });
    } catch (e) {
      if (mine === generation) set({ status: 'error', error: toUiError(e) });
    }
  },

  setFilters: (patch) => set((s) => ({ filters: { ...s.filters, ...patch } })),

  exportList: async (format) => {
    set({ exporting: format });
    try {
      // The list on screen, not whatever has been typed since: what is exported is what was reviewed.
      const file = await call('lookalikes:export', { domains: get().sources, format });
      return await saveGeneratedFile(file);
    } catch (e) {
      return { saved: false, cancelled: false, message: toUiError(e).message };
    } finally {
      set({ exporting: null });
    }
  },
}));
