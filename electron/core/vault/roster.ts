import { keyIdOf } from '../audit/signing';
import type { KeyObject } from 'node:crypto';
import { AppError } from '../../../shared/contract/result';
import { publicKeyFrom, signCanonical, verifyCanonical, type PublicKeys } from './accountKeys';
import type { AccountEntry, KeyFile, RosterBody, RosterEntry, SignedRoster } from './keyFile';

/**
 * The roster: the register's list of accounts, their public keys and roles, signed by an administrator.
 * Login, the sealed keys and the audit's trusted keys are all judged against it; a slot or entry that is
 * not on it, or a roster whose signature fails, is refused.
 */
export const ROSTER_ALTERED =
  'The list of accounts in the key file has been altered: its signature does not match. Nothing was opened. Restore the key file from a backup, and tell an administrator.';
export const NOT_ON_ROSTER = "This account is not on the register's signed list of accounts (it may have been removed). Nothing was opened.";

export type Signer = { keyId: string; privateKey: KeyObject };

export function signRoster(body: RosterBody, signer: Signer): SignedRoster {
  return { body, signedBy: signer.keyId, signature: signCanonical(body, signer.privateKey) };
}

/** The roster's body, once its signature is proved to be an administrator's on it, for this register. */
export function verifiedRoster(file: KeyFile): RosterBody {
  const { body, signedBy, signature } = file.roster;
  const signer = body.entries.find((e) => e.keyId === signedBy && e.role === 'administrator' && !e.enrolling);
  const keyIdsTrue = body.entries.every((e) => keyIdOf(publicEd(e.ed25519)) === e.keyId);
  const namesUnique = new Set(body.entries.map((e) => e.name)).size === body.entries.length;
  if (!signer || body.databaseId !== file.databaseId || !keyIdsTrue || !namesUnique || !verifyCanonical(body, signature, signer.ed25519)) {
    throw new AppError('CONFLICT', ROSTER_ALTERED);
  }
  return body;
}

function publicEd(raw: string): KeyObject {
  return publicKeyFrom(raw, 'Ed25519');
}

/** What an account's own keys are certified as: its enrolment key's signature over them. */
export function certificateBody(databaseId: string, name: string, keys: PublicKeys) {
  return { purpose: 'enrolment certificate', databaseId, name, x25519: keys.x25519, ed25519: keys.ed25519 };
}

/**
 * The public keys the roster trusts for an account now: the roster's own, or — after its first login and
 * before an administrator signs them in — its own keys, certified by the enrolment key the roster lists.
 */
export function currentKeys(databaseId: string, entry: RosterEntry, account: AccountEntry | undefined): PublicKeys & { keyId: string; enrolling: boolean } {
  const cert = account?.certificate;
  if (entry.enrolling && cert && verifyCanonical(certificateBody(databaseId, entry.name, cert), cert.signature, entry.ed25519)) {
    return { x25519: cert.x25519, ed25519: cert.ed25519, keyId: keyIdOf(publicEd(cert.ed25519)), enrolling: false };
  }
  return { x25519: entry.x25519, ed25519: entry.ed25519, keyId: entry.keyId, enrolling: entry.enrolling };
}

/** The roster with every certified first login signed in as the account's own keys (done by an administrator). */
export function foldCertificates(file: KeyFile, body: RosterBody): { entries: RosterEntry[]; accounts: AccountEntry[]; folded: boolean } {
  let folded = false;
  const entries = body.entries.map((entry) => {
    const keys = currentKeys(
      file.databaseId,
      entry,
      file.accounts.find((a) => a.name === entry.name),
    );
    if (!entry.enrolling || keys.enrolling) return entry;
    folded = true;
    return { ...entry, x25519: keys.x25519, ed25519: keys.ed25519, keyId: keys.keyId, enrolling: false };
  });
  const accounts = folded ? file.accounts.map((a) => (entries.some((e) => e.name === a.name && !e.enrolling) ? { ...a, certificate: null } : a)) : file.accounts;
  return { entries, accounts, folded };
}
