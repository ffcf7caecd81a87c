import { afterEach, describe, expect, it } from 'vitest';
import type { Vault } from '../../../electron/core/vault/vault';
import { minimalIncident } from '../../fixtures/db';
import { ADMIN, OFFICER, enrol, fail, ok, tempRegister, testVault } from './vaultHelpers';

const open: Vault[] = [];
afterEach(() => {
  for (const v of open.splice(0)) v.close();
});

describe('nothing orphaned', () => {
  it("offers a removed account's open incidents and actions, and hands them to another account, audited", () => {
    const { file } = tempRegister();
    const vault = testVault(file);
    open.push(vault);
    ok(vault, 'auth:setup', { name: ADMIN.name, password: ADMIN.password });
    enrol(vault, ADMIN, OFFICER, 'officer');
    const owned = ok(vault, 'incidents:create', minimalIncident({ title: 'Owned by the officer', owner: OFFICER.name }));
    ok(vault, 'incidents:create', minimalIncident({ title: 'Owned by someone else', owner: 'Sam Other' }));
    const action = ok(vault, 'actions:add', { incidentId: owned.id, kind: 'preventive', description: 'Recall the papers', owner: OFFICER.name });
    ok(vault, 'actions:add', { incidentId: owned.id, kind: 'preventive', description: 'Already done', owner: OFFICER.name, status: 'done' });

    expect(ok(vault, 'accounts:remove', { name: OFFICER.name }).openWork).toEqual({ incidents: 1, actions: 1 });
    expect(fail(vault, 'accounts:reassign', { from: OFFICER.name, to: 'Nobody Here' }).code).toBe('NOT_FOUND');
    expect(fail(vault, 'accounts:reassign', { from: ADMIN.name, to: ADMIN.name }).issues?.[0]?.path).toBe('to');
    expect(ok(vault, 'incidents:get', { id: owned.id }).incident.owner).toBe(OFFICER.name);

    expect(ok(vault, 'accounts:reassign', { from: OFFICER.name, to: ADMIN.name })).toEqual({ incidents: 1, actions: 1 });
    expect(ok(vault, 'incidents:get', { id: owned.id }).incident.owner).toBe(ADMIN.name);
    expect(ok(vault, 'actions:list', { incidentId: owned.id }).items.find((a) => a.id === action.id)!.owner).toBe(ADMIN.name);
    const history = ok(vault, 'incidents:history', { id: owned.id }).items;
    expect(history.filter((e) => e.actor === ADMIN.name && ['incident.updated', 'action.updated'].includes(e.action))).toHaveLength(2);
    expect(ok(vault, 'accounts:reassign', { from: OFFICER.name, to: ADMIN.name })).toEqual({ incidents: 0, actions: 0 });
    expect(ok(vault, 'audit:verify', {}).ok).toBe(true);
  });
});
