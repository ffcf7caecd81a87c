import { create } from 'zustand';
import type { Account } from '../../../shared/contract/accounts';
import type { Input } from '../../../shared/contract';
import { call } from '../lib/api';
import { toUiError, type UiError } from '../lib/errors';

type AccountsState = {
  accounts: Account[];
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: UiError | null;
  load: () => Promise<void>;
  /** Throws so the form can show the core's refusal (a weak password, a name in use) at its field. */
  create: (input: Input<'accounts:create'>) => Promise<Account>;
  remove: (name: string) => Promise<void>;
  /** Rewraps only the caller's own key slot; throws when the current password is wrong. */
  changePassword: (input: Input<'accounts:changePassword'>) => Promise<Account>;
  /** A new register key, wrapped for the caller only: every other account is removed and must be re-created. */
  rotateKey: () => Promise<void>;
};

export const initialAccountsState = { accounts: [], status: 'idle', error: null } satisfies Partial<AccountsState>;

/** The local accounts, as an administrator manages them. */
export const useAccountsStore = create<AccountsState>()((set, get) => ({
  ...initialAccountsState,

  load: async () => {
    set({ status: 'loading', error: null });
    try {
      const { items } = await call('accounts:list', {});
      set({ accounts: items, status: 'ready' });
    } catch (e) {
      set({ status: 'error', error: toUiError(e) });
    }
  },

  create: async (input) => {
    const account = await call('accounts:create', input);
    await get().load();
    return account;
  },

  remove: async (name) => {
    await call('accounts:remove', { name });
    set((s) => ({ accounts: s.accounts.filter((a) => a.name !== name) }));
  },

  changePassword: (input) => call('accounts:changePassword', input),

  rotateKey: async () => {
    await call('security:rotateKey', {});
    await get().load();
  },
}));
