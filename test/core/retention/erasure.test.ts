import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectFailure } from '../../fixtures/builders';
import { contentFingerprint, minimalIncident } from '../../fixtures/db';
import { emailFixture } from '../../fixtures/emailFiles';
import { pngImage } from '../../fixtures/evidenceFiles';
import { call, closedIncidentWithPeople, retentionWorld, type RetentionWorld } from './retentionWorld';

const AWARE = Date.UTC(2026, 10, 27, 8, 0);

describe("erasing an incident's personal data", () => {
  let w: RetentionWorld;
  beforeEach(() => {
    w = retentionWorld();
  });
  afterEach(() => w.close());

  const registerSheet = () => w.cb.ok('reports:preview', { kind: 'register' }).sheet!;
  const statistics = () => w.cb.ok('reports:preview', { kind: 'statistics', from: Date.UTC(2026, 0, 1), to: Date.UTC(2027, 0, 1) }).documents;
  const proposeAndConfirm = (
    scope: { type: 'incident'; incidentId: string } | { type: 'party'; partyId: string },
    evidence = [] as { evidenceId: string; decision: 'erase' | 'keep'; reason?: string }[],
  ) => {
    const proposal = w.cb.ok('erasures:propose', { scope, evidence });
    return call(w.second(), 'erasures:confirm', { id: proposal.id });
  };

  it('removes what is only personal and keeps what the statistics and the Art. 33(5) record need', () => {
    const { incident, only, shared, open } = closedIncidentWithPeople(w.cb);
    const sheetBefore = registerSheet();
    const statisticsBefore = statistics();
    expect(w.cb.ok('audit:verify', {}).ok).toBe(true);

    const result = proposeAndConfirm({ type: 'incident', incidentId: incident.id });
    expect(result.counts).toMatchObject({ people: 1, notes: 1, evidenceItems: 0 });

    const after = w.cb.ok('incidents:get', { id: incident.id }).incident;
    expect(after.personalDataErased).toEqual({ at: result.erasedAt, by: 'Second Officer' });
    expect(after).toMatchObject({
      title: '[erased]',
      description: '',
      kind: 'lost_document',
      outcome: 'near_miss',
      status: 'closed',
      recordMarking: incident.recordMarking,
    });
    expect(after.discoveredAt).toBe(incident.discoveredAt);
    expect(after.dataCategories).toEqual(incident.dataCategories);
    expect(after.affectedCount).toBe(incident.affectedCount);
    expect(w.cb.ok('notes:list', { incidentId: incident.id }).items ?? []).toEqual([]);

    // The person only here is erased; the one another incident still needs keeps their details.
    expect(w.cb.ok('parties:get', { id: only.id })).toMatchObject({ name: '[erased]', email: '', phone: '', notes: '' });
    expect(w.cb.ok('parties:get', { id: shared.id })).toMatchObject({ name: 'Dev Okonkwo', email: 'dev.okonkwo@example.org' });
    expect(w.cb.ok('involvements:list', { incidentId: open.id }).items.map((l) => l.party.name)).toEqual(['Dev Okonkwo']);
    // Involvements stay (roles, categories), so counts by category do not move.
    expect(w.cb.ok('involvements:list', { incidentId: incident.id }).items.map((l) => [l.party.name, l.involvement.dataCategories])).toEqual([
      ['[erased]', ['basic_identifiers', 'health']],
      ['Dev Okonkwo', ['basic_identifiers']],
    ]);
    expect(w.cb.ok('parties:search', { text: 'Castellanos' }).items).toEqual([]);
    // An erased person stays erased: their details are not typed back in.
    const erased = w.cb.ok('parties:get', { id: only.id });
    const before = contentFingerprint(w.cb.db);
    expectFailure(w.cb.core.call('parties:update', { id: only.id, version: erased.version, patch: { name: 'Mira Castellanos' } }), 'CONFLICT');
    expect(contentFingerprint(w.cb.db)).toBe(before);
    expect(w.cb.ok('incidents:list', { filter: { text: 'Castellanos' } }).items).toEqual([]);

    // The register export and the statistics are unchanged but for the title, which named the person.
    const sheetAfter = registerSheet();
    const title = sheetBefore.columns.findIndex((c) => c.header === 'Title');
    const withoutTitles = (rows: typeof sheetBefore.rows) => rows.map((r) => r.filter((_, i) => i !== title));
    expect(withoutTitles(sheetAfter.rows)).toEqual(withoutTitles(sheetBefore.rows));
    expect(sheetAfter.rows.map((r) => r[title])).toContain('[erased]');
    expect(JSON.stringify(statistics()).replace(/"[^"]*fingerprint[^"]*"/gi, '')).toBe(JSON.stringify(statisticsBefore).replace(/"[^"]*fingerprint[^"]*"/gi, ''));

    // One audit entry: who proposed, who confirmed, the scope and counts, never an erased value; the chain verifies.
    const entries = w.cb.db
      .prepare<[], { actor: string; summary: string; changes: string }>(`SELECT actor, summary, changes FROM audit_log WHERE action = 'retention.incident_erased'`)
      .all();
    expect(entries).toHaveLength(1);
    expect(entries[0]!.actor).toBe('Second Officer');
    expect(entries[0]!.summary).toBe(`Personal data of ${incident.reference} erased under the retention schedule: proposed by Test Officer, confirmed by Second Officer`);
    expect(JSON.parse(entries[0]!.changes)).toEqual(
      expect.arrayContaining([
        { field: 'proposedBy', before: null, after: 'Test Officer' },
        { field: 'confirmedBy', before: null, after: 'Second Officer' },
        { field: 'scope', before: null, after: 'incident' },
        { field: 'people', before: null, after: 1 },
      ]),
    );
    expect(`${entries[0]!.summary}${entries[0]!.changes}`).not.toMatch(/Castellanos|07700|mira\./i);
    expect(w.cb.ok('audit:verify', {}).ok).toBe(true);
  });

  it('refuses to erase twice, cleanly: a confirmed proposal cannot be confirmed again, and a new proposal names who erased it', () => {
    const { incident } = closedIncidentWithPeople(w.cb);
    const proposal = w.cb.ok('erasures:propose', { scope: { type: 'incident', incidentId: incident.id } });
    call(w.second(), 'erasures:confirm', { id: proposal.id });
    const before = contentFingerprint(w.cb.db);
    const again = expectFailure(w.second().call('erasures:confirm', { id: proposal.id }), 'CONFLICT');
    expect(again.message).toMatch(/already confirmed by Second Officer/);
    const twice = expectFailure(w.cb.core.call('erasures:propose', { scope: { type: 'incident', incidentId: incident.id } }), 'CONFLICT');
    expect(twice.message).toBe(`The personal data of ${incident.reference} was already erased on 27 Nov 2026 by Second Officer. Nothing was changed.`);
    expect(contentFingerprint(w.cb.db)).toBe(before);
  });

  it('refuses an incident that is still open, changing nothing', () => {
    const { open } = closedIncidentWithPeople(w.cb);
    const before = contentFingerprint(w.cb.db);
    expect(expectFailure(w.cb.core.call('erasures:propose', { scope: { type: 'incident', incidentId: open.id } }), 'CONFLICT').message).toMatch(/is not closed/);
    expect(contentFingerprint(w.cb.db)).toBe(before);
  });

  it('keeps evidence stored once by hash that another incident also uses, and deletes what only this incident used', async () => {
    const put = (name: string) => w.cb.core.context.files.putBytes(name, emailFixture(name)).fileId;
    const first = await w.cb.okAsync('emails:import', { fileId: put('misdirected-army-ml.eml'), target: { type: 'new', kind: 'misdirected_email', awareAt: AWARE } });
    const second = w.cb.ok('incidents:create', minimalIncident({ title: 'The same email, sent on by the recipient' }));
    await w.cb.okAsync('emails:import', { fileId: put('misdirected-army-ml.eml'), target: { type: 'existing', incidentId: second.id } });
    const own = await w.cb.okAsync('emails:import', { fileId: put('groups.eml'), target: { type: 'existing', incidentId: second.id } });
    const blobs = () =>
      w.cb.db
        .prepare<[], { sha256: string }>('SELECT sha256 FROM evidence_blobs ORDER BY sha256')
        .all()
        .map((b) => b.sha256);
    expect(blobs()).toEqual([first.sha256, own.sha256].sort());

    const incident = w.cb.ok('incidents:get', { id: second.id }).incident;
    w.cb.ok('incidents:transition', { id: incident.id, version: incident.version, to: 'closed', reason: 'Recipient deleted it.', outcome: 'not_a_breach' });
    const plan = w.cb.ok('erasures:preview', { scope: { type: 'incident', incidentId: incident.id } });
    expect(plan.goes).toContain('2 evidence items, with 1 stored file no other incident uses');
    expect(plan.stays).toContain('1 stored evidence file another incident also uses');

    const result = proposeAndConfirm({ type: 'incident', incidentId: incident.id });
    expect(result.counts).toMatchObject({ evidenceItems: 2, evidenceFilesDeleted: 1, evidenceFilesKeptShared: 1 });
    expect(blobs()).toEqual([first.sha256]);
    expect(w.cb.ok('evidence:list', { incidentId: incident.id }).items).toEqual([]);
    expect(w.cb.ok('evidence:list', { incidentId: first.incidentId }).items.map((e) => e.sha256)).toEqual([first.sha256]);
    expect(w.cb.ok('messages:list', { incidentId: first.incidentId }).total).toBeGreaterThan(0);
    expect(w.cb.ok('messages:list', { incidentId: incident.id }).total).toBe(0);
  });
  it('deletes files attached to the incident, keeps one another incident also cites, and keeps each custody record with its file name erased', async () => {
    const attach = (incidentId: string, name: string, bytes: Buffer) =>
      w.cb.okAsync('evidence:add', { incidentId, fileId: w.cb.core.context.files.putBytes(name, bytes).fileId, description: '' });
    const other = w.cb.ok('incidents:create', minimalIncident({ title: 'Papers found by a neighbour' }));
    const created = w.cb.ok('incidents:create', minimalIncident({ title: 'Papers left at a bus stop' }));
    const own = await attach(created.id, 'Kim Lee passport scan.png', pngImage(11, 11));
    const shared = await attach(created.id, 'bus-stop.png', pngImage(12, 12));
    await attach(other.id, 'bus-stop-again.png', pngImage(12, 12));
    const incident = w.cb.ok('incidents:get', { id: created.id }).incident;
    w.cb.ok('incidents:transition', { id: incident.id, version: incident.version, to: 'closed', reason: 'Papers recovered.', outcome: 'near_miss' });
    expect(w.cb.ok('erasures:preview', { scope: { type: 'incident', incidentId: incident.id } }).goes).toContain(
      '2 evidence items, with 1 stored file no other incident uses',
    );

    const result = proposeAndConfirm({ type: 'incident', incidentId: incident.id });
    expect(result.counts).toMatchObject({ evidenceItems: 2, evidenceFilesDeleted: 1, evidenceFilesKeptShared: 1 });
    const blobs = w.cb.db.prepare<[], string>('SELECT sha256 FROM evidence_blobs').pluck().all();
    expect(blobs).toContain(shared.sha256);
    expect(blobs).not.toContain(own.sha256);
    const listed = w.cb.ok('evidence:list', { incidentId: incident.id });
    expect(listed.items).toEqual([]);
    expect(listed.removed.map((r) => r.fileName)).toEqual(['[erased]', '[erased]']);
    expect(listed.removed[0]!.custody.map((c) => [c.action, c.reason])).toEqual([
      ['added', null],
      ['removed', 'Erased with the personal data under the retention schedule'],
    ]);
    expect(w.cb.db.prepare<[], number>("SELECT count(*) FROM evidence_custody WHERE file_name LIKE '%Kim Lee%'").pluck().get()).toBe(0);
    expect(w.cb.ok('evidence:list', { incidentId: other.id }).items.map((e) => e.fileName)).toEqual(['bus-stop-again.png']);
  });

  it('refuses any other change to a custody record', () => {
    const created = w.cb.ok('incidents:create', minimalIncident({ title: 'Papers left at a bus stop' }));
    w.cb.db
      .prepare(
        `INSERT INTO evidence_custody (evidence_id, incident_id, sha256, file_name, action, at, actor, reason) VALUES ('e', ?, ?, 'a.png', 'added', 1, 'Olu', NULL)`,
      )
      .run(created.id, 'a'.repeat(64));
    expect(() => w.cb.db.prepare("UPDATE evidence_custody SET actor = 'Someone else'").run()).toThrow(/cannot be changed/);
    expect(() => w.cb.db.prepare("UPDATE evidence_custody SET file_name = 'b.png'").run()).toThrow(/cannot be changed/);
    expect(() => w.cb.db.prepare("UPDATE evidence_custody SET file_name = '[erased]', at = 2").run()).toThrow(/cannot be changed/);
  });
});

describe('erasing one person across the register', () => {
  let w: RetentionWorld;
  beforeEach(() => {
    w = retentionWorld();
  });
  afterEach(() => w.close());

  it('erases the person in every incident, lists evidence holding them among others, and keeps it with the recorded reason', async () => {
    const { incident, open } = closedIncidentWithPeople(w.cb);
    const mailing = await w.cb.okAsync('emails:import', {
      fileId: w.cb.core.context.files.putBytes('cc-mailing-55.eml', emailFixture('cc-mailing-55.eml')).fileId,
      target: { type: 'new', kind: 'cc_exposure', awareAt: AWARE },
    });
    const person = w.cb.ok('parties:search', { text: 'applicant07@yahoo.co.uk' }).items[0]!;
    w.cb.ok('involvements:link', { incidentId: open.id, party: { id: person.id }, involvement: { roles: ['data_subject'], dataCategories: ['basic_identifiers'] } });
    w.cb.ok('notes:add', { incidentId: open.id, body: 'Applicant 07 (applicant07@yahoo.co.uk) asked for a call back.' });
    const partiesBefore = w.cb.ok('involvements:list', { incidentId: mailing.incidentId, limit: 500 }).items.length;

    const scope = { type: 'party' as const, partyId: person.id };
    const preview = w.cb.ok('erasures:preview', { scope });
    expect(preview.label).toBe('a person in 2 incidents');
    expect(preview.evidenceWithOthers.map((e) => e.fileName)).toEqual(['cc-mailing-55.eml']);

    // Each evidence file holding them among others needs a decision; keeping it needs a reason.
    const before = contentFingerprint(w.cb.db);
    const undecided = expectFailure(w.cb.core.call('erasures:propose', { scope }), 'INVALID_INPUT');
    expect(undecided.issues).toEqual([{ path: 'evidence', message: 'Decide about cc-mailing-55.eml' }]);
    const evidenceId = preview.evidenceWithOthers[0]!.evidenceId;
    const noReason = expectFailure(w.cb.core.call('erasures:propose', { scope, evidence: [{ evidenceId, decision: 'keep' }] }), 'INVALID_INPUT');
    expect(noReason.issues).toEqual([{ path: 'evidence.0.reason', message: 'Say why it is kept' }]);
    expect(contentFingerprint(w.cb.db)).toBe(before);

    const proposal = w.cb.ok('erasures:propose', { scope, evidence: [{ evidenceId, decision: 'keep', reason: 'the other 54 recipients’ record' }] });
    expect(proposal.plan.stays).toContain('cc-mailing-55.eml (INC-2026-0003), which holds them among others: kept because the other 54 recipients’ record');
    const result = w.second().call('erasures:confirm', { id: proposal.id });
    expect(result.ok).toBe(true);

    expect(w.cb.ok('parties:get', { id: person.id })).toMatchObject({ name: '[erased]', email: '', incidentCount: 2 });
    expect(w.cb.ok('notes:list', { incidentId: open.id }).items.map((n) => n.body)).toEqual(['[erased] ([contact details removed]) asked for a call back.']);
    // Their message row goes; the other recipients' stay, and the evidence file is kept unaltered.
    const recipients = w.cb.db
      .prepare<[string], { recipient: string }>('SELECT recipient FROM email_messages WHERE incident_id = ?')
      .all(mailing.incidentId)
      .map((m) => m.recipient);
    expect(recipients).not.toContain('applicant07@yahoo.co.uk');
    expect(recipients).toContain('applicant08@hotmail.co.uk');
    expect(w.cb.ok('evidence:list', { incidentId: mailing.incidentId }).items).toHaveLength(1);
    expect(w.cb.ok('involvements:list', { incidentId: mailing.incidentId, limit: 500 }).items).toHaveLength(partiesBefore);
    // The erased incident is untouched by this one.
    expect(w.cb.ok('incidents:get', { id: incident.id }).incident.personalDataErased).toBeNull();
    const entry = w.cb.db.prepare<[], { summary: string; changes: string }>(`SELECT summary, changes FROM audit_log WHERE action = 'retention.person_erased'`).get()!;
    expect(entry.summary).toBe('Personal data of a person in 2 incidents erased under the retention schedule: proposed by Test Officer, confirmed by Second Officer');
    expect(entry.changes).toContain('the other 54 recipients’ record');
    expect(`${entry.summary}${entry.changes}`).not.toMatch(/applicant07|Applicant 07/i);
    expect(w.cb.ok('audit:verify', {}).ok).toBe(true);
  });
});
