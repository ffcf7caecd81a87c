import { keyIdOf } from '../audit/signing';
import type { AccountRole } from '../../../shared/contract/accounts';
import { newKeyPairs, publicKeysOf, sealRegisterKey, wrapPrivateKeys, type AccountKeyPairs } from './accountKeys';
import type { AccountEntry, KeyFile, KeyFileV1, RosterEntry } from './keyFile';
import type { KdfParams } from './keySlots';
import { signRoster } from './roster';

/**
 * The two ways a version-2 key file begins, both with a first administrator whose signing key is the
 * root of trust: setup, and the conversion of a version-1 file at an administrator's login.
 */
export type RootAdministrator = { name: string; businessUnit: string; createdAt: number; lastLoginAt: number | null; salt: Buffer; kek: Buffer };

export function newKeyFile(
  databaseId: string,
  kdf: KdfParams,
  registerKey: Buffer,
  admin: RootAdministrator,
  now: number,
  others: { account: AccountEntry; entry: RosterEntry }[] = [],
): { file: KeyFile; pairs: AccountKeyPairs; keyId: string } {
  const pairs = newKeyPairs();
  const publicKeys = publicKeysOf(pairs);
  const keyId = keyIdOf(pairs.ed25519.publicKey);
  const entry: RosterEntry = { name: admin.name, role: 'administrator', keyId, ...publicKeys, enrolling: false };
  const account: AccountEntry = {
    name: admin.name,
    businessUnit: admin.businessUnit,
    createdAt: admin.createdAt,
    lastLoginAt: admin.lastLoginAt,
    salt: admin.salt.toString('base64'),
    keys: wrapPrivateKeys(pairs, admin.kek, { databaseId, name: admin.name }),
    keysUnder: 'password',
    legacySlot: null,
    enrolling: false,
    sealed: sealRegisterKey(registerKey, publicKeys.x25519, { databaseId, name: admin.name, role: 'administrator', generation: 1 }),
    certificate: null,
  };
  const body = { databaseId, seq: 1, root: { keyId, ed25519: publicKeys.ed25519 }, signedAt: now, entries: [entry, ...others.map((o) => o.entry)] };
  const file: KeyFile = {
    version: 2,
    databaseId,
    kdf,
    generation: 1,
    accounts: [account, ...others.map((o) => o.account)],
    roster: signRoster(body, { keyId, privateKey: pairs.ed25519.privateKey }),
    pendingRekey: null,
    failedLogins: [],
    failuresInARow: 0,
  };
  return { file, pairs, keyId };
}

/**
 * A version-1 file converted by the administrator logging in: the administrator makes its own keys (under
 * the password just given, same salt); every other slot becomes an enrolment whose enrolment pair is
 * wrapped under the register key, opened at that account's next login through its old slot (it keeps its
 * password). Until then anyone holding the register key could enrol in its place — as anyone could add a
 * slot under version 1 — so each account should log in soon after the upgrade (docs/keys-and-accounts.md).
 */
export function convertKeyFile(v1: KeyFileV1, registerKey: Buffer, adminName: string, kek: Buffer, now: number) {
  const adminSlot = v1.slots.find((s) => s.name === adminName)!;
  const others = v1.slots
    .filter((s) => s !== adminSlot)
    .map((slot) => {
      const pairs = newKeyPairs();
      const publicKeys = publicKeysOf(pairs);
      const entry: RosterEntry = { name: slot.name, role: slot.role as AccountRole, keyId: keyIdOf(pairs.ed25519.publicKey), ...publicKeys, enrolling: true };
      const account: AccountEntry = {
        name: slot.name,
        businessUnit: slot.businessUnit,
        createdAt: slot.createdAt,
        lastLoginAt: slot.lastLoginAt,
        // The old slot's salt: the password the account already has derives the key that opens its slot.
        salt: slot.salt,
        keys: wrapPrivateKeys(pairs, registerKey, { databaseId: v1.databaseId, name: slot.name }),
        keysUnder: 'register key',
        legacySlot: { role: slot.role, salt: slot.salt, iv: slot.iv, wrappedKey: slot.wrappedKey, tag: slot.tag },
        enrolling: true,
        sealed: sealRegisterKey(registerKey, publicKeys.x25519, { databaseId: v1.databaseId, name: slot.name, role: slot.role, generation: 1 }),
        certificate: null,
      };
      return { account, entry };
    });
  const admin = { ...adminSlot, salt: Buffer.from(adminSlot.salt, 'base64'), kek };
  const converted = newKeyFile(v1.databaseId, v1.kdf, registerKey, admin, now, others);
  return { ...converted, file: { ...converted.file, failedLogins: v1.failedLogins, failuresInARow: v1.failuresInARow } };
}
