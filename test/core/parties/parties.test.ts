import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contract } from '../../../shared/contract';
import { allPages, coreActingAs, expectFailure, incidentAt, linkNewParty, manualClock, okVia } from '../../fixtures/builders';
import { createTestCasebook, minimalIncident, type TestCasebook } from '../../fixtures/db';

let cb: TestCasebook;
afterEach(() => cb.close());

describe('parties:create and parties:get', () => {
  beforeEach(() => {
    cb = createTestCasebook({ now: () => Date.UTC(2026, 10, 27, 10, 0) });
  });

  it('records a person by default, trimmed, with no incidents yet', () => {
    const party = cb.ok('parties:create', { name: '  Grace Okafor ', email: ' grace.okafor@mod.gov.uk ', phone: '030 0000 0101' });
    expect(party).toMatchObject({
      type: 'person',
      name: 'Grace Okafor',
      email: 'grace.okafor@mod.gov.uk',
      phone: '030 0000 0101',
      organisation: '',
      notes: '',
      isDemo: false,
      incidentCount: 0,
      version: 1,
      createdAt: Date.UTC(2026, 10, 27, 10, 0),
      updatedBy: 'Test Officer',
    });
    expect(cb.ok('parties:get', { id: party.id })).toEqual(party);
    expect(contract['parties:get'].output.safeParse(party).success).toBe(true);
  });

  it('records an organisation', () => {
    expect(cb.ok('parties:create', { name: 'BBC', type: 'organisation' }).type).toBe('organisation');
  });
});

describe('parties:update', () => {
  beforeEach(() => {
    cb = createTestCasebook();
  });

  it('changes the fields sent and bumps the version', () => {
    const party = cb.ok('parties:create', { name: 'Rajesh Menon', email: 'r.menon@mod.gov.uk' });
    const updated = cb.ok('parties:update', { id: party.id, version: 1, patch: { organisation: 'DE&S', notes: 'Named in the itinerary.' } });
    expect(updated).toMatchObject({ name: 'Rajesh Menon', organisation: 'DE&S', notes: 'Named in the itinerary.', version: 2 });
  });

  it('lets a party keep its own address in a different letter case', () => {
    const party = cb.ok('parties:create', { name: 'Rajesh Menon', email: 'r.menon@mod.gov.uk' });
    expect(cb.ok('parties:update', { id: party.id, version: 1, patch: { email: 'R.Menon@mod.gov.uk' } }).email).toBe('R.Menon@mod.gov.uk');
  });

  it('frees an address for another party once changed', () => {
    const a = cb.ok('parties:create', { name: 'Old holder', email: 'duty.officer@mod.gov.uk' });
    cb.ok('parties:update', { id: a.id, version: 1, patch: { email: '' } });
    expect(cb.ok('parties:create', { name: 'New holder', email: 'duty.officer@mod.gov.uk' }).email).toBe('duty.officer@mod.gov.uk');
  });

  it('refuses an edit from a stale copy with CONFLICT naming who changed the party', () => {
    const clock = manualClock(Date.UTC(2026, 10, 27, 15, 45));
    const alice = coreActingAs(cb.db, 'Alice Pemberton', clock.now);
    const party = cb.ok('parties:create', { name: 'Rajesh Menon' });
    okVia(alice, 'parties:update', { id: party.id, version: 1, patch: { phone: '0300 000 0000' } });
    const error = expectFailure(cb.core.call('parties:update', { id: party.id, version: 1, patch: { phone: '0300 111 1111' } }), 'CONFLICT');
    expect(error.message).toContain('Alice Pemberton');
    expect(error.message).toContain('27 Nov 2026 15:45');
  });
});

describe('linking parties to incidents', () => {
  beforeEach(() => {
    cb = createTestCasebook();
  });

  it('links an existing party with roles, data categories and notification status', () => {
    const incident = cb.ok('incidents:create', minimalIncident());
    const party = cb.ok('parties:create', { name: 'Jo Harper' });
    const linked = cb.ok('involvements:link', {
      incidentId: incident.id,
      party: { id: party.id },
      involvement: {
        roles: ['data_subject', 'unintended_recipient'],
        dataCategories: ['health', 'basic_identifiers'],
        notificationStatus: 'notified',
        notifiedAt: Date.UTC(2026, 10, 27, 8),
        notificationMethod: 'letter',
      },
    });
    expect(linked.involvement).toEqual({
      incidentId: incident.id,
      partyId: party.id,
      roles: ['data_subject', 'unintended_recipient'],
      dataCategories: ['basic_identifiers', 'health'],
      notificationStatus: 'notified',
      notifiedAt: Date.UTC(2026, 10, 27, 8),
      notificationMethod: 'letter',
      version: 1,
    });
    expect(linked.party.incidentCount).toBe(1);
    expect(contract['involvements:link'].output.safeParse(linked).success).toBe(true);
  });

  it('creates a new party and links it in one step', () => {
    const incident = cb.ok('incidents:create', minimalIncident());
    const linked = linkNewParty(cb, incident.id, { name: 'Unknown finder', type: 'person' }, ['unintended_recipient']);
    expect(linked.involvement).toMatchObject({ roles: ['unintended_recipient'], dataCategories: [], notificationStatus: 'undecided', notifiedAt: null });
    expect(cb.ok('parties:get', { id: linked.party.id }).name).toBe('Unknown finder');
  });

  it('lists an incident’s parties in the order they were linked, with totals, across pages', () => {
    const incident = cb.ok('incidents:create', minimalIncident({ kind: 'cc_exposure', details: {} }));
    const names = Array.from({ length: 12 }, (_, i) => `Applicant ${String.fromCharCode(90 - i)}`);
    for (const name of names) linkNewParty(cb, incident.id, { name }, ['data_subject', 'unintended_recipient']);
    const seen = allPages((cursor) => {
      const page = cb.ok('involvements:list', { incidentId: incident.id, limit: 5, cursor });
      expect(page.total).toBe(12);
      return page;
    }).map((i) => i.party.name);
    expect(seen).toEqual(names);
  });

  it('updates an involvement: roles, categories and notification, bumping its version', () => {
    const incident = cb.ok('incidents:create', minimalIncident());
    const linked = linkNewParty(cb, incident.id, { name: 'Jo Harper' }, ['data_subject']);
    const updated = cb.ok('involvements:update', {
      incidentId: incident.id,
      partyId: linked.party.id,
      version: 1,
      involvement: {
        roles: ['data_subject'],
        dataCategories: ['location'],
        notificationStatus: 'notified',
        notifiedAt: Date.UTC(2026, 10, 27, 7),
        notificationMethod: 'phone',
      },
    });
    expect(updated.involvement).toMatchObject({ dataCategories: ['location'], notificationStatus: 'notified', notificationMethod: 'phone', version: 2 });
    const unchanged = cb.ok('involvements:update', {
      incidentId: incident.id,
      partyId: linked.party.id,
      version: 2,
      involvement: {
        roles: ['data_subject'],
        dataCategories: ['location'],
        notificationStatus: 'notified',
        notifiedAt: Date.UTC(2026, 10, 27, 7),
        notificationMethod: 'phone',
      },
    });
    expect(unchanged.involvement.version).toBe(2);
  });

  it('unlinks a party but keeps the party itself', () => {
    const incident = cb.ok('incidents:create', minimalIncident());
    const linked = linkNewParty(cb, incident.id, { name: 'Jo Harper' }, ['data_subject']);
    expect(cb.ok('involvements:unlink', { incidentId: incident.id, partyId: linked.party.id, version: 1 })).toEqual({
      incidentId: incident.id,
      partyId: linked.party.id,
    });
    expect(cb.ok('involvements:list', { incidentId: incident.id })).toEqual({ items: [], nextCursor: null, total: 0 });
    expect(cb.ok('parties:get', { id: linked.party.id }).incidentCount).toBe(0);
  });

  it('can link a party again after unlinking it', () => {
    const incident = cb.ok('incidents:create', minimalIncident());
    const linked = linkNewParty(cb, incident.id, { name: 'Jo Harper' }, ['data_subject']);
    cb.ok('involvements:unlink', { incidentId: incident.id, partyId: linked.party.id, version: 1 });
    const again = cb.ok('involvements:link', { incidentId: incident.id, party: { id: linked.party.id }, involvement: { roles: ['sender'] } });
    expect(again.involvement).toMatchObject({ roles: ['sender'], version: 1 });
  });
});

describe('a party’s page (parties:incidents)', () => {
  beforeEach(() => {
    cb = createTestCasebook();
  });

  it('lists every incident touching the party, most recently discovered first, with the party’s involvement in each', () => {
    const party = cb.ok('parties:create', { name: 'Holder of j.harper@army.ml', email: 'j.harper@army.ml', type: 'organisation' });
    const older = cb.ok('incidents:create', minimalIncident({ discoveredAt: Date.UTC(2023, 6, 17) }));
    const newer = cb.ok('incidents:create', minimalIncident({ discoveredAt: Date.UTC(2026, 9, 14) }));
    const closed = incidentAt(cb, 'reported', { discoveredAt: Date.UTC(2025, 0, 1) });
    const unrelated = cb.ok('incidents:create', minimalIncident());
    linkNewParty(cb, unrelated.id, { name: 'Someone else' }, ['data_subject']);
    for (const [incident, roles] of [
      [older, ['unintended_recipient']],
      [newer, ['unintended_recipient', 'third_party']],
      [closed, ['other']],
    ] as const) {
      cb.ok('involvements:link', { incidentId: incident.id, party: { id: party.id }, involvement: { roles: [...roles] } });
    }
    cb.ok('incidents:transition', { id: closed.id, version: closed.version, to: 'closed', reason: 'Near miss', outcome: 'near_miss' });

    const page = cb.ok('parties:incidents', { partyId: party.id });
    expect(page.items.map((i) => i.incident.id)).toEqual([newer.id, closed.id, older.id]);
    expect(page.items.map((i) => i.involvement.roles)).toEqual([['third_party', 'unintended_recipient'], ['other'], ['unintended_recipient']]);
    expect(page.items[1]!.incident.status).toBe('closed');
    expect(cb.ok('parties:get', { id: party.id }).incidentCount).toBe(3);
    expect(contract['parties:incidents'].output.safeParse(page).success).toBe(true);
  });

  it('pages through incidents discovered at the same moment exactly once each', () => {
    const party = cb.ok('parties:create', { name: 'Brightwell Cleaning' });
    const ids = Array.from({ length: 11 }, (_, i) => {
      const incident = cb.ok('incidents:create', minimalIncident({ discoveredAt: Date.UTC(2026, 10, i % 3 === 0 ? 1 : 2) }));
      cb.ok('involvements:link', { incidentId: incident.id, party: { id: party.id }, involvement: { roles: ['third_party'] } });
      return incident;
    });
    const seen = allPages((cursor) => cb.ok('parties:incidents', { partyId: party.id, limit: 2, cursor })).map((i) => i.incident.id);
    const expected = [...ids]
      .reverse()
      .sort((a, b) => b.discoveredAt - a.discoveredAt)
      .map((i) => i.id);
    expect(seen).toEqual(expected);
  });

  it('is empty for a party linked to nothing', () => {
    const party = cb.ok('parties:create', { name: 'Loose end' });
    expect(cb.ok('parties:incidents', { partyId: party.id })).toEqual({ items: [], nextCursor: null });
  });
});
