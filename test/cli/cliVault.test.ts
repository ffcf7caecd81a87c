import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../electron/core/db/openDatabase';
import { keyFileBeside } from '../../electron/core/vault/keyFile';
import { minimalIncident } from '../fixtures/db';
import { ADMIN, FIRST_PASSWORD, OFFICER, enrol, ok, registerKey, tempRegister, testVault } from '../core/vault/vaultHelpers';

const REPO = resolve(__dirname, '../..');
/** Each command starts Node and the core's worker thread, both loading TypeScript through tsx: seconds each on a busy machine. */
const CLI_TIMEOUT = 120_000;
const REVIEWER = { name: 'Rae Reviewer', password: 'thistle anchor sonnet puddle 63' };

describe('casebook setup', { timeout: CLI_TIMEOUT }, () => {
  it('creates an encrypted register with its administrator, with no plaintext on disk', () => {
    const { dir, file } = tempRegister();
    const env: NodeJS.ProcessEnv = { ...process.env, INIT_CWD: dir, CASEBOOK_PASSWORD: ADMIN.password };
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/index.ts', ...args], { cwd: REPO, env, encoding: 'utf8', timeout: 120_000 });
    const made = run('setup', '--db', file, '--account', ADMIN.name);
    expect(made.status, made.stderr).toBe(0);
    expect(JSON.parse(made.stdout)).toEqual({ register: file, administrator: ADMIN.name, encrypted: true });
    expect(existsSync(keyFileBeside(file))).toBe(true);
    expect(readFileSync(file).subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
    const vault = testVault(file);
    expect(ok(vault, 'auth:login', ADMIN).account).toMatchObject({ name: ADMIN.name, role: 'administrator' });
    vault.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a weak password, creating nothing', () => {
    const { dir, file } = tempRegister();
    const env: NodeJS.ProcessEnv = { ...process.env, INIT_CWD: dir, CASEBOOK_PASSWORD: 'password1' };
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/index.ts', 'setup', '--db', file, '--account', ADMIN.name], {
      cwd: REPO,
      env,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stderr).error.code).toBe('INVALID_INPUT');
    expect(readdirSync(dir)).toEqual([]);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('the CLI on a register with accounts', { timeout: CLI_TIMEOUT }, () => {
  let file: string;
  beforeEach(() => {
    file = tempRegister().file;
    const vault = testVault(file);
    ok(vault, 'auth:setup', { name: ADMIN.name, password: ADMIN.password });
    enrol(vault, ADMIN, OFFICER, 'officer');
    enrol(vault, ADMIN, REVIEWER, 'reviewer');
    vault.close();
  });
  afterEach(() => rmSync(dirname(file), { recursive: true, force: true }));

  function casebook(password: string | null, ...args: string[]) {
    return fed(password, undefined, ...args);
  }

  /** The same with `input` piped on stdin as JSON, as `api` takes it. */
  function fed(password: string | null, input: unknown, ...args: string[]) {
    return withEnv({}, password, input, ...args);
  }

  function withEnv(extra: NodeJS.ProcessEnv, password: string | null, input: unknown, ...args: string[]) {
    const env: NodeJS.ProcessEnv = { ...process.env, INIT_CWD: dirname(file), ...extra };
    delete env.CASEBOOK_PASSWORD;
    if (password !== null) env.CASEBOOK_PASSWORD = password;
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/index.ts', ...args, '--db', file], {
      cwd: REPO,
      env,
      encoding: 'utf8',
      timeout: 60_000,
      input: input === undefined ? '' : JSON.stringify(input),
    });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr, json: () => JSON.parse(r.stdout) as Record<string, unknown> };
  }

  it('refuses --plain for a register with accounts, and setup where a register exists, changing nothing', () => {
    const before = readFileSync(file);
    const plain = casebook(null, 'api', 'incidents:list', '--plain', '--actor', 'Intruder');
    expect(plain.status).toBe(2);
    expect(plain.stderr).toContain('has accounts and is encrypted: log in with --account NAME');
    const again = casebook(ADMIN.password, 'setup', '--account', ADMIN.name);
    expect(again.status).toBe(1);
    expect(JSON.parse(again.stderr).error.code).toBe('CONFLICT');
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('restores through the vault, and the restore is audited under the account', () => {
    const drive = join(dirname(file), 'usb');
    mkdirSync(drive);
    const backup = casebook(ADMIN.password, 'backup', drive, '--account', ADMIN.name);
    expect(backup.status, backup.stderr).toBe(0);
    const name = backup.json().name as string;
    expect(casebook(OFFICER.password, 'restore', join(drive, name), '--account', OFFICER.name).status).toBe(1);
    const restored = casebook(ADMIN.password, 'restore', join(drive, name), '--account', ADMIN.name);
    expect(restored.status, restored.stderr).toBe(0);
    const db = openDatabase(file, { rawKey: registerKey(file, ADMIN), readonly: true });
    const last = db.prepare<[], { action: string; actor: string; summary: string }>('SELECT action, actor, summary FROM audit_log ORDER BY seq DESC LIMIT 1').get();
    closeDatabase(db);
    expect(last).toEqual({ action: 'backup.restored', actor: ADMIN.name, summary: `Register restored from backup ${name}` });
  });

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

  it('acts as the account, under its role, each login audited as through the command line', () => {
    const created = fed(OFFICER.password, minimalIncident(), 'api', 'incidents:create', '--account', OFFICER.name);
    expect(created.status, created.stderr).toBe(0);
    const id = created.json().id as string;
    const history = fed(OFFICER.password, { id }, 'api', 'incidents:history', '--account', OFFICER.name);
    expect((history.json().items as { actor: string }[]).map((e) => e.actor)).toEqual([OFFICER.name]);
    const refused = fed(REVIEWER.password, minimalIncident(), 'api', 'incidents:create', '--account', REVIEWER.name);
    expect(refused.status).toBe(1);
    expect(JSON.parse(refused.stderr).error.code).toBe('FORBIDDEN');
    const db = openDatabase(file, { rawKey: registerKey(file, ADMIN), readonly: true });
    const logins = db.prepare<[], { summary: string }>("SELECT summary FROM audit_log WHERE action = 'account.logged_in' ORDER BY seq").all();
    closeDatabase(db);
    expect(logins.map((l) => l.summary).filter((s) => s.includes('command line'))).toEqual([
      `${OFFICER.name} logged in (command line)`,
      `${OFFICER.name} logged in (command line)`,
      `${REVIEWER.name} logged in (command line)`,
    ]);
  });

  it('takes a first login: the given password once, with the one the account chooses from CASEBOOK_NEW_PASSWORD', () => {
    const vault = testVault(file);
    ok(vault, 'auth:login', ADMIN);
    const newcomer = { name: 'Nia Newcomer', password: 'harbour quill seventy lichen 4' };
    ok(vault, 'accounts:create', { name: newcomer.name, role: 'officer', password: FIRST_PASSWORD });
    vault.close();
    const withoutNew = fed(FIRST_PASSWORD, undefined, 'api', 'incidents:list', '--account', newcomer.name);
    expect(withoutNew.status).toBe(2);
    expect(withoutNew.stderr).toContain('CASEBOOK_NEW_PASSWORD');
    const first = withEnv({ CASEBOOK_NEW_PASSWORD: newcomer.password }, FIRST_PASSWORD, undefined, 'api', 'incidents:list', '--account', newcomer.name);
    expect(first.status, first.stderr).toBe(0);
    expect(fed(FIRST_PASSWORD, undefined, 'api', 'incidents:list', '--account', newcomer.name).status).toBe(1);
    expect(fed(newcomer.password, undefined, 'api', 'incidents:list', '--account', newcomer.name).status).toBe(0);
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
