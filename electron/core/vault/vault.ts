import type { AuthStatus } from '../../../shared/contract/auth';
import { isVaultOperation, type Operation, type VaultOperation } from '../../../shared/contract';
import { AppError, lockedError } from '../../../shared/contract/result';
import { createDispatcher, type Dispatcher } from '../api';
import { closeDatabase } from '../db/openDatabase';
import { createFileRegistry, type FileRegistry } from '../files/fileRegistry';
import { createEventBus, type EventBus } from '../jobs/events';
import { createJobRunner } from '../jobs/jobRunner';
import { createLogger, type Logger } from '../log';
import { backupDirBeside } from '../openCasebook';
import { createOutsideCopyHandlers } from './outsideCopies';
import { createAccountHandlers } from './accounts';
import { createAuthHandlers } from './authHandlers';
import { createBackupHandlers } from './backupHandlers';
import { keyFileBeside } from './keyFile';
import { DEFAULT_KDF, type KdfParams } from './keySlots';
import { checkIntegrity, type Integrity } from './integrity';
import { createPlainBackupHandlers, openPlainRegister, type PlainActor } from './plainRegister';
import { createSecurityHandlers } from './securityHandlers';
import { requireSession, type VaultDoor, type VaultState } from './vaultState';
import { DEFAULT_SECURITY, readSecurity } from './vaultSettings';

export type LockReason = 'idle' | 'os' | 'user';

export type Vault = Dispatcher & {
  files: FileRegistry;
  events: EventBus;
  state(): AuthStatus;
  /** Closes the register and drops the key; every non-public operation answers LOCKED until a login. */
  lock(reason: LockReason): void;
  /** SQLite's integrity checks of the open register; LOCKED while nobody is logged in. */
  integrity(): Integrity;
  close(): void;
};

export type VaultOptions = {
  file: string;
  keyFile?: string;
  nativeBinding?: string;
  fontsDir?: string;
  /** Where copies made before migrations and encryption go; beside the register unless given. */
  backupDir?: string;
  now?: () => number;
  log?: Logger;
  /** scrypt parameters for a new key file (tests use cheaper ones); an existing file keeps its own. */
  kdf?: KdfParams;
  /**
   * Tests and development only: open an unencrypted register directly, with no key file and no login,
   * acting with the administrator's role. The accounts, security and login operations answer NOT_FOUND.
   */
  plain?: PlainActor;
  /** The door this vault serves, named in each login's audit entry: the app (default), or the command line. */
  door?: VaultDoor;
};

const WITHOUT_ACCOUNTS = 'This register was opened plain, for tests or development: it has no accounts, key or login.';

/**
 * The vault holds the accounts and the register's key, and opens and closes the register. It answers the
 * vault's operations itself and routes the rest to the core's handlers over the unlocked register, through
 * the one dispatcher — which answers LOCKED to every non-public operation while nobody is logged in.
 */
export function openVault(options: VaultOptions): Vault {
  const log = options.log ?? createLogger('vault');
  const events = createEventBus();
  const state: VaultState = {
    file: options.file,
    keyFilePath: options.keyFile ?? keyFileBeside(options.file),
    backupDir: options.backupDir ?? backupDirBeside(options.file),
    nativeBinding: options.nativeBinding,
    fontsDir: options.fontsDir,
    now: options.now ?? Date.now,
    log,
    kdf: options.kdf ?? DEFAULT_KDF,
    files: createFileRegistry(),
    events,
    jobs: createJobRunner(events, createLogger('jobs')),
    session: null,
    door: options.door ?? 'app',
    idleLockMinutes: DEFAULT_SECURITY.idleLockMinutes,
  };

  function lock(reason: LockReason): void {
    const session = state.session;
    if (!session) return;
    state.session = null;
    // Nothing read from the register or handed to it may outlive the key: running imports stop (writing
    // nothing) and uploaded files are forgotten.
    state.jobs.cancelAll();
    state.files.clear();
    try {
      closeDatabase(session.db);
    } finally {
      session.key.fill(0);
      session.kek.fill(0);
      events.emit({ type: 'session:locked', reason });
    }
  }

  const auth = createAuthHandlers(state, lock);
  // The compiler demands a handler for every vault operation; a plain register answers only its backups and the copies outside it.
  const accountHandlers = {
    ...auth,
    ...createAccountHandlers(state),
    ...createSecurityHandlers(state),
    ...createBackupHandlers(state),
    ...createOutsideCopyHandlers(state),
  } satisfies Record<VaultOperation, (input: never) => unknown>;
  const vaultHandlers: Partial<Record<VaultOperation, (input: never) => unknown>> = options.plain
    ? { ...createPlainBackupHandlers(state, options.plain), ...createOutsideCopyHandlers(state) }
    : accountHandlers;
  if (options.plain) openPlainRegister(state, options.plain);

  const dispatcher = createDispatcher({
    handlerFor: (operation: Operation) => {
      if (isVaultOperation(operation)) {
        return (vaultHandlers[operation as VaultOperation] as ((input: unknown) => unknown) | undefined) ?? new AppError('NOT_FOUND', WITHOUT_ACCOUNTS);
      }
      const session = state.session;
      if (!session) return lockedError();
      return (session.handlers as Record<string, (input: unknown) => unknown>)[operation]!;
    },
    role: () => state.session?.role ?? null,
    accessSettings: () => readSecurity(requireSession(state).db),
    log,
  });

  return {
    ...dispatcher,
    files: state.files,
    events,
    state: () => auth.status(),
    lock,
    integrity: () => {
      if (!state.session) throw lockedError();
      return checkIntegrity(state.session.db);
    },
    close: () => lock('user'),
  };
}
