import { create } from 'zustand';
import type { AuthStatus } from '../../../shared/contract/auth';
import type { SecuritySettings } from '../../../shared/contract/security';
import type { Input, Output } from '../../../shared/contract';
import { call } from '../lib/api';
import { flushWaitingSaves } from '../lib/waitingDraftSaves';
import { toUiError, type UiError } from '../lib/errors';
import { resetAllStores } from './resetStores';

type FailedLogin = AuthStatus['failedLogins'][number];

type AuthState = {
  auth: AuthStatus | null;
  phase: 'loading' | 'ready' | 'unauthorised' | 'error';
  error: UiError | null;
  /** Failed attempts on this account since its last login, shown once after logging in, then dismissed. */
  unseenFailedLogins: FailedLogin[];
  security: SecuritySettings | null;
  load: () => Promise<void>;
  /** Creates the first administrator (and the encrypted register) and logs in; throws the core's refusal. */
  setup: (input: Input<'auth:setup'>) => Promise<void>;
  /** Throws the core's refusal; the status is re-read either way so a back-off shows its countdown. */
  login: (input: Input<'auth:login'>) => Promise<void>;
  /** An account's first login: its own password chosen, its own keys made; throws the core's refusal. */
  firstLogin: (input: Input<'auth:firstLogin'>) => Promise<void>;
  lock: () => Promise<void>;
  /** The core locked on its own (idle in another window, the OS locked or suspended). */
  lockedByCore: () => void;
  dismissFailedLogins: () => void;
  /** The core's judgement of a new password (strength 0–4, and advice); stores nothing. */
  checkPassword: (password: string, name: string) => Promise<Output<'auth:checkPassword'>>;
  loadSecurity: () => Promise<void>;
  updateSecurity: (input: Input<'security:update'>) => Promise<SecuritySettings>;
};

/**
 * A register opened without the vault (the harness's plain mode) has no accounts and no lock: its core acts
 * as an administrator, and the app says so rather than asking for a login nobody can give. The idle lock
 * does not run there (useLockWatch needs an account), so its minutes are the contract's maximum, unused.
 */
const WITHOUT_VAULT: AuthStatus = {
  state: 'unlocked',
  account: null,
  failedLogins: [],
  copiesEncrypted: [],
  retryAfterMs: 0,
  idleLockMinutes: 240,
  backupOverdue: null,
  pendingRekey: null,
  rootOfTrust: null,
};

/** How long the lock waits for the last drafts to land before closing the register: never longer than this. */
const DRAFT_FLUSH_WAIT_MS = 1000;

function atMost(work: Promise<void>, ms: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)));
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

export const initialAuthState = { auth: null, phase: 'loading', error: null, unseenFailedLogins: [], security: null } satisfies Partial<AuthState>;

/** Who is logged in, or which screen stands in front of the register (setup, login), and the lock. */
export const useAuthStore = create<AuthState>()((set, get) => {
  /** Leaves nothing of the register in memory: every other store back to its start. */
  const forget = (auth: AuthStatus | null) => {
    resetAllStores();
    set((s) => ({
      auth: auth ?? (s.auth ? { ...s.auth, state: 'locked', account: null, failedLogins: [], copiesEncrypted: [], backupOverdue: null } : null),
      unseenFailedLogins: [],
      security: null,
    }));
  };

  // Starts from empty stores even if an answer to a request made before the lock landed while locked.
  const loggedIn = (auth: AuthStatus) => {
    resetAllStores();
    set({ auth, phase: 'ready', error: null, unseenFailedLogins: auth.failedLogins });
  };

  return {
    ...initialAuthState,

    load: async () => {
      try {
        set({ auth: await call('auth:status', {}), phase: 'ready', error: null });
      } catch (e) {
        const error = toUiError(e);
        if (error.code === 'NOT_FOUND') set({ auth: WITHOUT_VAULT, phase: 'ready', error: null });
        else set({ phase: error.code === 'FORBIDDEN' ? 'unauthorised' : 'error', error });
      }
    },

    setup: async (input) => loggedIn(await call('auth:setup', input)),

    login: async (input) => {
      try {
        loggedIn(await call('auth:login', input));
      } catch (e) {
        await get().load();
        throw e;
      }
    },

    firstLogin: async (input) => {
      try {
        loggedIn(await call('auth:firstLogin', input));
      } catch (e) {
        await get().load();
        throw e;
      }
    },

    lock: async () => {
      // Drafts waiting for their debounce are sent before anything else, then the screen is cleared at once:
      // a slow or failed answer must not leave the data showing. The register closes once they have landed.
      const draftsSent = flushWaitingSaves();
      forget(null);
      if (draftsSent) await atMost(draftsSent, DRAFT_FLUSH_WAIT_MS);
      try {
        const auth = await call('auth:lock', {});
        // Again once the core has closed the register: answers to requests made before the lock may have landed since.
        forget(auth);
      } catch {
        await get().load();
      }
    },

    lockedByCore: () => {
      forget(null);
      void get().load();
    },

    dismissFailedLogins: () => set({ unseenFailedLogins: [] }),

    checkPassword: (password, name) => call('auth:checkPassword', { password, name }),

    loadSecurity: async () => {
      set({ security: await call('security:get', {}) });
    },

    updateSecurity: async (input) => {
      const security = await call('security:update', input);
      // The idle timer reads the status, so the new timeout applies at once.
      set((s) => ({ security, auth: s.auth ? { ...s.auth, idleLockMinutes: security.idleLockMinutes } : s.auth }));
      return security;
    },
  };
});
