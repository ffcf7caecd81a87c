import type { ParsedInput } from '../../../shared/contract';
import type { Account } from '../../../shared/contract/accounts';
import { AppError } from '../../../shared/contract/result';
import { deleteDraftsOf } from '../drafts/draftRepository';
import { unwrapPrivateKeys, wrapPrivateKeys } from './accountKeys';
import { keysRecordedDraft, newEnrolment } from './enrolment';
import { readKeyFile, type AnyKeyFile, type KeyFile } from './keyFile';
import { updateKeyFile } from './keyFileLock';
import { deriveKek, newSalt } from './keySlots';
import { requireStrongPassword } from './passwordStrength';
import { changeRoster, completePendingRekey, requireKeyFileV2 } from './revocation';
import { reassignOpenWork, openWorkOf } from './reassignment';
import { currentKeys, verifiedRoster } from './roster';
import { auditedChange, requireSession, type VaultState } from './vaultState';

/** The accounts as the roster lists them (a version-1 key file: its slots), with the labels kept beside. */
export function accountsOf(file: AnyKeyFile): Account[] {
  if (file.version === 1) {
    return file.slots.map((s) => ({
      name: s.name,
      role: s.role,
      businessUnit: s.businessUnit,
      createdAt: s.createdAt,
      lastLoginAt: s.lastLoginAt,
      keyId: null,
      awaitingFirstLogin: false,
    }));
  }
  return verifiedRoster(file).entries.map((entry) => {
    const account = file.accounts.find((a) => a.name === entry.name);
    const keys = currentKeys(file.databaseId, entry, account);
    return {
      name: entry.name,
      role: entry.role,
      businessUnit: account?.businessUnit ?? '',
      createdAt: account?.createdAt ?? 0,
      lastLoginAt: account?.lastLoginAt ?? null,
      keyId: keys.enrolling ? null : keys.keyId,
      awaitingFirstLogin: keys.enrolling,
    };
  });
}

/**
 * Accounts are roster entries signed by an administrator. Creating one enrols it (enrolment.ts: its own
 * keys are made at its first login); removing one or changing its role is a revocation, which re-keys
 * the register (revocation.ts).
 */
export function createAccountHandlers(state: VaultState) {
  function keyFile(): KeyFile {
    return requireKeyFileV2(readKeyFile(state.keyFilePath));
  }

  function rosterAccount(file: KeyFile, name: string) {
    const entry = verifiedRoster(file).entries.find((e) => e.name === name);
    if (!entry) throw new AppError('NOT_FOUND', `There is no account called ${name}.`);
    return entry;
  }

  function administrators(file: KeyFile): number {
    return verifiedRoster(file).entries.filter((e) => e.role === 'administrator').length;
  }

  return {
    'accounts:list': () => {
      const file = readKeyFile(state.keyFilePath);
      if (!file) throw new Error('The key file vanished while the register was open');
      return { items: accountsOf(file) };
    },

    'accounts:create': (input: ParsedInput<'accounts:create'>) => {
      const session = requireSession(state);
      const file = keyFile();
      const taken = (n: string) => n.toLowerCase() === input.name.toLowerCase();
      if (verifiedRoster(file).entries.some((e) => taken(e.name)) || file.accounts.some((a) => taken(a.name))) {
        throw new AppError('CONFLICT', `There is already an account called ${input.name}.`, [{ path: 'name', message: 'This name is taken' }]);
      }
      requireStrongPassword(input.password, input.name, 'password');
      const now = state.now();
      const enrolment = newEnrolment(file, session.key, { ...input, now });
      const drafts = [
        {
          action: 'account.created',
          entityType: 'account',
          entityId: input.name,
          incidentId: null,
          summary: `Account ${input.name} (${input.role}) created; it chooses its own password and makes its own keys at its first login`,
          changes: [{ field: 'role', before: null, after: input.role }],
        },
        keysRecordedDraft(input.name, enrolment.entry, enrolment.entry.keyId, 'enrolment keys, discarded at its first login'),
      ];
      const written = changeRoster(state, session, {
        drafts,
        edit: (entries, accounts, current) => {
          // Sealed under the generation the change is signed into, should a re-key have run meanwhile.
          const fresh = current.generation === file.generation ? enrolment : newEnrolment(current, session.key, { ...input, now });
          return { entries: [...entries, fresh.entry], accounts: [...accounts, fresh.account] };
        },
        rekey: null,
      });
      return accountsOf(written).find((a) => a.name === input.name)!;
    },

    'accounts:remove': (input: ParsedInput<'accounts:remove'>) => {
      const session = requireSession(state);
      const file = keyFile();
      const entry = rosterAccount(file, input.name);
      if (entry.name === session.name) throw new AppError('CONFLICT', 'You cannot remove your own account; another administrator can.');
      if (entry.role === 'administrator' && administrators(file) === 1)
        throw new AppError('CONFLICT', 'This is the last administrator; create another administrator first.');
      const draft = {
        action: 'account.removed',
        entityType: 'account',
        entityId: entry.name,
        incidentId: null,
        summary: `Account ${entry.name} (${entry.role}) removed; the register is re-keyed so its old key opens nothing current`,
        changes: [{ field: 'role', before: entry.role, after: null }],
      };
      changeRoster(state, session, {
        drafts: [draft],
        edit: (entries, accounts) => ({ entries: entries.filter((e) => e.name !== entry.name), accounts: accounts.filter((a) => a.name !== entry.name) }),
        rekey: `account ${entry.name} removed`,
        alsoInTransaction: () => deleteDraftsOf(session.db, entry.name),
      });
      const rekeyPending = completePendingRekey(state, session) === 'pending';
      return { removed: true as const, rekeyPending, openWork: openWorkOf(session.db, entry.name) };
    },

    'accounts:reassign': (input: ParsedInput<'accounts:reassign'>) => {
      const session = requireSession(state);
      rosterAccount(keyFile(), input.to);
      if (input.from === input.to) throw new AppError('INVALID_INPUT', 'Choose another account to hand the work to.', [{ path: 'to', message: 'The same account' }]);
      return reassignOpenWork(session.ctx, input.from, input.to);
    },

    /** Demotion or promotion without re-creating the account: signed into the roster, and the register re-keyed. */
    'accounts:changeRole': (input: ParsedInput<'accounts:changeRole'>) => {
      const session = requireSession(state);
      const file = keyFile();
      const entry = rosterAccount(file, input.name);
      if (entry.name === session.name) throw new AppError('CONFLICT', 'You cannot change your own role; another administrator can.');
      if (entry.role === input.role)
        throw new AppError('INVALID_INPUT', `${entry.name} is already ${input.role === 'administrator' ? 'an' : 'a'} ${input.role}.`, [
          { path: 'role', message: 'Already this role' },
        ]);
      if (entry.role === 'administrator' && administrators(file) === 1)
        throw new AppError('CONFLICT', 'This is the last administrator; make another administrator first.');
      const draft = {
        action: 'account.role_changed',
        entityType: 'account',
        entityId: entry.name,
        incidentId: null,
        summary: `Role of ${entry.name} changed from ${entry.role} to ${input.role}; the register is re-keyed`,
        changes: [{ field: 'role', before: entry.role, after: input.role }],
      };
      const written = changeRoster(state, session, {
        drafts: [draft],
        edit: (entries, accounts) => ({ entries: entries.map((e) => (e.name === entry.name ? { ...e, role: input.role } : e)), accounts }),
        rekey: `role of ${entry.name} changed from ${entry.role} to ${input.role}`,
      });
      const rekeyPending = completePendingRekey(state, session) === 'pending';
      return { account: accountsOf(written).find((a) => a.name === entry.name)!, rekeyPending };
    },

    /** Rewraps only the caller's private keys: every other account's bytes stay as they were. */
    'accounts:changePassword': (input: ParsedInput<'accounts:changePassword'>) => {
      const session = requireSession(state);
      const file = keyFile();
      const account = file.accounts.find((a) => a.name === session.name);
      if (!account || !session.keys) throw new AppError('NOT_FOUND', 'Your account is no longer in the key file; an administrator may have removed it.');
      const binding = { databaseId: file.databaseId, name: account.name };
      if (!unwrapPrivateKeys(account.keys, deriveKek(input.currentPassword, Buffer.from(account.salt, 'base64'), file.kdf), binding)) {
        throw new AppError('INVALID_INPUT', 'The current password is not right.', [{ path: 'currentPassword', message: 'Not the current password' }]);
      }
      requireStrongPassword(input.newPassword, account.name, 'newPassword');
      const salt = newSalt();
      const kek = deriveKek(input.newPassword, salt, file.kdf);
      const keys = wrapPrivateKeys(session.keys, kek, binding);
      const draft = {
        action: 'account.password_changed',
        entityType: 'account',
        entityId: account.name,
        incidentId: null,
        summary: `Password of ${account.name} changed`,
        changes: [],
      };
      const written = auditedChange(session, state.now(), [draft], () =>
        updateKeyFile(state.keyFilePath, (latest) => {
          const current = requireKeyFileV2(latest);
          return { ...current, accounts: current.accounts.map((a) => (a.name === account.name ? { ...a, salt: salt.toString('base64'), keys } : a)) };
        }),
      );
      session.kek.fill(0);
      session.kek = kek;
      return accountsOf(written).find((a) => a.name === account.name)!;
    },
  };
}
