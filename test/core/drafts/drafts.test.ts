import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { coreActingAs, expectFailure, issuePaths, okVia } from '../../fixtures/builders';
import { contentFingerprint, createTestCasebook, minimalIncident, type TestCasebook } from '../../fixtures/db';

const nested = (depth: number): unknown => Array.from({ length: depth }).reduce<unknown>((inner) => [inner], 'x');
const auditRows = (cb: TestCasebook) => cb.db.prepare<[], number>('SELECT count(*) FROM audit_log').pluck().get();

describe('drafts of the acting account', () => {
  let cb: TestCasebook;
  beforeEach(() => {
    cb = createTestCasebook();
  });
  afterEach(() => cb.close());

  it('keeps a form’s values, replaces them on the next save, gives them back and forgets them when discarded', () => {
    const incident = cb.ok('incidents:create', minimalIncident());
    const first = cb.ok('drafts:save', { kind: 'note', incidentId: incident.id, values: { body: 'Called the rec' } });
    const second = cb.ok('drafts:save', { kind: 'note', incidentId: incident.id, values: { body: 'Called the recipient' } });
    expect(second.updatedAt).toBeGreaterThan(first.updatedAt);
    expect(cb.ok('drafts:get', { kind: 'note', incidentId: incident.id })).toEqual({
      kind: 'note',
      incidentId: incident.id,
      values: { body: 'Called the recipient' },
      updatedAt: second.updatedAt,
    });
    expect(cb.db.prepare('SELECT count(*) FROM drafts').pluck().get()).toBe(1);
    expect(cb.ok('drafts:discard', { kind: 'note', incidentId: incident.id })).toEqual({ discarded: true });
    expect(cb.ok('drafts:get', { kind: 'note', incidentId: incident.id })).toBeNull();
    expect(cb.ok('drafts:discard', { kind: 'note', incidentId: incident.id })).toEqual({ discarded: false });
  });

  it('keeps one new-incident draft per account, with no incident', () => {
    cb.ok('drafts:save', { kind: 'newIncident', incidentId: null, values: { title: 'Lost lap' } });
    cb.ok('drafts:save', { kind: 'newIncident', incidentId: null, values: { title: 'Lost laptop' } });
    expect(cb.db.prepare('SELECT count(*) FROM drafts').pluck().get()).toBe(1);
    expect(cb.ok('drafts:get', { kind: 'newIncident', incidentId: null })?.values).toEqual({ title: 'Lost laptop' });
  });

  it('lists the account’s drafts newest first, naming each form’s incident for the offer after login', () => {
    const incident = cb.ok('incidents:create', minimalIncident({ title: 'Pay list sent to army.ml' }));
    cb.ok('drafts:save', { kind: 'assessment', incidentId: incident.id, values: { ease: 'maximum' } });
    cb.ok('drafts:save', { kind: 'newIncident', incidentId: null, values: { title: 'Lost laptop' } });
    const saved = cb.ok('drafts:save', { kind: 'note', incidentId: incident.id, values: { body: 'Recipient replied' } });
    const { items } = cb.ok('drafts:list', {});
    expect(items.map((d) => [d.kind, d.incidentReference, d.incidentTitle])).toEqual([
      ['note', incident.reference, 'Pay list sent to army.ml'],
      ['newIncident', null, null],
      ['assessment', incident.reference, 'Pay list sent to army.ml'],
    ]);
    expect(items[0]).toMatchObject({ incidentId: incident.id, updatedAt: saved.updatedAt });
    expect(items[0]).not.toHaveProperty('values');
  });

  it('never shows, replaces or discards another account’s draft, even of the same form', () => {
    const incident = cb.ok('incidents:create', minimalIncident());
    const alice = coreActingAs(cb.db, 'Alice Pemberton');
    const bob = coreActingAs(cb.db, 'Bob Okafor');
    okVia(alice, 'drafts:save', { kind: 'note', incidentId: incident.id, values: { body: 'Alice’s half note' } });
    okVia(alice, 'drafts:save', { kind: 'newIncident', incidentId: null, values: { title: 'Alice’s incident' } });

    expect(okVia(bob, 'drafts:get', { kind: 'note', incidentId: incident.id })).toBeNull();
    expect(okVia(bob, 'drafts:list', {}).items).toEqual([]);
    expect(okVia(bob, 'drafts:discard', { kind: 'note', incidentId: incident.id })).toEqual({ discarded: false });
    okVia(bob, 'drafts:save', { kind: 'note', incidentId: incident.id, values: { body: 'Bob’s note' } });

    expect(okVia(alice, 'drafts:get', { kind: 'note', incidentId: incident.id })?.values).toEqual({ body: 'Alice’s half note' });
    expect(okVia(alice, 'drafts:list', {}).items).toHaveLength(2);
    expect(okVia(bob, 'drafts:get', { kind: 'note', incidentId: incident.id })?.values).toEqual({ body: 'Bob’s note' });
  });

  it('writes no audit entries: drafts are not events, and the chain still verifies', () => {
    const incident = cb.ok('incidents:create', minimalIncident());
    const before = auditRows(cb);
    cb.ok('drafts:save', { kind: 'decisions', incidentId: incident.id, values: { regulatorNotify: 'yes' } });
    cb.ok('drafts:get', { kind: 'decisions', incidentId: incident.id });
    cb.ok('drafts:list', {});
    cb.ok('drafts:discard', { kind: 'decisions', incidentId: incident.id });
    expect(auditRows(cb)).toBe(before);
    expect(cb.ok('audit:verify', {})).toMatchObject({ ok: true });
  });

  it('refuses a form of no known kind, a missing incident, values that are not an object or too long, changing nothing', () => {
    const incident = cb.ok('incidents:create', minimalIncident());
    cb.ok('drafts:save', { kind: 'note', incidentId: incident.id, values: { body: 'Kept as it was' } });
    const before = contentFingerprint(cb.db);
    const refusals: [unknown, string][] = [
      [{ kind: 'letter', incidentId: incident.id, values: {} }, 'kind'],
      [{ kind: 'note', incidentId: null, values: { body: 'x' } }, 'incidentId'],
      [{ kind: 'newIncident', incidentId: incident.id, values: {} }, 'incidentId'],
      [{ kind: 'note', incidentId: incident.id, values: ['Called'] }, 'values'],
      [{ kind: 'note', incidentId: incident.id, values: { body: 'x'.repeat(200_000) } }, 'values'],
      // The fuzz campaign's payload: 5,000 nested arrays overflowed the size check's JSON.stringify (INTERNAL).
      [{ kind: 'note', incidentId: incident.id, values: { body: nested(5_000) } }, 'values'],
      [{ kind: 'note', incidentId: incident.id, values: { body: nested(8) } }, 'values'],
    ];
    for (const [index, [input, path]] of refusals.entries()) {
      const error = expectFailure(cb.core.call('drafts:save', input as never), 'INVALID_INPUT');
      expect(issuePaths(error), `refusal ${index}`).toEqual([path]);
    }
    expect(
      expectFailure(cb.core.call('drafts:save', { kind: 'note', incidentId: incident.id, values: { body: 'x'.repeat(200_000) } }), 'INVALID_INPUT').issues?.[0]?.message,
    ).toMatch(/too long/);
    expectFailure(cb.core.call('drafts:save', { kind: 'note', incidentId: '00000000-0000-4000-8000-0000000fffff', values: { body: 'x' } }), 'NOT_FOUND');
    expect(contentFingerprint(cb.db)).toBe(before);
  });

  it('accepts values nested as deep as a form nests them', () => {
    const incident = cb.ok('incidents:create', minimalIncident());
    cb.ok('drafts:save', { kind: 'note', incidentId: incident.id, values: { body: nested(7) } });
    expect(cb.ok('drafts:get', { kind: 'note', incidentId: incident.id })?.values).toEqual({ body: nested(7) });
  });

  it('accepts a draft just under the size limit', () => {
    const incident = cb.ok('incidents:create', minimalIncident());
    // {"body":"…"} adds 11 characters around the text.
    cb.ok('drafts:save', { kind: 'note', incidentId: incident.id, values: { body: 'x'.repeat(200_000 - 11) } });
    expect(cb.ok('drafts:list', {}).items).toHaveLength(1);
  });

  it('goes with its incident when the incident is removed (demo data)', () => {
    cb.ok('demo:load', {});
    const demo = cb.ok('incidents:list', { limit: 1 }).items[0]!;
    cb.ok('drafts:save', { kind: 'note', incidentId: demo.id, values: { body: 'On a demo incident' } });
    cb.ok('demo:remove', {});
    expect(cb.ok('drafts:list', {}).items).toEqual([]);
  });

  it('keeps no draft for nobody: saving is FORBIDDEN until Casebook knows who is acting, and there is nothing to list', () => {
    const nobody = coreActingAs(cb.db, null);
    const before = contentFingerprint(cb.db);
    expectFailure(nobody.call('drafts:save', { kind: 'newIncident', incidentId: null, values: { title: 'x' } }), 'FORBIDDEN');
    expect(okVia(nobody, 'drafts:list', {}).items).toEqual([]);
    expect(contentFingerprint(cb.db)).toBe(before);
  });
});
