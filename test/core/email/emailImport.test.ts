import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CoreEvent } from '../../../shared/contract/events';
import type { Input } from '../../../shared/contract';
import { expectFailure } from '../../fixtures/builders';
import { contentFingerprint, createTestCasebook, minimalIncident, type TestCasebook } from '../../fixtures/db';
import { emailFixture } from '../../fixtures/emailFiles';

/** When the officer says they became aware, in these tests: before the test clock's first reading (27 Nov 2026 09:00). */
const AWARE = Date.UTC(2026, 10, 27, 8, 0);
const MINUTE = 60_000;

/** emails:import on real SQLite: the incident, its details, the evidence, the messages and the parties. */
describe('importing an .eml', () => {
  let cb: TestCasebook;
  beforeEach(() => {
    cb = createTestCasebook({ memory: true });
  });
  afterEach(() => cb.close());

  const put = (name: string) => cb.core.context.files.putBytes(name, emailFixture(name)).fileId;
  const importNew = (name: string, target: Partial<Extract<Input<'emails:import'>['target'], { type: 'new' }>> = {}) =>
    cb.okAsync('emails:import', { fileId: put(name), target: { type: 'new', kind: 'misdirected_email', awareAt: AWARE, ...target } });
  const linked = (incidentId: string) => {
    const parties = cb.ok('involvements:list', { incidentId, limit: 500 }).items;
    return new Map(parties.map((l) => [l.party.email, { name: l.party.name, roles: [...l.involvement.roles].sort(), dataCategories: l.involvement.dataCategories }]));
  };
  const sha256 = (name: string) => createHash('sha256').update(emailFixture(name)).digest('hex');

  it('records a misdirected email to army.ml: the incident, its details, the evidence, the message and both parties', async () => {
    const events: CoreEvent[] = [];
    cb.core.context.events.subscribe((e) => events.push(e));
    const result = await importNew('misdirected-army-ml.eml');
    expect(result).toMatchObject({
      reference: 'INC-2026-0001',
      created: true,
      sha256: sha256('misdirected-army-ml.eml'),
      partiesLinked: 2,
      partiesCreated: 2,
      affectedCount: 0,
    });
    expect(events).toEqual([{ type: 'data:changed', entities: ['incidents', 'parties'] }]);

    const { incident } = cb.ok('incidents:get', { id: result.incidentId });
    expect(incident.kind).toBe('misdirected_email');
    expect(incident.title).toBe('Email to army.ml (lookalike of army.mil): Movement orders');
    expect(incident.occurredAt).toBe(Date.UTC(2023, 2, 14, 9, 12));
    expect(incident.recordMarking).toBe('OFFICIAL-SENSITIVE');
    expect(incident.details).toEqual({
      sender: 'j.harper@mod.gov.uk',
      actualRecipients: ['joe.bloggs@army.ml'],
      intendedRecipients: ['joe.bloggs@army.mil'],
      messageId: '<20230314091200.1@mod.gov.uk>',
      sentAt: Date.UTC(2023, 2, 14, 9, 12),
      recallAttempted: null,
      recipientResponse: '',
    });

    expect(linked(result.incidentId)).toEqual(
      new Map([
        ['j.harper@mod.gov.uk', { name: 'Harper, Jo', roles: ['sender'], dataCategories: [] }],
        ['joe.bloggs@army.ml', { name: 'Sgt Joe Bloggs', roles: ['unintended_recipient'], dataCategories: [] }],
      ]),
    );

    const evidence = cb.ok('evidence:list', { incidentId: result.incidentId }).items;
    expect(evidence).toEqual([
      {
        id: result.evidenceId,
        incidentId: result.incidentId,
        fileName: 'misdirected-army-ml.eml',
        mediaType: 'message/rfc822',
        size: emailFixture('misdirected-army-ml.eml').length,
        sha256: sha256('misdirected-army-ml.eml'),
        source: 'email',
        addedAt: expect.any(Number),
        addedBy: 'Test Officer',
        description: '',
        attachments: [{ fileName: 'movement-orders.pdf', mediaType: 'application/pdf', size: 45 }],
        custody: [{ action: 'added', at: expect.any(Number), actor: 'Test Officer', sha256: sha256('misdirected-army-ml.eml'), reason: null }],
      },
    ]);
    const stored = cb.db.prepare<[string], { content: Buffer }>('SELECT content FROM evidence_blobs WHERE sha256 = ?').get(result.sha256)!;
    expect(Buffer.compare(stored.content, emailFixture('misdirected-army-ml.eml'))).toBe(0);

    const messages = cb.ok('messages:list', { incidentId: result.incidentId });
    expect(messages.total).toBe(1);
    expect(messages.items[0]).toMatchObject({
      source: 'eml',
      sender: 'j.harper@mod.gov.uk',
      recipient: 'joe.bloggs@army.ml',
      recipientDomain: 'army.ml',
      recipientField: 'to',
      domainClass: 'lookalike',
      lookalikeOf: 'army.mil',
      typoClass: 'omission',
      subject: 'Movement orders',
      messageId: '<20230314091200.1@mod.gov.uk>',
      sentAt: Date.UTC(2023, 2, 14, 9, 12),
    });
    const joe = cb.ok('involvements:list', { incidentId: result.incidentId }).items.find((l) => l.party.email === 'joe.bloggs@army.ml')!;
    expect(messages.items[0]!.partyId).toBe(joe.party.id);
  });

  it('audits the import in one entry beside the incident creation, and the chain verifies', async () => {
    const before = cb.ok('audit:verify', {}).entryCount;
    const result = await importNew('misdirected-army-ml.eml');
    const entries = cb.ok('incidents:history', { id: result.incidentId, limit: 50 }).items;
    expect(entries.map((e) => e.action)).toEqual(['email.imported', 'incident.created']);
    expect(entries[0]!.summary).toBe(`Email imported: misdirected-army-ml.eml (sha256 ${result.sha256.slice(0, 12)}…), 1 recipient linked`);
    expect(entries[0]!.entityId).toBe(result.evidenceId);
    const verification = cb.ok('audit:verify', {});
    expect(verification).toMatchObject({ ok: true, entryCount: before + 2 });
  });

  it('adds nothing when the same file goes into the incident that keeps it: the answer says it is already attached; another incident may cite it, storing the bytes once', async () => {
    const first = await importNew('misdirected-army-ml.eml');
    const before = contentFingerprint(cb.db);
    const events: CoreEvent[] = [];
    cb.core.context.events.subscribe((e) => events.push(e));
    const again = await cb.okAsync('emails:import', { fileId: put('misdirected-army-ml.eml'), target: { type: 'existing', incidentId: first.incidentId } });
    expect(again).toEqual({ ...first, created: false, partiesLinked: 0, partiesCreated: 0, alreadyAttached: true });
    expect(contentFingerprint(cb.db)).toBe(before);
    expect(events).toEqual([]);

    const other = cb.ok('incidents:create', minimalIncident({ title: 'A related disclosure' }));
    const cited = await cb.okAsync('emails:import', { fileId: put('misdirected-army-ml.eml'), target: { type: 'existing', incidentId: other.id } });
    expect(cited).toMatchObject({ reference: other.reference, created: false, partiesCreated: 0 });
    expect(cb.db.prepare('SELECT count(*) AS n FROM evidence_blobs').get()).toEqual({ n: 1 });
    expect(cb.db.prepare('SELECT count(*) AS n FROM evidence').get()).toEqual({ n: 2 });
  });

  it('records the same email once: a second new incident from the same file or the same Message-ID is refused with CONFLICT naming the first, writing nothing', async () => {
    const first = await importNew('misdirected-army-ml.eml');
    const before = contentFingerprint(cb.db);
    const sameFile = await cb.core.callAsync('emails:import', {
      fileId: put('misdirected-army-ml.eml'),
      target: { type: 'new', kind: 'misdirected_email', awareAt: AWARE },
    });
    expect(expectFailure(sameFile, 'CONFLICT').message).toMatch(new RegExp(`already recorded in ${first.reference} \\(the same file\\).*add this copy to it`));
    const copy = Buffer.concat([Buffer.from('X-Forwarded-Copy: yes\r\n'), emailFixture('misdirected-army-ml.eml')]);
    const sameMessage = await cb.core.callAsync('emails:import', {
      fileId: cb.core.context.files.putBytes('copy of orders.eml', copy).fileId,
      target: { type: 'new', kind: 'misdirected_email', awareAt: AWARE },
    });
    expect(expectFailure(sameMessage, 'CONFLICT').message).toMatch(
      new RegExp(`already recorded in ${first.reference} \\(the same Message-ID <20230314091200\\.1@mod\\.gov\\.uk>\\)`),
    );
    expect(contentFingerprint(cb.db)).toBe(before);
  });

  it('records the 55-applicant CC mailing: 55 data subjects whose addresses were disclosed, the Bcc and the team not counted', async () => {
    const result = await importNew('cc-mailing-55.eml', { kind: 'cc_exposure' });
    // The team is both sender and To (one party); 55 applicants; the Bcc caseworker.
    expect(result).toMatchObject({ partiesLinked: 57, partiesCreated: 57, affectedCount: 55 });
    const { incident } = cb.ok('incidents:get', { id: result.incidentId });
    expect(incident.kind).toBe('cc_exposure');
    expect(incident.title).toBe("55 recipients' addresses disclosed in Cc: Your relocation application: next steps");
    expect(incident.affectedCount).toBe(55);
    expect(incident.partyCount).toBe(57);
    expect(incident.details).toMatchObject({
      sender: 'relocations@mod.gov.uk',
      recipientsExposed: 55,
      messageId: '<arap-20210920-1605@mod.gov.uk>',
      sentAt: Date.UTC(2021, 8, 20, 15, 5),
    });
    expect((incident.details as { recipients: string[] }).recipients).toHaveLength(57);

    const parties = linked(result.incidentId);
    expect(parties.get('applicant07@yahoo.co.uk')).toEqual({
      name: 'Applicant 07',
      roles: ['data_subject', 'unintended_recipient'],
      dataCategories: ['basic_identifiers'],
    });
    expect(parties.get('case.worker@homeoffice.gov.uk')).toEqual({ name: 'Case Worker', roles: ['unintended_recipient'], dataCategories: [] });
    expect(parties.get('relocations@mod.gov.uk')).toEqual({ name: 'Afghan Relocations Team', roles: ['other', 'sender'], dataCategories: [] });
    expect(cb.ok('messages:list', { incidentId: result.incidentId }).total).toBe(57);
    expect(cb.ok('audit:verify', {}).ok).toBe(true);
  });

  it('finds existing parties by address in any letter case instead of creating them again', async () => {
    const known = cb.ok('parties:create', { name: 'Known Applicant', email: 'APPLICANT07@Yahoo.co.uk' });
    const result = await importNew('cc-mailing-55.eml', { kind: 'cc_exposure' });
    expect(result.partiesCreated).toBe(56);
    const party = cb.ok('involvements:list', { incidentId: result.incidentId, limit: 500 }).items.find((l) => l.party.id === known.id);
    expect(party?.party.name).toBe('Known Applicant');
    expect(party?.involvement.roles).toContain('data_subject');
  });

  it('fills only the empty fields of an existing incident, adds roles to a party already linked, and moves its version on', async () => {
    const incident = cb.ok(
      'incidents:create',
      minimalIncident({ details: { sender: 'someone.else@mod.gov.uk', actualRecipients: [], intendedRecipients: ['j.bloggs@army.mil'] } }),
    );
    const joe = cb.ok('involvements:link', {
      incidentId: incident.id,
      party: { new: { name: 'Joe Bloggs', email: 'joe.bloggs@army.ml' } },
      involvement: { roles: ['data_subject'], dataCategories: ['location'] },
    });
    const result = await cb.okAsync('emails:import', { fileId: put('misdirected-army-ml.eml'), target: { type: 'existing', incidentId: incident.id } });
    expect(result).toMatchObject({ incidentId: incident.id, reference: incident.reference, created: false, partiesLinked: 2, partiesCreated: 1, affectedCount: 1 });

    const after = cb.ok('incidents:get', { id: incident.id }).incident;
    expect(after.version).toBe(incident.version + 1);
    expect(after.title).toBe(incident.title);
    expect(after.details).toMatchObject({
      sender: 'someone.else@mod.gov.uk',
      intendedRecipients: ['j.bloggs@army.mil'],
      actualRecipients: ['joe.bloggs@army.ml'],
      messageId: '<20230314091200.1@mod.gov.uk>',
      sentAt: Date.UTC(2023, 2, 14, 9, 12),
    });
    const parties = linked(incident.id);
    expect(parties.get('joe.bloggs@army.ml')).toEqual({ name: 'Joe Bloggs', roles: ['data_subject', 'unintended_recipient'], dataCategories: ['location'] });
    const link = cb.ok('involvements:list', { incidentId: incident.id }).items.find((l) => l.party.id === joe.party.id)!;
    expect(link.involvement.version).toBe(joe.involvement.version + 1);

    const [entry] = cb.ok('incidents:history', { id: incident.id, limit: 1 }).items;
    expect(entry!.action).toBe('email.imported');
    expect(entry!.changes.find((c) => c.field === 'details')).toMatchObject({
      before: expect.objectContaining({ messageId: '' }),
      after: expect.objectContaining({ messageId: '<20230314091200.1@mod.gov.uk>' }),
    });
    expect(cb.ok('audit:verify', {}).ok).toBe(true);
  });

  it('records a forward as the original it carries: the original sender, recipients and time', async () => {
    const result = await importNew('forward-with-original.eml');
    const { incident } = cb.ok('incidents:get', { id: result.incidentId });
    expect(incident.occurredAt).toBe(Date.UTC(2023, 2, 14, 9, 12));
    expect(incident.details).toMatchObject({
      sender: 'j.harper@mod.gov.uk',
      actualRecipients: ['joe.bloggs@army.ml', 'ops@mod.gov.uk'],
      intendedRecipients: ['joe.bloggs@army.mil'],
    });
    const parties = linked(result.incidentId);
    expect([...parties.keys()].sort()).toEqual(['j.harper@mod.gov.uk', 'joe.bloggs@army.ml', 'ops@mod.gov.uk']);
    expect(parties.get('ops@mod.gov.uk')?.roles).toEqual(['other']);
    // The evidence is the file as received, forward and all.
    expect(cb.ok('evidence:list', { incidentId: result.incidentId }).items[0]!.sha256).toBe(sha256('forward-with-original.eml'));
  });

  it('keeps an IDN recipient as punycode, and proposes no intended address for a lookalike of a bare suffix', async () => {
    const result = await importNew('idn-homoglyph.eml');
    const { incident } = cb.ok('incidents:get', { id: result.incidentId });
    expect(incident.details).toMatchObject({ actualRecipients: ['ivan.petrov@xn--gv-fmc.uk'], intendedRecipients: [] });
    expect(linked(result.incidentId).get('ivan.petrov@xn--gv-fmc.uk')).toMatchObject({ name: 'Ivan Petrov', roles: ['unintended_recipient'] });
    expect(cb.ok('messages:list', { incidentId: result.incidentId }).items[0]).toMatchObject({ domainClass: 'lookalike', lookalikeOf: 'gov.uk', typoClass: 'homoglyph' });
  });

  it('records a message without Date or Message-ID, leaving when it happened unknown', async () => {
    const result = await importNew('no-date-no-id.eml', { title: 'Leave dates to army.ml', awareAt: Date.UTC(2026, 10, 1) });
    const { incident } = cb.ok('incidents:get', { id: result.incidentId });
    expect(incident).toMatchObject({ title: 'Leave dates to army.ml', occurredAt: null, discoveredAt: Date.UTC(2026, 10, 1) });
    expect(incident.details).toMatchObject({ messageId: '', sentAt: null });
  });

  it('refuses an awareness time before the email was sent, writing nothing', async () => {
    const before = contentFingerprint(cb.db);
    const result = await cb.core.callAsync('emails:import', {
      fileId: put('misdirected-army-ml.eml'),
      target: { type: 'new', kind: 'misdirected_email', awareAt: Date.UTC(2023, 0, 1) },
    });
    const error = expectFailure(result, 'INVALID_INPUT');
    expect(error.issues).toEqual([{ path: 'target.awareAt', message: 'You cannot have become aware of the email before it was sent (14 Mar 2023 09:12)' }]);
    expect(contentFingerprint(cb.db)).toBe(before);
  });

  it('never starts the clock silently: a new incident needs the time the officer became aware, and that time is its discovery', async () => {
    const before = contentFingerprint(cb.db);
    const missing = await cb.core.callAsync('emails:import', { fileId: put('misdirected-army-ml.eml'), target: { type: 'new', kind: 'misdirected_email' } as never });
    expect(expectFailure(missing, 'INVALID_INPUT').issues?.map((i) => i.path)).toEqual(['target.awareAt']);
    expect(contentFingerprint(cb.db)).toBe(before);

    const sent = Date.UTC(2023, 2, 14, 9, 12);
    const atSending = await importNew('misdirected-army-ml.eml', { awareAt: sent });
    expect(cb.ok('incidents:get', { id: atSending.incidentId }).incident).toMatchObject({ discoveredAt: sent, occurredAt: sent });
  });

  it('refuses an awareness time in the future beyond five minutes of clock skew', async () => {
    const now = Date.UTC(2026, 10, 27, 9, 0); // about the test clock's time
    const before = contentFingerprint(cb.db);
    const future = await cb.core.callAsync('emails:import', {
      fileId: put('misdirected-army-ml.eml'),
      target: { type: 'new', kind: 'misdirected_email', awareAt: now + 10 * MINUTE },
    });
    const error = expectFailure(future, 'INVALID_INPUT');
    expect(error.issues).toEqual([{ path: 'target.awareAt', message: 'The time you became aware cannot be in the future: it starts the 72-hour clock' }]);
    expect(contentFingerprint(cb.db)).toBe(before);
  });

  it('makes the officer importing it the reporting officer and owner of the new incident', async () => {
    const result = await importNew('misdirected-army-ml.eml');
    expect(cb.ok('incidents:get', { id: result.incidentId }).incident).toMatchObject({ owner: 'Test Officer', reportingOfficer: 'Test Officer', discoveredAt: AWARE });
  });

  it('refuses to add to a closed incident with INVALID_TRANSITION, writing nothing', async () => {
    const first = await importNew('misdirected-army-ml.eml');
    let incident = cb.ok('incidents:get', { id: first.incidentId }).incident;
    for (const to of ['triage', 'closed'] as const) {
      incident = cb.ok('incidents:transition', {
        id: incident.id,
        version: incident.version,
        to,
        reason: 'Not a breach',
        outcome: to === 'closed' ? 'not_a_breach' : null,
      });
    }
    const before = contentFingerprint(cb.db);
    const error = expectFailure(
      await cb.core.callAsync('emails:import', { fileId: put('idn-homoglyph.eml'), target: { type: 'existing', incidentId: incident.id } }),
      'INVALID_TRANSITION',
    );
    expect(error.message).toMatch(/Re-open/);
    expect(contentFingerprint(cb.db)).toBe(before);
  });

  it('keeps a malformed recipient address with the messages, links no party for it and says so', async () => {
    const eml = 'From: a.officer@mod.gov.uk\r\nTo: Joe <joe@bad_domain>, sam@army.ml\r\nSubject: Rota\r\nDate: Tue, 14 Mar 2023 09:12:00 +0000\r\n\r\nRota.\r\n';
    const fileId = () => cb.core.context.files.putBytes('rota.eml', Buffer.from(eml)).fileId;
    const preview = await cb.okAsync('emails:preview', { fileId: fileId() });
    expect(preview.email.recipients.map((r) => [r.address, r.classification.domainClass, r.exposed])).toEqual([
      ['joe@bad_domain', 'invalid', false],
      ['sam@army.ml', 'lookalike', true],
    ]);
    expect(preview.proposedKind).toBe('misdirected_email');
    expect(preview.warnings).toContain('joe@bad_domain is not a valid address: it is listed with the messages but not linked as a party.');
    const result = await cb.okAsync('emails:import', { fileId: fileId(), target: { type: 'new', kind: 'misdirected_email', awareAt: AWARE } });
    expect(result.partiesLinked).toBe(2);
    expect([...linked(result.incidentId).keys()].sort()).toEqual(['a.officer@mod.gov.uk', 'sam@army.ml']);
    const messages = cb.ok('messages:list', { incidentId: result.incidentId }).items;
    expect(messages.map((m) => [m.recipient, m.domainClass, m.partyId === null])).toEqual([
      ['joe@bad_domain', 'invalid', true],
      ['sam@army.ml', 'lookalike', false],
    ]);
    expect(cb.ok('incidents:history', { id: result.incidentId, limit: 1 }).items[0]!.summary).toMatch(/, 1 recipient linked$/);
  });
});
