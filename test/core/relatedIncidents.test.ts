import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestCasebook, minimalIncident, type TestCasebook } from '../fixtures/db';

/** Links a new or existing party by address to an incident. */
function link(cb: TestCasebook, incidentId: string, email: string) {
  const existing = cb.ok('parties:search', { text: email, limit: 5 }).items.find((p) => p.email === email);
  cb.ok('involvements:link', {
    incidentId,
    party: existing ? { id: existing.id } : { new: { name: email, email } },
    involvement: { roles: ['unintended_recipient'] },
  });
}

describe('related incidents', () => {
  let cb: TestCasebook;
  beforeEach(() => {
    cb = createTestCasebook({ memory: true });
  });
  afterEach(() => cb.close());

  it('finds other incidents with the same lookalike domain, and says since when', () => {
    const first = cb.ok('incidents:create', minimalIncident({ discoveredAt: Date.UTC(2023, 0, 10, 12) }));
    const second = cb.ok('incidents:create', minimalIncident({ discoveredAt: Date.UTC(2023, 5, 2, 12) }));
    const current = cb.ok('incidents:create', minimalIncident({ details: { sender: 'b.other@mod.gov.uk' } }));
    const unrelated = cb.ok('incidents:create', minimalIncident({ details: { sender: 'c.third@mod.gov.uk' } }));
    link(cb, first.id, 'ops@army.ml');
    link(cb, second.id, 'j.harper@army.ml');
    link(cb, current.id, 'k.lee@army.ml');
    link(cb, unrelated.id, 'someone@example.com');

    const { groups } = cb.ok('incidents:related', { incidentId: current.id });
    const domain = groups.find((g) => g.basis === 'domain');
    expect(domain).toMatchObject({ key: 'army.ml', count: 2, since: Date.UTC(2023, 0, 10, 12) });
    expect(domain!.summary).toBe('army.ml has appeared in 2 other incidents since January 2023');
    expect(domain!.incidents.map((i) => i.id)).toEqual([second.id, first.id]);
  });

  it('does not treat an ordinary external or partner domain as a pattern', () => {
    const a = cb.ok('incidents:create', minimalIncident({ details: { sender: 'x@mod.gov.uk' } }));
    const b = cb.ok('incidents:create', minimalIncident({ details: { sender: 'y@mod.gov.uk' } }));
    link(cb, a.id, 'one@example.com');
    link(cb, b.id, 'two@example.com');
    link(cb, a.id, 'three@army.mil');
    link(cb, b.id, 'four@army.mil');
    expect(cb.ok('incidents:related', { incidentId: a.id }).groups.filter((g) => g.basis === 'domain')).toEqual([]);
  });

  it('finds the same sender whatever the case of the address, and shared parties', () => {
    const a = cb.ok('incidents:create', minimalIncident({ details: { sender: 'A.Officer@MOD.gov.uk' } }));
    const b = cb.ok('incidents:create', minimalIncident({ details: { sender: 'a.officer@mod.gov.uk' } }));
    const c = cb.ok('incidents:create', minimalIncident({ details: { sender: 'someone.else@mod.gov.uk' } }));
    link(cb, b.id, 'shared@example.com');
    link(cb, c.id, 'shared@example.com');

    const ofA = cb.ok('incidents:related', { incidentId: a.id }).groups;
    expect(ofA.find((g) => g.basis === 'sender')).toMatchObject({ key: 'a.officer@mod.gov.uk', count: 1 });
    expect(ofA.find((g) => g.basis === 'sender')!.incidents[0]!.id).toBe(b.id);

    const ofC = cb.ok('incidents:related', { incidentId: c.id }).groups;
    expect(ofC.find((g) => g.basis === 'party')).toMatchObject({
      count: 1,
      summary: expect.stringMatching(/^Shares people or organisations with 1 other incident since /),
    });
    expect(ofC.find((g) => g.basis === 'sender')).toBeUndefined();
  });

  it('answers with no groups for an incident that shares nothing', () => {
    const alone = cb.ok('incidents:create', minimalIncident({ kind: 'lost_device', details: {} }));
    expect(cb.ok('incidents:related', { incidentId: alone.id })).toEqual({ groups: [] });
  });
});
