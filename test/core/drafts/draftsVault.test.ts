import { existsSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { openVault, type Vault } from '../../../electron/core/vault/vault';
import { minimalIncident } from '../../fixtures/db';
import { ADMIN, OFFICER, enrol, fail, ok, tempRegister, testVault } from '../vault/vaultHelpers';

/** Drafts behind the vault: reachable only while logged in, kept encrypted, and gone with their account. */

const open: Vault[] = [];
afterEach(() => {
  for (const v of open.splice(0)) v.close();
});

function setUp() {
  const { file } = tempRegister();
  const vault = testVault(file);
  open.push(vault);
  ok(vault, 'auth:setup', ADMIN);
  return { file, vault };
}

const HALF_NOTE = 'Recipient at army.ml has not replied';

describe('drafts behind the vault', () => {
  it('answers LOCKED to every drafts operation while locked, and gives the draft back after the next login', () => {
    const { vault } = setUp();
    const incident = ok(vault, 'incidents:create', minimalIncident());
    ok(vault, 'drafts:save', { kind: 'note', incidentId: incident.id, values: { body: HALF_NOTE } });
    vault.lock('idle');

    expect(fail(vault, 'drafts:list', {}).code).toBe('LOCKED');
    expect(fail(vault, 'drafts:get', { kind: 'note', incidentId: incident.id }).code).toBe('LOCKED');
    expect(fail(vault, 'drafts:save', { kind: 'note', incidentId: incident.id, values: { body: 'x' } }).code).toBe('LOCKED');
    expect(fail(vault, 'drafts:discard', { kind: 'note', incidentId: incident.id }).code).toBe('LOCKED');

    ok(vault, 'auth:login', ADMIN);
    expect(ok(vault, 'drafts:get', { kind: 'note', incidentId: incident.id })?.values).toEqual({ body: HALF_NOTE });
  });

  it('keeps drafts inside the encrypted register: the text is nowhere in the files on disk', () => {
    const { file, vault } = setUp();
    ok(vault, 'drafts:save', { kind: 'newIncident', incidentId: null, values: { title: HALF_NOTE } });
    vault.lock('user');
    for (const f of [file, `${file}-wal`].filter(existsSync)) expect(readFileSync(f).includes(HALF_NOTE), f).toBe(false);
  });

  it('keeps each account’s drafts to itself, whatever its role, and removes them with the account', () => {
    const { vault } = setUp();
    enrol(vault, ADMIN, OFFICER, 'officer');
    ok(vault, 'drafts:save', { kind: 'newIncident', incidentId: null, values: { title: 'The administrator’s' } });
    vault.lock('user');
    ok(vault, 'auth:login', OFFICER);
    expect(ok(vault, 'drafts:list', {}).items).toEqual([]);
    ok(vault, 'drafts:save', { kind: 'newIncident', incidentId: null, values: { title: 'The officer’s' } });
    vault.lock('user');

    ok(vault, 'auth:login', ADMIN);
    expect(ok(vault, 'drafts:get', { kind: 'newIncident', incidentId: null })?.values).toEqual({ title: 'The administrator’s' });
    ok(vault, 'accounts:remove', { name: OFFICER.name });
    // A new account given the old name starts with nothing of the old one's.
    enrol(vault, ADMIN, OFFICER, 'reviewer');
    vault.lock('user');
    ok(vault, 'auth:login', OFFICER);
    expect(ok(vault, 'drafts:list', {}).items).toEqual([]);
    ok(vault, 'drafts:save', { kind: 'newIncident', incidentId: null, values: { title: 'A reviewer may keep a draft too' } });
  });

  it('keeps every account’s drafts through a key rotation, which removes no one', () => {
    const { vault } = setUp();
    enrol(vault, ADMIN, OFFICER, 'officer');
    vault.lock('user');
    ok(vault, 'auth:login', OFFICER);
    ok(vault, 'drafts:save', { kind: 'newIncident', incidentId: null, values: { title: 'The officer’s' } });
    vault.lock('user');
    ok(vault, 'auth:login', ADMIN);
    ok(vault, 'drafts:save', { kind: 'newIncident', incidentId: null, values: { title: 'The administrator’s' } });
    ok(vault, 'security:rotateKey', {});
    vault.lock('user');
    ok(vault, 'auth:login', OFFICER);
    expect(ok(vault, 'drafts:get', { kind: 'newIncident', incidentId: null })?.values).toEqual({ title: 'The officer’s' });
  });

  it('keeps drafts per recorded officer in a plain register', () => {
    const { file } = tempRegister();
    const vault = openVault({ file, plain: { actor: 'Priya Raman' }, log: { error: () => {}, info: () => {} } });
    open.push(vault);
    ok(vault, 'drafts:save', { kind: 'newIncident', incidentId: null, values: { title: 'Lost laptop' } });
    expect(ok(vault, 'drafts:list', {}).items).toHaveLength(1);
    expect(ok(vault, 'drafts:get', { kind: 'newIncident', incidentId: null })?.values).toEqual({ title: 'Lost laptop' });
  });
});
