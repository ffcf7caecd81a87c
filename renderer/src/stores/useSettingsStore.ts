import { create } from 'zustand';
import { DEFAULT_INTERNAL_REPORT_HOURS } from '../../../shared/domain/clocks';
import type { ClockSettings, Organisation } from '../../../shared/contract/settings';
import { call } from '../lib/api';
import { toUiError, type UiError } from '../lib/errors';

type SettingsState = {
  settings: ClockSettings | null;
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: UiError | null;
  load: () => Promise<void>;
  /** Saves the settings; throws AppError (with field issues) for the form to show. */
  update: (settings: ClockSettings) => Promise<ClockSettings>;
  /** The organisation (controller) and its DPO; null until read. */
  organisation: Organisation | null;
  organisationError: UiError | null;
  loadOrganisation: () => Promise<void>;
  /** Saves the organisation's details; throws AppError (with field issues) for the form to show. */
  updateOrganisation: (organisation: Organisation) => Promise<Organisation>;
};

export const initialSettingsState = {
  settings: null,
  status: 'idle',
  error: null,
  organisation: null,
  organisationError: null,
} satisfies Partial<SettingsState>;

export const useSettingsStore = create<SettingsState>()((set) => ({
  ...initialSettingsState,

  load: async () => {
    set({ status: 'loading', error: null });
    try {
      const settings = await call('settings:get', {});
      set({ settings, status: 'ready' });
    } catch (e) {
      set({ status: 'error', error: toUiError(e) });
    }
  },

  update: async (input) => {
    const settings = await call('settings:update', input);
    set({ settings, status: 'ready', error: null });
    return settings;
  },

  loadOrganisation: async () => {
    set({ organisationError: null });
    try {
      set({ organisation: await call('organisation:get', {}) });
    } catch (e) {
      set({ organisationError: toUiError(e) });
    }
  },

  updateOrganisation: async (input) => {
    const organisation = await call('organisation:update', input);
    set({ organisation, organisationError: null });
    return organisation;
  },
}));

/** The internal-report deadline in force; the default until the settings have been read. */
export const selectInternalReportHours = (s: SettingsState) => s.settings?.internalReportHours ?? DEFAULT_INTERNAL_REPORT_HOURS;
