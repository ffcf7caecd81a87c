import { existsSync } from 'node:fs';
import { userInfo } from 'node:os';
import { AppError } from '../../shared/contract/result';
import { startCore, type CoreClient } from '../core/host/coreClient';
import { keyFileBeside } from '../core/vault/keyFile';
import { UsageError, type CliArgs } from './args';
import { readNewPassword, readPassword } from './password';

type WithDb = CliArgs & { db: string };

const PLAIN_ONLY = '(--plain is for plain registers made for tests and development)';

/** A refused answer from the core, thrown so the command ends with its code (exit 1). */
function required<T>(result: { ok: true; value: T } | { ok: false; error: { code: AppError['code']; message: string } }): T {
  if (!result.ok) throw new AppError(result.error.code, result.error.message);
  return result.value;
}

/** Ends the worker when the login (or anything before the command) fails, so the process can exit. */
async function closingOnFailure<T>(core: CoreClient, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    await core.close();
    throw error;
  }
}

/**
 * The one front door, as the app's: the vault opens the register. A register with a key file is logged
 * into with --account and the password (audited, with the same back-off); a plain one opens only when
 * --plain asks for it by name. A missing register is refused, never created.
 */
export async function openForCommand(args: WithDb): Promise<CoreClient> {
  if (!existsSync(args.db)) throw new AppError('NOT_FOUND', `No register at ${args.db} — create one with setup.`);
  if (existsSync(keyFileBeside(args.db))) {
    if (args.plain) throw new UsageError(`The register at ${args.db} has accounts and is encrypted: log in with --account NAME ${PLAIN_ONLY}`);
    if (args.account === null) throw new UsageError('This register has accounts: name yours with --account NAME');
    if (args.actor !== null) throw new UsageError('--actor does not apply to a register with accounts: writes are attributed to --account');
    const password = await readPassword(process.env);
    const core = await startCore({ file: args.db, door: 'command line' });
    return closingOnFailure(core, async () => {
      const login = await core.callAsync('auth:login', { name: args.account!, password });
      // An account created by an administrator chooses its own password at its first login, here as in the app.
      const firstLogin = !login.ok && login.error.code === 'CONFLICT' && login.error.issues?.some((i) => i.path === 'newPassword');
      if (firstLogin) required(await core.callAsync('auth:firstLogin', { name: args.account!, password, newPassword: await readNewPassword(process.env) }));
      else required(login);
      return core;
    });
  }
  if (!args.plain) {
    throw new UsageError(`The register at ${args.db} is plain (unencrypted, no accounts): pass --plain to open it, for tests and development only`);
  }
  if (args.account !== null) throw new UsageError('--account applies to a register with accounts; a plain register has none (name who acts with --actor)');
  return startCore({ file: args.db, plain: plainActor(args) });
}

/** The plain register's actor: --actor, else its recorded officer, else the operating-system account. */
function plainActor(args: CliArgs) {
  return { ...(args.actor !== null ? { actor: args.actor } : {}), fallbackActor: userInfo().username };
}

/**
 * `setup`: a new encrypted register with its administrator, through the vault's auth:setup (the password
 * judged as the app judges it); with --plain, a plain one. Refused where a register (or key file) exists.
 */
export async function setupRegister(args: WithDb): Promise<{ register: string; administrator: string | null; encrypted: boolean }> {
  if (existsSync(args.db) || existsSync(keyFileBeside(args.db))) {
    throw new AppError('CONFLICT', `There is already a register at ${args.db}. Nothing was changed.`);
  }
  if (args.plain) {
    if (args.account !== null) throw new UsageError('--account applies to an encrypted register; leave out --plain to create one');
    const core = await startCore({ file: args.db, plain: plainActor(args) });
    await core.close();
    return { register: args.db, administrator: null, encrypted: false };
  }
  if (args.account === null) throw new UsageError('Name the administrator with --account NAME');
  if (args.actor !== null) throw new UsageError('--actor does not apply to a register with accounts: writes are attributed to --account');
  const password = await readPassword(process.env);
  const core = await startCore({ file: args.db, door: 'command line' });
  try {
    required(await core.callAsync('auth:setup', { name: args.account, password }));
  } finally {
    await core.close();
  }
  return { register: args.db, administrator: args.account, encrypted: true };
}
