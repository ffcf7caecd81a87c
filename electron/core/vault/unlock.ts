import { renameSync } from 'node:fs';
import type { AccountRole } from '../../../shared/contract/accounts';
import { AppError } from '../../../shared/contract/result';
import { appendAudit, type AuditDraft } from '../audit/auditLog';
import type { CoreContext } from '../context';
import { closeDatabase, type Db } from '../db/openDatabase';
import { unsealRegisterKey, type AccountKeyPairs, type PublicKeys } from './accountKeys';
import { retryAfterMs } from './backoff';
import { enrolOwnKeys, keysRecordedDraft, openAccountKeys, sameKeys } from './enrolment';
import { MAX_FAILED_LOGINS, readKeyFile, writeKeyFile, type AccountEntry, type AnyKeyFile, type KeyFile, type KeyFileV1, type RosterEntry } from './keyFile';
import { updateKeyFile, withKeyFileLock } from './keyFileLock';
import { deriveKek, newSalt, unwrapKey } from './keySlots';
import { openRegister, type RegisterLocation } from './openRegister';
import { currentKeys, NOT_ON_ROSTER, verifiedRoster } from './roster';
import { pendingRotation } from './securityHandlers';
import { readRosterRecord, writeDatabaseId, writeRosterRecord } from './vaultSettings';

const WRONG = 'Wrong account name or password. Nothing was opened.';
const KEYS_NOT_ON_ROSTER =
  "This account's keys in the key file are not the ones on the register's signed list of accounts (the key file was edited or an old copy pasted in). Nothing was opened.";
const OUT_OF_DATE =
  "This account's copy of the register key is out of date: the register was re-keyed, or the account's role changed, since it was written (an old copy of the key file?). Nothing was opened.";
const OLDER_ROSTER =
  "This key file is older than the register's list of accounts (an old copy of the key file?). Nothing was opened. Use the key file kept beside the register, or restore both from the same backup.";
const OTHER_ROOT =
  "The key file's list of accounts was not signed by this register's administrators (its root of trust differs). Nothing was opened. Tell an administrator.";
export const FIRST_LOGIN = 'This is your first login: choose your own password to finish setting up your account.';

export type Unlocked = {
  db: Db;
  key: Buffer;
  kek: Buffer;
  name: string;
  role: AccountRole;
  businessUnit: string;
  /** The account's own key pairs (null: a version-1 key file, which has none yet). */
  keys: AccountKeyPairs | null;
  keyId: string | null;
  missed: AnyKeyFile['failedLogins'];
  /** At a first login (or the first after conversion): the account's new entry and its public keys, recorded with the login. */
  enrolled: { account: AccountEntry; publicKeys: PublicKeys; keyId: string; how: string } | null;
};

/** A first login's new password, or null for an ordinary login. */
export type FirstLogin = { newPassword: string } | null;

/**
 * Logging in, for the vault and the CLI alike: the back-off, the password against the account's wrapped
 * keys (a wrong one recorded in the key file), the account judged against the signed roster, then the
 * register opened with the key sealed to it. `recordLogin` completes it.
 */
export function unlockRegister(location: RegisterLocation, keyFilePath: string, name: string, password: string, firstLogin: FirstLogin = null): Unlocked {
  return withKeyFileLock(keyFilePath, () => attempt(location, keyFilePath, name, password, firstLogin));
}

function attempt(location: RegisterLocation, keyFilePath: string, name: string, password: string, firstLogin: FirstLogin): Unlocked {
  const current = readKeyFile(keyFilePath);
  if (!current) throw new AppError('NOT_FOUND', 'Casebook has not been set up yet: create the first administrator.');
  const now = location.now();
  const wait = retryAfterMs(current, now);
  if (wait > 0) throw new AppError('FORBIDDEN', `Too many wrong passwords. Try again in ${Math.ceil(wait / 1000)} seconds.`);
  if (current.version === 1) return attemptV1(location, keyFilePath, current, name, password);
  const body = verifiedRoster(current);
  const account = current.accounts.find((a) => a.name === name);
  // An unknown name costs the same scrypt as a known one, so timing does not tell which names exist.
  const kek = deriveKek(password, account ? Buffer.from(account.salt, 'base64') : newSalt(), current.kdf);
  const opened = account ? openAccountKeys(current, account, kek) : null;
  if (!account || !opened) throw wrongPassword(keyFilePath, current, now, name);
  const entry = body.entries.find((e) => e.name === name);
  if (!entry) throw new AppError('FORBIDDEN', NOT_ON_ROSTER);
  if (!sameKeys(opened.pairs, currentKeys(current.databaseId, entry, account))) throw new AppError('FORBIDDEN', KEYS_NOT_ON_ROSTER);
  const registerKey = opened.registerKey ?? unsealRegisterKey(account.sealed, opened.pairs.x25519.privateKey, sealBinding(current, entry));
  if (!registerKey || account.sealed.generation !== current.generation) throw new AppError('FORBIDDEN', OUT_OF_DATE);

  let enrolled: Unlocked['enrolled'] = null;
  let keys = opened.pairs;
  let accountKek = kek;
  if (account.enrolling) {
    // Made by an administrator at creation: the account chooses its own password and makes its own keys.
    if (account.keysUnder === 'password' && !firstLogin) throw new AppError('CONFLICT', FIRST_LOGIN, [{ path: 'newPassword', message: 'Choose your own password' }]);
    const own = enrolOwnKeys(current, account, entry, opened.pairs, registerKey, firstLogin ? firstLogin.newPassword : password, password);
    enrolled = {
      account: own.account,
      publicKeys: own.publicKeys,
      keyId: own.keyId,
      how: account.keysUnder === 'password' ? 'made its own keys at its first login' : 'made its own keys at its first login since the key file was converted',
    };
    keys = own.pairs;
    accountKek = own.kek;
  } else if (firstLogin) {
    throw new AppError('CONFLICT', 'This account already has its own password: log in with it.');
  }
  const opening = openUnlocked(location, keyFilePath, current, account, opened.pairs, registerKey);
  try {
    requireCurrentRoster(opening.db, body.seq, body.root.keyId);
  } catch (error) {
    closeDatabase(opening.db);
    throw error;
  }
  const names = new Set(body.entries.map((e) => e.name));
  const missed = opening.keyFile.failedLogins.filter((f) => f.account === name || (entry.role === 'administrator' && !names.has(f.account)));
  const keyId = enrolled?.keyId ?? currentKeys(current.databaseId, entry, account).keyId;
  return { db: opening.db, key: opening.key, kek: accountKek, name, role: entry.role, businessUnit: account.businessUnit, keys, keyId, missed, enrolled };
}

export function sealBinding(file: KeyFile, entry: RosterEntry) {
  return { databaseId: file.databaseId, name: entry.name, role: entry.role, generation: file.generation };
}

function wrongPassword(keyFilePath: string, current: AnyKeyFile, now: number, name: string): AppError {
  const failedLogins = [...current.failedLogins, { at: now, account: name }].slice(-MAX_FAILED_LOGINS);
  writeKeyFile(keyFilePath, { ...current, failedLogins, failuresInARow: current.failuresInARow + 1 });
  return new AppError('FORBIDDEN', WRONG, [{ path: 'password', message: 'Wrong account name or password' }]);
}

/** A register that has seen a newer roster refuses an older one; one signed under another root is refused outright. */
function requireCurrentRoster(db: Db, seq: number, rootKeyId: string): void {
  const seen = readRosterRecord(db);
  if (seen && seen.rootKeyId !== rootKeyId) throw new AppError('FORBIDDEN', OTHER_ROOT);
  if (seen && seen.seq > seq) throw new AppError('FORBIDDEN', OLDER_ROSTER);
}

/** A version-1 key file (slots): logged in as before, until an administrator's login converts it (convertKeyFile.ts). */
function attemptV1(location: RegisterLocation, keyFilePath: string, current: KeyFileV1, name: string, password: string): Unlocked {
  const found = current.slots.find((s) => s.name === name);
  const kek = deriveKek(password, found ? Buffer.from(found.salt, 'base64') : newSalt(), current.kdf);
  const key = found ? unwrapKey(found, kek, { databaseId: current.databaseId, name: found.name, role: found.role }) : null;
  if (!found || !key) throw wrongPassword(keyFilePath, current, location.now(), name);
  const db = openRegister(location, key, current.databaseId);
  const names = new Set(current.slots.map((s) => s.name));
  const missed = current.failedLogins.filter((f) => f.account === found.name || (found.role === 'administrator' && !names.has(f.account)));
  return { db, key, kek, name: found.name, role: found.role, businessUnit: found.businessUnit, keys: null, keyId: null, missed, enrolled: null };
}

/**
 * The audit entries for the login (and, at a first login, the account's public keys), and the key file's
 * bookkeeping (last login, the new entry, the shown failures cleared, the back-off reset), in one transaction.
 */
export function recordLogin(ctx: CoreContext, keyFilePath: string, unlocked: Unlocked, via: string, databaseId: string): void {
  const { name, missed, enrolled } = unlocked;
  const now = ctx.now();
  const drafts: AuditDraft[] = [
    {
      action: 'account.logged_in',
      entityType: 'account',
      entityId: name,
      incidentId: null,
      summary: `${name} logged in (${via})${missed.length ? `; ${missed.length} failed attempts before` : ''}`,
      changes: [],
    },
  ];
  if (enrolled) drafts.push(keysRecordedDraft(name, enrolled.publicKeys, enrolled.keyId, enrolled.how));
  ctx.db
    .transaction(() => {
      writeDatabaseId(ctx.db, databaseId);
      // Before the entry, so the table digests it records cover the roster this register has now seen.
      const seen = readKeyFile(keyFilePath);
      if (seen?.version === 2 && !readRosterRecord(ctx.db)) writeRosterRecord(ctx.db, { seq: seen.roster.body.seq, rootKeyId: seen.roster.body.root.keyId });
      appendAudit(ctx, name, now, drafts);
      // Re-read in the lock: a failure another process recorded since this login began is kept.
      updateKeyFile(keyFilePath, (latest) => {
        const cleared = {
          failedLogins: latest.failedLogins.filter((f) => !missed.some((m) => m.at === f.at && m.account === f.account)),
          failuresInARow: 0,
        };
        if (latest.version === 1) return { ...latest, ...cleared, slots: latest.slots.map((s) => (s.name === name ? { ...s, lastLoginAt: now } : s)) };
        const accounts = latest.accounts.map((a) => (a.name === name ? { ...(enrolled ? enrolled.account : a), lastLoginAt: now } : a));
        return { ...latest, ...cleared, accounts };
      });
    })
    .immediate();
}

/**
 * Opens the register with the unsealed key — or, when a re-key was cut short after re-keying the register
 * but before its new key file was renamed into place, with the key sealed to the account in `.keys.next`,
 * and then finishes the re-key's rename.
 */
function openUnlocked(location: RegisterLocation, keyFilePath: string, keyFile: KeyFile, account: AccountEntry, keys: AccountKeyPairs, key: Buffer) {
  try {
    return { db: openRegister(location, key, keyFile.databaseId), keyFile, key };
  } catch (error) {
    const next = pendingRotation(keyFilePath);
    const nextFile = next && error instanceof AppError && error.code === 'CONFLICT' ? readKeyFile(next) : null;
    if (!next || !nextFile || nextFile.version !== 2) throw error;
    const entry = verifiedRoster(nextFile).entries.find((e) => e.name === account.name);
    const sealed = nextFile.accounts.find((a) => a.name === account.name)?.sealed;
    const nextKey = entry && sealed ? unsealRegisterKey(sealed, keys.x25519.privateKey, sealBinding(nextFile, entry)) : null;
    if (!nextKey) throw error;
    const db = openRegister(location, nextKey, nextFile.databaseId);
    renameSync(next, keyFilePath);
    return { db, keyFile: nextFile, key: nextKey };
  }
}
