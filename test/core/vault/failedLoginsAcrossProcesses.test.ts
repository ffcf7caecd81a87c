import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keyFileBeside, readKeyFile } from '../../../electron/core/vault/keyFile';
import { ADMIN, ok, tempRegister, testVault } from './vaultHelpers';

const REPO = resolve(__dirname, '../../..');
const ATTEMPTS = 6;

/** Runs the one-attempt fixture in a process of its own and resolves with what it printed. */
function attemptLogin(file: string, password: string, startAt: number): Promise<string> {
  return new Promise((done, failed) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/fixtures/loginAttempt.ts', file, ADMIN.name, String(startAt)], {
      cwd: REPO,
      env: { ...process.env, CASEBOOK_PASSWORD: password },
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.on('error', failed);
    child.on('close', () => done(out.trim()));
  });
}

describe('failed logins from several processes at once', () => {
  it('records every wrong password, so the back-off applies across processes, and leaves no lock behind', { timeout: 120_000 }, async () => {
    const { file } = tempRegister();
    const vault = testVault(file);
    ok(vault, 'auth:setup', { ...ADMIN, businessUnit: '' });
    vault.close();

    // Every process loads first, then all try at the same moment.
    const startAt = Date.now() + 8_000;
    const outcomes = await Promise.all(Array.from({ length: ATTEMPTS }, (_, i) => attemptLogin(file, `wrong guess number ${i}`, startAt)));

    expect(outcomes.every((o) => o.startsWith('refused '))).toBe(true);
    const recorded = readKeyFile(keyFileBeside(file))!;
    const heldBack = outcomes.filter((o) => o.includes('Too many wrong passwords')).length;
    // Each attempt was either judged and recorded as a failure, or held back by the failures before it.
    expect(recorded.failuresInARow + heldBack).toBe(ATTEMPTS);
    expect(recorded.failedLogins).toHaveLength(recorded.failuresInARow);
    expect(recorded.failuresInARow).toBeGreaterThanOrEqual(3);
    expect(existsSync(`${keyFileBeside(file)}.lock`)).toBe(false);
  });
});
