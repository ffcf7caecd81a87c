import { create } from 'zustand';
import type { AuditVerification } from '../../../shared/contract/audit';
import { call } from '../lib/api';
import { toUiError, type UiError } from '../lib/errors';

type AuditState = {
  verification: AuditVerification | null;
  /** When the last verification ran, so the officer can tell a fresh answer from an old one. */
  verifiedAt: number | null;
  status: 'idle' | 'verifying' | 'ready' | 'error';
  error: UiError | null;
  /** Re-computes the whole hash chain. */
  verify: () => Promise<void>;
};

export const initialAuditState = { verification: null, verifiedAt: null, status: 'idle', error: null } satisfies Partial<AuditState>;

export const useAuditStore = create<AuditState>()((set) => ({
  ...initialAuditState,
  verify: async () => {
    set({ status: 'verifying', error: null });
    try {
      const verification = await call('audit:verify', { scope: 'everyday' });
      set({ verification, verifiedAt: Date.now(), status: 'ready' });
    } catch (e) {
      set({ status: 'error', error: toUiError(e) });
    }
  },
}));
