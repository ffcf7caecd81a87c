import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import type { Input, Output, SyncOperation } from '../../../shared/contract';
import { keyFileBeside, readKeyFile } from '../../../electron/core/vault/keyFile';
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

/** The register's raw key, unwrapped from an account's slot as a login does: lets a test read the file directly. */
export function registerKey(file: string, account: { name: string; password: string }): Buffer {
  const keyFile = readKeyFile(keyFileBeside(file))!;
  const slot = keyFile.slots.find((s) => s.name === account.name)!;
  const kek = deriveKek(account.password, Buffer.from(slot.salt, 'base64'), keyFile.kdf);
  return unwrapKey(slot, kek, { databaseId: keyFile.databaseId, name: slot.name, role: slot.role })!;
}
