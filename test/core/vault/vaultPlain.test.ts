import { rmSync, unlinkSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { keyFileBeside } from '../../../electron/core/vault/keyFile';
import { openVault } from '../../../electron/core/vault/vault';
import { minimalIncident } from '../../fixtures/db';
import { ADMIN, fileHashes, ok, tempRegister, testVault } from './vaultHelpers';

const quiet = { error: () => {}, info: () => {} };

describe('the vault’s plain mode (tests and development)', () => {
  let file: string;
  afterEach(() => rmSync(dirname(file), { recursive: true, force: true }));

  it('opens an unencrypted register with no login, acting as the named actor with the administrator’s role', () => {
    file = tempRegister().file;
    const vault = openVault({ file, plain: { actor: 'Priya Raman' }, log: quiet });
    const created = ok(vault, 'incidents:create', minimalIncident());
    expect(ok(vault, 'incidents:history', { id: created.id }).items.map((e) => e.actor)).toEqual(['Priya Raman']);
    expect(vault.call('accounts:list', {})).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(vault.integrity()).toEqual({ ok: true, integrity: 'ok', foreignKeyViolations: 0 });
    vault.close();
    expect(vault.call('session:get', {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
  });

  it('refuses a register with accounts, and an encrypted one whose key file is missing, changing nothing', () => {
    file = tempRegister().file;
    const vault = testVault(file);
    ok(vault, 'auth:setup', ADMIN);
    vault.close();
    const before = fileHashes(file, keyFileBeside(file));
    expect(() => openVault({ file, plain: {}, log: quiet })).toThrow(/has accounts and is encrypted/);
    unlinkSync(keyFileBeside(file));
    expect(() => openVault({ file, plain: {}, log: quiet })).toThrow(/encrypted, but its key file/);
    expect(fileHashes(file)).toEqual({ [file]: before[file] });
  });
});
