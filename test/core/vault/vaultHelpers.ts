import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import type { Input, Output, SyncOperation } from '../../../shared/contract';
import { keyFileBeside, readKeyFile } from '../../../electron/core/vault/keyFile';
import { unsealRegisterKey, unwrapPrivateKeys } from '../../../electron/core/vault/accountKeys';
import { deriveKek, unwrapKey } from '../../../electron/core/vault/keySlots';
import { openVault, type Vault } from '../../../electron/core/vault/vault';

/** scrypt at 2^14: the same code path as the real 2^16, four times cheaper, so the suite stays quick. */
export const TEST_KDF = { name: 'scrypt', N: 2 ** 14, r: 8, p: 1 } as const;
export const ADMIN = { name: 'Alex Admin', password: 'granite kettle orchard lantern 42' };
export const OFFICER = { name: 'Olu Officer', password: 'velvet harbour copper meadow 17' };

/** The folders `tempRegister` made for the test file importing this module, removed once its tests have run. */
const registers: string[] = [];
afterAll(() => {
  for (const dir of registers.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export function tempRegister(): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'casebook-vault-'));
  registers.push(dir);
  return { dir, file: join(dir, 'casebook.db') };
}

export function clock(start = Date.UTC(2026, 10, 27, 9, 0)) {
  let t = start;
  const now = () => t;
  return Object.assign(now, { advance: (ms: number) => (t += ms) });
}

export function testVault(file: string, now: () => number = clock()): Vault {
  return openVault({ file, now, kdf: TEST_KDF, log: { error: () => {}, info: () => {} } });
}

export function ok<O extends SyncOperation>(vault: Vault, operation: O, input: Input<O>): Output<O> {
  const result = vault.call(operation, input);
  if (!result.ok) throw new Error(`${operation} failed: ${JSON.stringify(result.error)}`);
  return result.value;
}

export function fail<O extends SyncOperation>(vault: Vault, operation: O, input: Input<O>) {
  const result = vault.call(operation, input);
  if (result.ok) throw new Error(`${operation} unexpectedly succeeded`);
  return result.error;
}

/** A hash of each file that exists, to prove a refused operation changed nothing on disk. */
export function fileHashes(...files: string[]): Record<string, string | null> {
  return Object.fromEntries(files.map((f) => [f, existsSync(f) ? createHash('sha256').update(readFileSync(f)).digest('hex') : null]));
}

/** The register's raw key, unsealed with an account's private key as a login does: lets a test read the file directly. */
export function registerKey(file: string, account: { name: string; password: string }, keyFilePath = keyFileBeside(file)): Buffer {
  const keyFile = readKeyFile(keyFilePath)!;
  if (keyFile.version === 1) {
    const slot = keyFile.slots.find((s) => s.name === account.name)!;
    const kek = deriveKek(account.password, Buffer.from(slot.salt, 'base64'), keyFile.kdf);
    return unwrapKey(slot, kek, { databaseId: keyFile.databaseId, name: slot.name, role: slot.role })!;
  }
  const entry = keyFile.accounts.find((a) => a.name === account.name)!;
  const kek = deriveKek(account.password, Buffer.from(entry.salt, 'base64'), keyFile.kdf);
  const pairs = unwrapPrivateKeys(entry.keys, kek, { databaseId: keyFile.databaseId, name: entry.name })!;
  const role = keyFile.roster.body.entries.find((e) => e.name === account.name)!.role;
  return unsealRegisterKey(entry.sealed, pairs.x25519.privateKey, { databaseId: keyFile.databaseId, name: entry.name, role, generation: entry.sealed.generation })!;
}

/** The first password an administrator gives a new account; the account replaces it at its first login. */
export const FIRST_PASSWORD = 'given tundra marble falcon 63';

/**
 * An account as an administrator creates it and it then takes up: created with the first password, its
 * first login choosing `account.password` (it makes its own keys), and the administrator logged back in.
 */
export function enrol(
  vault: Vault,
  admin: { name: string; password: string },
  account: { name: string; password: string },
  role: 'administrator' | 'officer' | 'reviewer',
): void {
  ok(vault, 'accounts:create', { name: account.name, role, password: FIRST_PASSWORD });
  vault.lock('user');
  ok(vault, 'auth:firstLogin', { name: account.name, password: FIRST_PASSWORD, newPassword: account.password });
  vault.lock('user');
  ok(vault, 'auth:login', admin);
}
