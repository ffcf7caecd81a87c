import { create } from 'zustand';
import type { DomainSettings } from '../../../shared/contract/domains';
import type { Output } from '../../../shared/contract';
import { call } from '../lib/api';
import { toUiError, type UiError } from '../lib/errors';

export type DomainSettingsView = Output<'domains:get'>;

type DomainsState = {
  /** The department's internal and trusted partner domains, with the suggested defaults; null until read. */
  view: DomainSettingsView | null;
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: UiError | null;
  load: () => Promise<void>;
  /** Replaces both lists; throws AppError (with issues such as `partners.3`) for the form to show. */
  update: (settings: DomainSettings) => Promise<DomainSettingsView>;
};

export const initialDomainsState = { view: null, status: 'idle', error: null } satisfies Partial<DomainsState>;

export const useDomainsStore = create<DomainsState>()((set) => ({
  ...initialDomainsState,

  load: async () => {
    set({ status: 'loading', error: null });
    try {
      set({ view: await call('domains:get', {}), status: 'ready' });
    } catch (e) {
      set({ status: 'error', error: toUiError(e) });
    }
  },

  update: async (settings) => {
    const view = await call('domains:update', settings);
    set({ view, status: 'ready', error: null });
    return view;
  },
}));
