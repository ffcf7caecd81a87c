import { keyIdOf } from '../audit/signing';
import type { AccountRole } from '../../../shared/contract/accounts';
import { AppError } from '../../../shared/contract/result';
import type { AuditDraft } from '../audit/auditLog';
import { newKeyPairs, publicKeysOf, sealRegisterKey, signCanonical, unwrapPrivateKeys, wrapPrivateKeys, type AccountKeyPairs, type PublicKeys } from './accountKeys';
import type { AccountEntry, KeyFile, RosterEntry } from './keyFile';
import { deriveKek, newSalt, unwrapKey } from './keySlots';
import { requireStrongPassword } from './passwordStrength';
import { certificateBody } from './roster';

/**
 * Enrolment: an administrator creating an account never learns its private keys. The account is created
 * with an enrolment key pair (wrapped under the first password, with the register key sealed to it); at
 * its first login the account chooses its own password, makes its own pairs, and certifies them with the
 * enrolment key, which is then discarded. The next administrator to log in signs them into the roster.
 */
export function newEnrolment(
  file: Pick<KeyFile, 'databaseId' | 'kdf' | 'generation'>,
  registerKey: Buffer,
  account: { name: string; role: AccountRole; businessUnit: string; password: string; now: number },
): { account: AccountEntry; entry: RosterEntry } {
  const pairs = newKeyPairs();
  const publicKeys = publicKeysOf(pairs);
  const entry: RosterEntry = { name: account.name, role: account.role, keyId: keyIdOf(pairs.ed25519.publicKey), ...publicKeys, enrolling: true };
  const salt = newSalt();
  const kek = deriveKek(account.password, salt, file.kdf);
  const entryOfAccount: AccountEntry = {
    name: account.name,
    businessUnit: account.businessUnit,
    createdAt: account.now,
    lastLoginAt: null,
    salt: salt.toString('base64'),
    keys: wrapPrivateKeys(pairs, kek, { databaseId: file.databaseId, name: account.name }),
    keysUnder: 'password',
    legacySlot: null,
    enrolling: true,
    sealed: sealRegisterKey(registerKey, publicKeys.x25519, { databaseId: file.databaseId, name: account.name, role: account.role, generation: file.generation }),
    certificate: null,
  };
  kek.fill(0);
  return { account: entryOfAccount, entry };
}

/** An account's own (or enrolment) key pairs, opened with its password; null when the password is wrong. */
export function openAccountKeys(file: KeyFile, account: AccountEntry, kek: Buffer): { pairs: AccountKeyPairs; registerKey: null } | null {
  const binding = { databaseId: file.databaseId, name: account.name };
  if (account.keysUnder === 'password') {
    const pairs = unwrapPrivateKeys(account.keys, kek, binding);
    return pairs ? { pairs, registerKey: null } : null;
  }
  // Converted from version 1: the old slot opens the register key of the conversion, which wraps the enrolment pair.
  const legacy = account.legacySlot;
  const conversionKey = legacy ? unwrapKey(legacy, kek, { databaseId: file.databaseId, name: account.name, role: legacy.role }) : null;
  const pairs = conversionKey ? unwrapPrivateKeys(account.keys, conversionKey, binding) : null;
  return pairs ? { pairs, registerKey: null } : null;
}

export function sameKeys(pairs: AccountKeyPairs, keys: PublicKeys): boolean {
  const own = publicKeysOf(pairs);
  return own.x25519 === keys.x25519 && own.ed25519 === keys.ed25519;
}

/**
 * The account's own pairs, wrapped under its (new) password, with the register key sealed to them and a
 * certificate from the enrolment key. A converted version-1 account keeps the password it chose itself.
 */
export function enrolOwnKeys(
  file: KeyFile,
  account: AccountEntry,
  entry: RosterEntry,
  enrolment: AccountKeyPairs,
  registerKey: Buffer,
  newPassword: string,
  givenPassword: string,
) {
  if (account.keysUnder === 'password') {
    requireStrongPassword(newPassword, account.name, 'newPassword');
    if (newPassword.normalize('NFC') === givenPassword.normalize('NFC')) {
      throw new AppError('INVALID_INPUT', 'Choose a password of your own, not the one you were given.', [
        { path: 'newPassword', message: 'Choose a password of your own, not the one you were given' },
      ]);
    }
  }
  const pairs = newKeyPairs();
  const publicKeys = publicKeysOf(pairs);
  const signature = signCanonical(certificateBody(file.databaseId, account.name, publicKeys), enrolment.ed25519.privateKey);
  const salt = newSalt();
  const kek = deriveKek(newPassword, salt, file.kdf);
  const enrolled: AccountEntry = {
    ...account,
    salt: salt.toString('base64'),
    keys: wrapPrivateKeys(pairs, kek, { databaseId: file.databaseId, name: account.name }),
    keysUnder: 'password',
    legacySlot: null,
    enrolling: false,
    sealed: sealRegisterKey(registerKey, publicKeys.x25519, { databaseId: file.databaseId, name: account.name, role: entry.role, generation: file.generation }),
    certificate: { ...publicKeys, signature },
  };
  return { account: enrolled, pairs, publicKeys, keyId: keyIdOf(pairs.ed25519.publicKey), kek };
}

/** The audit chain's record of an account's public keys (the roster's second witness). */
export function keysRecordedDraft(name: string, publicKeys: PublicKeys, keyId: string, how: string): AuditDraft {
  return {
    action: 'account.keys_recorded',
    entityType: 'account',
    entityId: name,
    incidentId: null,
    summary: `Public keys of ${name} recorded (${how}); key id ${keyId}`,
    changes: [{ field: 'publicKeys', before: null, after: { keyId, x25519: publicKeys.x25519, ed25519: publicKeys.ed25519 } }],
  };
}
