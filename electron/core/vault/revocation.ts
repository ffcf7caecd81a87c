import { renameSync, rmSync } from 'node:fs';
import { AppError } from '../../../shared/contract/result';
import type { AuditDraft } from '../audit/auditLog';
import { appendAudit } from '../audit/auditLog';
import { rekeyDatabase, type Db } from '../db/openDatabase';
import { sealRegisterKey } from './accountKeys';
import { readKeyFile, writeKeyFile, type AccountEntry, type AnyKeyFile, type KeyFile, type RosterBody, type RosterEntry } from './keyFile';
import { updateKeyFile, withKeyFileLock } from './keyFileLock';
import { newDatabaseKey } from './keySlots';
import { currentKeys, foldCertificates, signRoster, verifiedRoster } from './roster';
import { NEXT_KEY_FILE } from './securityHandlers';
import { trustedKeysOf } from './sessionKeys';
import { sealBinding } from './unlock';
import { recordFormerKeys, writeRosterRecord, type FormerKey } from './vaultSettings';
import { auditedChange, type Session, type VaultState } from './vaultState';

/**
 * Revocation: a change to who may open the register (an account removed, a role changed, an explicit
 * revoke) is signed into the roster at once — so the account cannot log in from then on — and marks the
 * register for a re-key. The re-key (a new random key, sealed to every account left on the roster, no
 * password needed) runs straight after; if another process holds the register open it waits, recorded in
 * the key file, and whoever opens the register next completes it.
 */
export function requireKeyFileV2(file: AnyKeyFile | null): KeyFile {
  if (!file) throw new Error('The key file vanished while the register was open');
  if (file.version !== 2) {
    throw new AppError(
      'CONFLICT',
      'This register still has an old key file: an administrator logs in once to convert it (see Settings › Accounts). Nothing was changed.',
    );
  }
  return file;
}

type RosterEdit = (entries: RosterEntry[], accounts: AccountEntry[], file: KeyFile) => { entries: RosterEntry[]; accounts: AccountEntry[] };
export type RosterChange = {
  drafts: AuditDraft[];
  edit: RosterEdit;
  /** Why the register must be re-keyed, or null when the change revokes nothing. */
  rekey: string | null;
  /** Register writes that belong to the same transaction (a removed account's drafts deleted). */
  alsoInTransaction?: () => void;
};

/**
 * An administrator's change to the roster, re-signed with their key, audited in the same transaction. First-login
 * certificates waiting to be signed in are folded in on the way. `rekey` names why the register must be re-keyed.
 */
export function changeRoster(state: VaultState, session: Session, { drafts, edit, rekey, alsoInTransaction }: RosterChange): KeyFile {
  if (!session.keys || !session.keyId) throw new AppError('CONFLICT', 'Log out and in again to convert the key file before changing accounts.');
  const signer = { keyId: session.keyId, privateKey: session.keys.ed25519.privateKey };
  const now = state.now();
  let signedSeq = 0;
  const written = auditedChange(
    session,
    now,
    drafts,
    () =>
      updateKeyFile(state.keyFilePath, (latest) => {
        const current = requireKeyFileV2(latest);
        const body = verifiedRoster(current);
        // The register recorded this roster's successor before the audit entry; another change since is refused.
        if (body.seq + 1 !== signedSeq) throw new AppError('CONFLICT', 'The list of accounts changed while this change was being made. Nothing was changed: try again.');
        const folded = foldCertificates(current, body);
        const edited = edit(folded.entries, folded.accounts, current);
        const signed = signRoster({ ...body, seq: signedSeq, signedAt: now, entries: edited.entries }, signer);
        // A changed role is bound into the sealed key: re-sealed now with the current key, so the account logs in with its new role at once.
        const accounts = edited.accounts.map((a) => {
          const entry = edited.entries.find((e) => e.name === a.name);
          const before = body.entries.find((e) => e.name === a.name);
          if (!entry || !before || before.role === entry.role) return a;
          const keys = currentKeys(current.databaseId, entry, a);
          return { ...a, sealed: sealRegisterKey(session.key, keys.x25519, sealBinding(current, entry)) };
        });
        const pendingRekey = rekey ? { since: now, by: session.name, reason: rekey } : current.pendingRekey;
        return { ...current, roster: signed, accounts, pendingRekey };
      }),
    () => {
      alsoInTransaction?.();
      const current = requireKeyFileV2(readKeyFile(state.keyFilePath));
      const body = verifiedRoster(current);
      signedSeq = body.seq + 1;
      writeRosterRecord(session.db, { seq: signedSeq, rootKeyId: body.root.keyId });
      recordFormerKeys(session.db, leavingKeys(current, body, edit));
    },
  );
  session.trusted.current = trustedKeysOf(written, session.db);
  return written;
}

/** The keys a roster edit takes off the roster or gives another role: kept as former keys, so what they signed still verifies. */
function leavingKeys(file: KeyFile, body: RosterBody, edit: RosterEdit): FormerKey[] {
  const folded = foldCertificates(file, body);
  const edited = edit(folded.entries, folded.accounts, file);
  return folded.entries
    .filter((entry) => !entry.enrolling && !edited.entries.some((e) => e.name === entry.name && e.role === entry.role && e.keyId === entry.keyId))
    .map((entry) => {
      const keys = currentKeys(
        file.databaseId,
        entry,
        file.accounts.find((a) => a.name === entry.name),
      );
      return { keyId: keys.keyId, name: entry.name, role: entry.role, ed25519: keys.ed25519 };
    });
}

/** Signs waiting first-login certificates into the roster (at an administrator's login); nothing when none wait. */
export function signInCertifiedKeys(state: VaultState, session: Session): void {
  const file = readKeyFile(state.keyFilePath);
  if (!file || file.version !== 2 || session.role !== 'administrator' || !session.keys) return;
  const folded = foldCertificates(file, verifiedRoster(file));
  if (!folded.folded) return;
  const draft = {
    action: 'roster.signed',
    entityType: 'account',
    entityId: session.name,
    incidentId: null,
    summary: `${session.name} signed the keys made at first login into the list of accounts`,
    changes: [],
  };
  changeRoster(state, session, { drafts: [draft], edit: (entries, accounts) => ({ entries, accounts }), rekey: null });
}

export type RekeyOutcome = 'done' | 'pending' | 'none';

/**
 * Completes a waiting re-key with the session's open register: a new key sealed to every account on the
 * roster (removed accounts' entries dropped), written beside the key file, the register re-keyed, then the
 * new key file renamed into place (a login finishes a rename cut short: unlock.ts). Refused by SQLite while
 * another connection holds the register: then it stays pending, and nothing else changes.
 */
export function completePendingRekey(state: VaultState, session: Session): RekeyOutcome {
  return withKeyFileLock(state.keyFilePath, () => {
    const file = readKeyFile(state.keyFilePath);
    if (!file || file.version !== 2 || !file.pendingRekey) return 'none';
    const body = verifiedRoster(file);
    const key = newDatabaseKey();
    const generation = file.generation + 1;
    const next: KeyFile = { ...file, generation, pendingRekey: null, accounts: [] };
    next.accounts = file.accounts.flatMap((account) => {
      const entry = body.entries.find((e) => e.name === account.name);
      if (!entry) return [];
      const keys = currentKeys(file.databaseId, entry, account);
      return [{ ...account, sealed: sealRegisterKey(key, keys.x25519, sealBinding(next, entry)) }];
    });
    const nextPath = `${state.keyFilePath}${NEXT_KEY_FILE}`;
    writeKeyFile(nextPath, next);
    if (!rekeyed(session.db, key)) {
      rmSync(nextPath, { force: true });
      return 'pending';
    }
    renameSync(nextPath, state.keyFilePath);
    session.key.fill(0);
    session.key = key;
    const reason = file.pendingRekey.reason;
    appendAuditNow(session, {
      action: 'security.key_rotated',
      entityType: 'settings',
      entityId: 'key',
      incidentId: null,
      summary: `Register re-keyed (key generation ${generation}): ${reason}; asked for by ${file.pendingRekey.by}`,
      changes: [{ field: 'generation', before: file.generation, after: generation }],
    });
    return 'done';
  });
}

/** Re-keys, or answers false when another connection holds the register (SQLite refuses at once: no wait). */
function rekeyed(db: Db, key: Buffer): boolean {
  const timeout = db.pragma('busy_timeout', { simple: true }) as number;
  db.pragma('busy_timeout = 0');
  try {
    rekeyDatabase(db, key);
    return true;
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_BUSY') return false;
    throw error;
  } finally {
    db.pragma(`busy_timeout = ${timeout}`);
  }
}

function appendAuditNow(session: Session, draft: AuditDraft): void {
  session.db.transaction(() => appendAudit(session.ctx, session.name, session.ctx.now(), [draft])).immediate();
}
