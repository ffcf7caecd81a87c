import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allPages, linkNewParty, type Incident } from '../../fixtures/builders';
import { createTestCasebook, minimalIncident, type TestCasebook } from '../../fixtures/db';

describe('searching the register', () => {
  let cb: TestCasebook;
  let target: Incident;
  let other: Incident;

  beforeEach(() => {
    cb = createTestCasebook();
    target = cb.ok(
      'incidents:create',
      minimalIncident({
        title: 'Visit list emailed to the wrong navy address',
        description: 'Supplier sent the clearance request to a look-alike domain.',
        details: { sender: 'trials@harcourt.example.com', actualRecipients: ['liaison.office@navy.ml'], recipientResponse: 'Accepted, no reply' },
      }),
    );
    other = cb.ok(
      'incidents:create',
      minimalIncident({ kind: 'lost_document', title: 'Papers at a bus stop', description: 'Found by a member of the public.', details: { lostWhere: 'Kent' } }),
    );
  });
  afterEach(() => cb.close());

  const found = (text: string) => cb.ok('incidents:list', { filter: { text } }).items.map((i) => i.id);

  it('finds an incident by a word of its title or description, any letter case', () => {
    expect(found('NAVY')).toEqual([target.id]);
    expect(found('clearance')).toEqual([target.id]);
    expect(found('bus stop')).toEqual([other.id]);
  });

  it('finds an incident by an address or domain in its details', () => {
    expect(found('navy.ml')).toEqual([target.id]);
    expect(found('liaison.office@navy.ml')).toEqual([target.id]);
    expect(found('Kent')).toEqual([other.id]);
    expect(found('army.ml')).toEqual([]);
  });

  it('requires every word, treating the last as a prefix while typing', () => {
    expect(found('navy addr')).toEqual([target.id]);
    expect(found('navy bus')).toEqual([]);
    expect(found('nav')).toEqual([target.id]);
    expect(found('av')).toEqual([]);
  });

  it('finds an incident by the name, email address or organisation of a linked party', () => {
    linkNewParty(cb, target.id, { name: 'Fiona Strachan', email: 'f.strachan@mod.gov.uk', organisation: 'Royal Navy' }, ['data_subject']);
    expect(found('Strachan')).toEqual([target.id]);
    expect(found('f.strachan@mod.gov.uk')).toEqual([target.id]);
    expect(found('mod.gov.uk')).toEqual([target.id]);
    expect(found('Royal')).toEqual([target.id]);
  });

  it('ignores accents, so Wisniewski finds Wiśniewski', () => {
    linkNewParty(cb, other.id, { name: 'Tomasz Wiśniewski' }, ['data_subject']);
    expect(found('Wisniewski')).toEqual([other.id]);
    expect(found('wiśniewski')).toEqual([other.id]);
  });

  it('finds an incident by the text of a note', () => {
    cb.ok('notes:add', { incidentId: other.id, body: 'The BBC returned all fifty pages on Monday.' });
    expect(found('fifty pages')).toEqual([other.id]);
  });

  it('stops finding an incident by a party once the party is unlinked', () => {
    const linked = linkNewParty(cb, target.id, { name: 'Dafydd Rees', email: 'd.rees@example.gov.uk' }, ['data_subject']);
    expect(found('Rees')).toEqual([target.id]);
    cb.ok('involvements:unlink', { incidentId: target.id, partyId: linked.party.id, version: linked.involvement.version });
    expect(found('Rees')).toEqual([]);
    expect(found('d.rees@example.gov.uk')).toEqual([]);
  });

  it('follows a party renamed or re-addressed, in every incident it is linked to', () => {
    const party = linkNewParty(cb, target.id, { name: 'Grace Okafor', email: 'grace@example.gov.uk' }, ['data_subject']).party;
    cb.ok('involvements:link', { incidentId: other.id, party: { id: party.id }, involvement: { roles: ['unintended_recipient'] } });
    expect(found('Okafor').sort()).toEqual([target.id, other.id].sort());
    cb.ok('parties:update', { id: party.id, version: party.version, patch: { name: 'Grace Adeyemi', email: 'grace.adeyemi@example.gov.uk' } });
    expect(found('Okafor')).toEqual([]);
    expect(found('grace@example.gov.uk')).toEqual([]);
    expect(found('Adeyemi').sort()).toEqual([target.id, other.id].sort());
    expect(found('grace.adeyemi@example.gov.uk').sort()).toEqual([target.id, other.id].sort());
  });

  it('follows a changed title, description and details', () => {
    const updated = cb.ok('incidents:update', {
      id: target.id,
      version: target.version,
      patch: { title: 'Clearance form sent abroad', description: 'Replaced text.', kind: 'misdirected_email', details: { actualRecipients: ['someone@army.ml'] } },
    });
    expect(updated.version).toBe(2);
    expect(found('wrong navy')).toEqual([]);
    expect(found('navy.ml')).toEqual([]);
    expect(found('abroad')).toEqual([target.id]);
    expect(found('army.ml')).toEqual([target.id]);
  });

  it('follows a change of kind: the old kind’s details are no longer searchable', () => {
    cb.ok('incidents:update', { id: target.id, version: target.version, patch: { kind: 'lost_device', details: { deviceType: 'Tablet' } } });
    expect(found('navy.ml')).toEqual([]);
    expect(found('tablet')).toEqual([target.id]);
  });

  it('keeps a closed incident searchable', () => {
    cb.ok('incidents:transition', { id: other.id, version: other.version, to: 'closed', reason: 'Recovered', outcome: 'near_miss' });
    expect(found('bus stop')).toEqual([other.id]);
  });
});

describe('parties:search', () => {
  let cb: TestCasebook;
  beforeEach(() => {
    cb = createTestCasebook();
  });
  afterEach(() => cb.close());

  it('finds parties by name, address or organisation, in name order, and lists everyone for empty text', () => {
    const grace = cb.ok('parties:create', { name: 'Grace Okafor', email: 'grace.okafor@mod.gov.uk', organisation: 'DE&S' });
    const army = cb.ok('parties:create', { name: 'Holder of army.ml mailbox', email: 'j.harper@army.ml', type: 'organisation' });
    const bbc = cb.ok('parties:create', { name: 'BBC', organisation: 'British Broadcasting Corporation' });
    const names = (text: string) => cb.ok('parties:search', { text }).items.map((p) => p.id);
    expect(names('')).toEqual([bbc.id, grace.id, army.id]);
    expect(names('okafor')).toEqual([grace.id]);
    expect(names('mod.gov.uk')).toEqual([grace.id]);
    expect(names('army.ml')).toEqual([army.id]);
    expect(names('broadcasting')).toEqual([bbc.id]);
    expect(names('gra')).toEqual([grace.id]);
  });

  it('pages through parties with equal names exactly once each', () => {
    const ids = Array.from({ length: 23 }, (_, i) => cb.ok('parties:create', { name: i % 2 ? 'Sam Smith' : 'sam smith' }).id);
    const seen = allPages((cursor) => cb.ok('parties:search', { text: 'smith', limit: 4, cursor })).map((p) => p.id);
    expect(seen).toEqual(ids);
  });

  it('follows a renamed party', () => {
    const party = cb.ok('parties:create', { name: 'Rajesh Menon' });
    cb.ok('parties:update', { id: party.id, version: party.version, patch: { name: 'Raj Menon-Clarke' } });
    expect(cb.ok('parties:search', { text: 'Rajesh' }).items).toEqual([]);
    expect(cb.ok('parties:search', { text: 'Clarke' }).items.map((p) => p.id)).toEqual([party.id]);
  });
});
