import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { minimalIncident } from '../fixtures/db';
import { ADMIN, OFFICER, ok, tempRegister, testVault } from './vaultHelpers';

const REPO = resolve(__dirname, '../..');
const REVIEWER = { name: 'Rae Reviewer', password: 'thistle anchor sonnet puddle 63' };

describe('the CLI on a register with accounts', () => {
  let file: string;
  beforeEach(() => {
    file = tempRegister().file;
    const vault = testVault(file);
    ok(vault, 'auth:setup', { name: ADMIN.name, password: ADMIN.password });
    ok(vault, 'accounts:create', { ...OFFICER, role: 'officer' });
    ok(vault, 'accounts:create', { ...REVIEWER, role: 'reviewer' });
    vault.close();
  });
  afterEach(() => rmSync(dirname(file), { recursive: true, force: true }));

  function casebook(password: string | null, ...args: string[]) {
    const env: NodeJS.ProcessEnv = { ...process.env, INIT_CWD: dirname(file) };
    delete env.CASEBOOK_PASSWORD;
    if (password !== null) env.CASEBOOK_PASSWORD = password;
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/index.ts', ...args, '--db', file], { cwd: REPO, env, encoding: 'utf8', timeout: 60_000 });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr, json: () => JSON.parse(r.stdout) as Record<string, unknown> };
  }

  it('needs --account, and a password from CASEBOOK_PASSWORD when not in a terminal', () => {
    const noAccount = casebook(ADMIN.password, 'api', 'incidents:list');
    expect(noAccount.status).toBe(2);
    expect(noAccount.stderr).toContain('--account NAME');
    const noPassword = casebook(null, 'api', 'incidents:list', '--account', ADMIN.name);
    expect(noPassword.status).toBe(2);
    expect(noPassword.stderr).toContain('CASEBOOK_PASSWORD');
    const wrong = casebook('not the password at all', 'api', 'incidents:list', '--account', ADMIN.name);
    expect(wrong.status).toBe(1);
    expect(JSON.parse(wrong.stderr).error.code).toBe('FORBIDDEN');
    expect(wrong.stderr).not.toContain('not the password at all');
  });

  it('acts as the account, under its role', () => {
    const created = casebook(OFFICER.password, 'api', 'incidents:create', JSON.stringify(minimalIncident()), '--account', OFFICER.name);
    expect(created.status, created.stderr).toBe(0);
    const id = created.json().id as string;
    const history = casebook(OFFICER.password, 'api', 'incidents:history', JSON.stringify({ id }), '--account', OFFICER.name);
    expect((history.json().items as { actor: string }[]).map((e) => e.actor)).toEqual([OFFICER.name]);
    const refused = casebook(REVIEWER.password, 'api', 'incidents:create', JSON.stringify(minimalIncident()), '--account', REVIEWER.name);
    expect(refused.status).toBe(1);
    expect(JSON.parse(refused.stderr).error.code).toBe('FORBIDDEN');
  });

  it('backs up (administrators only) into a dated folder that verifies', () => {
    const drive = join(dirname(file), 'usb');
    mkdirSync(drive);
    expect(casebook(OFFICER.password, 'backup', drive, '--account', OFFICER.name).status).toBe(1);
    const backup = casebook(ADMIN.password, 'backup', drive, '--account', ADMIN.name);
    expect(backup.status, backup.stderr).toBe(0);
    expect(backup.json()).toMatchObject({ verified: true, accounts: expect.arrayContaining([ADMIN.name, OFFICER.name]) });
    expect(readdirSync(drive)).toHaveLength(1);
    const vault = testVault(file);
    ok(vault, 'auth:login', ADMIN);
    expect(ok(vault, 'auth:status', {}).backupOverdue).toBeNull();
    vault.close();
  });
});
