import { create } from 'zustand';
import type { Output } from '../../../shared/contract';
import type { DueIncident, ErasurePlan, ErasureProposal, ErasureScope, LegalHold, RetentionSchedule } from '../../../shared/contract/retention';
import type { RetentionPeriods } from '../../../shared/domain/retentionSchedule';
import { call } from '../lib/api';
import { toUiError, type UiError } from '../lib/errors';

type RetentionState = {
  schedule: RetentionSchedule | null;
  due: DueIncident[];
  proposals: ErasureProposal[];
  holds: LegalHold[];
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: UiError | null;
  load: () => Promise<void>;
  setSchedule: (periods: RetentionPeriods) => Promise<RetentionSchedule>;
  preview: (scope: ErasureScope) => Promise<ErasurePlan>;
  propose: (scope: ErasureScope) => Promise<ErasureProposal>;
  confirm: (id: string) => Promise<Output<'erasures:confirm'>>;
  withdraw: (id: string) => Promise<void>;
  hold: (incidentId: string, reason: string) => Promise<void>;
  release: (holdId: string) => Promise<void>;
  /** Copies outside the live file (an administrator's): null until read. */
  copies: Output<'backups:outsideCopies'> | null;
  loadCopies: () => Promise<void>;
  /** Deletes the copies Casebook made in its own folders; returns their names. */
  deleteCopies: () => Promise<string[]>;
};

export const initialRetentionState = {
  schedule: null,
  due: [],
  proposals: [],
  holds: [],
  copies: null,
  status: 'idle',
  error: null,
} satisfies Partial<RetentionState>;

/** The retention schedule, what is due for review, the erasures awaiting a second account, and legal holds. */
export const useRetentionStore = create<RetentionState>()((set, get) => ({
  ...initialRetentionState,

  load: async () => {
    set({ status: 'loading', error: null });
    try {
      const [schedule, due, proposals, holds] = await Promise.all([
        call('retention:getSchedule', {}),
        call('retention:due', {}),
        call('erasures:list', {}),
        call('retention:holds', {}),
      ]);
      set({ schedule, due: due.incidents, proposals, holds, status: 'ready' });
    } catch (e) {
      set({ status: 'error', error: toUiError(e) });
    }
  },

  setSchedule: async (periods) => {
    const schedule = await call('retention:setSchedule', { periods });
    await get().load();
    return schedule;
  },

  preview: (scope) => call('erasures:preview', { scope }),

  propose: async (scope) => {
    const proposal = await call('erasures:propose', { scope });
    await get().load();
    return proposal;
  },

  confirm: async (id) => {
    const result = await call('erasures:confirm', { id });
    await get().load();
    // The copies made before it now hold data the register no longer does.
    if (get().copies !== null) await get().loadCopies();
    return result;
  },

  withdraw: async (id) => {
    await call('erasures:withdraw', { id });
    await get().load();
  },

  hold: async (incidentId, reason) => {
    await call('retention:hold', { subject: { type: 'incident', id: incidentId }, reason });
    await get().load();
  },

  release: async (holdId) => {
    await call('retention:release', { holdId });
    await get().load();
  },

  loadCopies: async () => {
    set({ copies: await call('backups:outsideCopies', {}) });
  },

  deleteCopies: async () => {
    const { deleted } = await call('backups:deleteCopies', {});
    await get().loadCopies();
    return deleted;
  },
}));
