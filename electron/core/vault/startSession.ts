import type { AccountRole } from '../../../shared/contract/accounts';
import { createContext } from '../context';
import type { Db } from '../db/openDatabase';
import { createHandlers } from '../operations';
import type { Session, VaultState } from './vaultState';
import { readSecurity } from './vaultSettings';

/**
 * Unlocks: the core's handlers over the open register, acting as the account. The registries (files,
 * events, jobs) are the vault's, so handles and subscriptions survive a lock.
 */
export function startSession(
  state: VaultState,
  unlocked: { name: string; role: AccountRole; kek: Buffer; key: Buffer; db: Db; failedLogins: Session['failedLogins'] },
): Session {
  const ctx = createContext(unlocked.db, {
    now: state.now,
    actor: () => unlocked.name,
    files: state.files,
    events: state.events,
    jobs: state.jobs,
    ...(state.fontsDir ? { fontsDir: state.fontsDir } : {}),
  });
  const session: Session = { ...unlocked, ctx, handlers: createHandlers(ctx), copiesEncrypted: [] };
  state.session = session;
  state.idleLockMinutes = readSecurity(unlocked.db).idleLockMinutes;
  return session;
}
