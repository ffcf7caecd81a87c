import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { ANY_ACTOR, keyIdOf, signerOf, trustOnly, type AuditSigner, type TrustedKeys } from './signing';

/** Where a plain register keeps its own signing key: beside the file, like the key file of an encrypted one. */
export function plainSigningKeyPath(dbFile: string): string {
  return `${dbFile}.signing-key`;
}

/**
 * The signer and roster of a plain register (no accounts, no login): one Ed25519 key of the register's
 * own, made at first open and kept beside the file. Every write is signed, so the format is the same on
 * every door; but whoever can read the file can read this key, so against them it proves nothing — it
 * only keeps a plain register's history in the one format (docs/audit-format.md). An in-memory register
 * gets a key that lives as long as it does.
 */
export function plainRegisterKey(dbFile: string): { signer: AuditSigner; trustedKeys: TrustedKeys } {
  const privateKey = dbFile === ':memory:' ? generateKeyPairSync('ed25519').privateKey : readOrMake(plainSigningKeyPath(dbFile));
  const publicKey = createPublicKey(privateKey);
  return {
    signer: signerOf(privateKey),
    trustedKeys: trustOnly([{ keyId: keyIdOf(publicKey), name: ANY_ACTOR, role: 'administrator', publicKey }]),
  };
}

function readOrMake(path: string): KeyObject {
  if (existsSync(path)) return createPrivateKey(readFileSync(path, 'utf8'));
  const { privateKey } = generateKeyPairSync('ed25519');
  writeFileSync(path, privateKey.export({ format: 'pem', type: 'pkcs8' }), { mode: 0o600, flag: 'wx' });
  return privateKey;
}
