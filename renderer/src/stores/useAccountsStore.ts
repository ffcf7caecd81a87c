import { create } from 'zustand';
import type { Account, AccountRole } from '../../../shared/contract/accounts';
import type { Input, Output } from '../../../shared/contract';
import { call } from '../lib/api';
import { toUiError, type UiError } from '../lib/errors';

type AccountsState = {
  accounts: Account[];
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: UiError | null;
  load: () => Promise<void>;
  /** Throws so the form can show the core's refusal (a weak password, a name in use) at its field. */
  create: (input: Input<'accounts:create'>) => Promise<Account>;
  /** Removes the account and re-keys the register: whether the re-key waits, and the open work the account leaves. */
  remove: (name: string) => Promise<Output<'accounts:remove'>>;
  /** Hands `from`'s open incidents and actions to `to`; says how many moved. */
  reassign: (from: string, to: string) => Promise<Output<'accounts:reassign'>>;
  /** Signs the new role into the roster and re-keys; true when the re-key waits. */
  changeRole: (name: string, role: AccountRole) => Promise<boolean>;
  /** Rewraps only the caller's own private keys; throws when the current password is wrong. */
  changePassword: (input: Input<'accounts:changePassword'>) => Promise<Account>;
  /** A new register key, sealed to every account; true when it waits for another process to close the register. */
  rotateKey: () => Promise<boolean>;
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
    const removed = await call('accounts:remove', { name });
    set((s) => ({ accounts: s.accounts.filter((a) => a.name !== name) }));
    return removed;
  },

  reassign: (from, to) => call('accounts:reassign', { from, to }),

  changeRole: async (name, role) => {
    const { rekeyPending } = await call('accounts:changeRole', { name, role });
    await get().load();
    return rekeyPending;
  },

  changePassword: (input) => call('accounts:changePassword', input),

  rotateKey: async () => {
    const { rekeyPending } = await call('security:rotateKey', {});
    await get().load();
    return rekeyPending;
  },
}));
