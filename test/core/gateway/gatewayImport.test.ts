import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestCasebook, minimalIncident, type TestCasebook } from '../../fixtures/db';
import { exchangeLog, exchangeRow } from '../../fixtures/emailFiles';
import { runImport } from '../../fixtures/logs/runImport';

const LOGS = join(__dirname, '..', '..', 'fixtures', 'logs');

const fixture = (name: string) => readFileSync(join(LOGS, name));

const messagesOf = (cb: TestCasebook) =>
  cb.db
    .prepare<[], { recipient: string; recipient_domain: string; sender: string; subject: string; message_id: string; sent_at: number; lookalike_of: string }>(
      'SELECT recipient, recipient_domain, sender, subject, message_id, sent_at, lookalike_of FROM email_messages ORDER BY recipient_domain, message_id, recipient',
    )
    .all();

describe('gateway-log import: formats', () => {
  let cb: TestCasebook;
  beforeEach(() => {
    cb = createTestCasebook();
  });
  afterEach(() => cb.close());

  it('reads an Exchange tracking log once per message and recipient, keeping only lookalike domains', async () => {
    const job = await runImport(cb, 'MSGTRK2023031409-1.LOG', fixture('MSGTRK2023031409-1.LOG'), { format: 'exchange' });
    expect(job.error).toBeNull();
    expect(job.state).toBe('done');
    const result = job.result!;
    // RECEIVE, SEND and FAIL lines name the same messages; the DSN line is the bounce to the sender.
    expect(result).toMatchObject({ rowCount: 8, messageCount: 3, byClass: { lookalike: 3, partner: 2, internal: 1, external: 0, invalid: 0 }, partiesCreated: 2 });
    expect(result.groups.map((g) => [g.domain, g.lookalikeOf, g.messageCount, g.created])).toEqual([
      ['army.ml', 'army.mil', 2, true],
      ['navy.ml', 'navy.mil', 1, true],
    ]);
    expect(result.groups[0]!.reason).toMatch(/omitted/);
    expect(messagesOf(cb)).toEqual([
      {
        recipient: 'joe.bloggs@army.ml',
        recipient_domain: 'army.ml',
        sender: 'j.harper@mod.gov.uk',
        subject: 'Movement orders, phase 2',
        message_id: '<A1@mod.gov.uk>',
        sent_at: Date.UTC(2023, 2, 14, 9, 12, 0, 120),
        lookalike_of: 'army.mil',
      },
      {
        recipient: 'joe.bloggs@army.ml',
        recipient_domain: 'army.ml',
        sender: 'a.singh@mod.gov.uk',
        subject: 'Crew list "final"',
        message_id: '<B2@mod.gov.uk>',
        sent_at: Date.UTC(2023, 2, 14, 10, 2),
        lookalike_of: 'army.mil',
      },
      {
        recipient: 'k.lee@navy.ml',
        recipient_domain: 'navy.ml',
        sender: 'j.harper@mod.gov.uk',
        subject: 'Movement orders, phase 2',
        message_id: '<A1@mod.gov.uk>',
        sent_at: Date.UTC(2023, 2, 14, 9, 12, 0, 120),
        lookalike_of: 'navy.mil',
      },
    ]);
    const army = cb.ok('incidents:get', { id: result.groups[0]!.incidentId }).incident;
    expect(army).toMatchObject({
      kind: 'misdirected_email',
      title: '2 messages to army.ml (lookalike of army.mil) — MSGTRK2023031409-1.LOG',
      occurredAt: Date.UTC(2023, 2, 14, 9, 12, 0, 120),
      materialItemCount: 2,
      partyCount: 1,
      recordMarking: 'OFFICIAL-SENSITIVE',
    });
    expect(army.details).toMatchObject({ sender: '', actualRecipients: ['joe.bloggs@army.ml'] });
    const navy = cb.ok('incidents:get', { id: result.groups[1]!.incidentId }).incident;
    expect(navy.details).toMatchObject({ sender: 'j.harper@mod.gov.uk', actualRecipients: ['k.lee@navy.ml'] });
    const parties = cb.ok('involvements:list', { incidentId: army.id }).items;
    expect(parties.map((p) => [p.party.email, p.involvement.roles])).toEqual([['joe.bloggs@army.ml', ['unintended_recipient']]]);
  });

  it('reads the Microsoft 365 message trace report (recipient_status with ## and several recipients)', async () => {
    const job = await runImport(cb, 'MessageTrace_report.csv', fixture('MessageTrace_report.csv'), { format: 'm365' });
    expect(job.error).toBeNull();
    expect(job.result).toMatchObject({ rowCount: 3, messageCount: 2, byClass: { lookalike: 2, partner: 2 }, partiesCreated: 2 });
    expect(job.result!.groups.map((g) => g.domain)).toEqual(['af.ml', 'army.ml']);
    expect(messagesOf(cb).map((m) => [m.recipient, m.sent_at])).toEqual([
      ['j.okafor@af.ml', Date.UTC(2023, 2, 14, 10, 2)],
      ['joe.bloggs@army.ml', Date.UTC(2023, 2, 14, 9, 12)],
    ]);
  });

  it("reads the portal's newer message trace CSV, with a byte-order mark and US dates", async () => {
    const bytes = fixture('MessageTrace_portal.csv');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const job = await runImport(cb, 'MessageTrace_portal.csv', bytes, { format: 'm365' });
    expect(job.error).toBeNull();
    expect(job.result).toMatchObject({ rowCount: 3, messageCount: 2, byClass: { lookalike: 2, partner: 1 } });
    expect(messagesOf(cb).map((m) => [m.recipient, m.sent_at, m.subject])).toEqual([
      ['joe.bloggs@army.ml', Date.UTC(2023, 2, 14, 9, 12), 'Movement orders, phase 2'],
      ['k.lee@navy.ml', Date.UTC(2023, 2, 14, 13, 45, 10), 'Crew list'],
    ]);
  });

  it('reads any other CSV through the mapping the officer chose, quoted newlines included', async () => {
    const text = fixture('gateway_export.csv');
    const { fileId } = cb.core.context.files.putBytes('gateway_export.csv', text);
    const inspection = cb.ok('gatewayLogs:inspect', { fileId });
    expect(inspection).toMatchObject({
      detectedFormat: null,
      columns: ['When', 'From', 'To', 'Subject'],
      suggestedMapping: { sentAt: 'When', sender: 'From', recipients: 'To', subject: 'Subject' },
    });
    expect(inspection.sampleRows[1]).toEqual(['2023-03-15 16:40', 'j.harper@mod.gov.uk', 'duty.officer@usmc.ml', 'Rota,\nweek 12']);
    const job = await runImport(cb, 'gateway_export.csv', text, { format: 'csv', mapping: { sentAt: 'When', sender: 'From', recipients: 'To', subject: 'Subject' } });
    expect(job.error).toBeNull();
    expect(job.result).toMatchObject({ rowCount: 2, messageCount: 2, byClass: { lookalike: 2, partner: 1 } });
    const usmc = job.result!.groups.find((g) => g.domain === 'usmc.ml')!;
    expect(cb.ok('incidents:get', { id: usmc.incidentId }).incident.title).toBe('1 message to usmc.ml (lookalike of .mil) — gateway_export.csv');
    expect(messagesOf(cb).find((m) => m.recipient_domain === 'usmc.ml')!.subject).toBe('Rota,\nweek 12');
  });

  it('recognises each format when inspecting, with five sample lines at most', () => {
    const detect = (name: string) => cb.ok('gatewayLogs:inspect', { fileId: cb.core.context.files.putBytes(name, fixture(name)).fileId });
    const exchange = detect('MSGTRK2023031409-1.LOG');
    expect(exchange.detectedFormat).toBe('exchange');
    expect(exchange.columns[0]).toBe('date-time');
    expect(exchange.sampleRows).toHaveLength(5);
    expect(detect('MessageTrace_report.csv').detectedFormat).toBe('m365');
    expect(detect('MessageTrace_portal.csv')).toMatchObject({ detectedFormat: 'm365', columns: expect.arrayContaining(['Received']) });
  });
});

describe('gateway-log import: parties, incidents and the audit trail', () => {
  let cb: TestCasebook;
  beforeEach(() => {
    cb = createTestCasebook();
  });
  afterEach(() => cb.close());

  const log = (recipients: string[][]) =>
    exchangeLog(
      recipients.map((to, i) =>
        exchangeRow({
          at: `2023-03-14T09:${String(i).padStart(2, '0')}:00Z`,
          recipients: to,
          sender: 'j.harper@mod.gov.uk',
          subject: `Message ${i}`,
          messageId: `<m${i}@mod.gov.uk>`,
        }),
      ),
    );

  it('reuses an existing party with the address, in any letter case, and creates one party per address across the import', async () => {
    const existing = cb.ok('parties:create', { name: 'Joe Bloggs', email: 'Joe.Bloggs@army.ml' });
    const job = await runImport(cb, 'a.LOG', log([['joe.bloggs@army.ml', 'sam@navy.ml'], ['sam@navy.ml'], ['sam@army.ml']]), { format: 'exchange' });
    expect(job.result).toMatchObject({ messageCount: 4, partiesCreated: 2 });
    const parties = cb.db.prepare<[], { id: string; email: string }>('SELECT id, email FROM parties ORDER BY email').all();
    expect(parties.map((p) => p.email)).toEqual(['Joe.Bloggs@army.ml', 'sam@army.ml', 'sam@navy.ml']);
    expect(parties[0]!.id).toBe(existing.id);
    const byDomain = Object.fromEntries(job.result!.groups.map((g) => [g.domain, g.incidentId]));
    expect(cb.ok('parties:incidents', { partyId: existing.id }).items.map((i) => i.incident.id)).toEqual([byDomain['army.ml']]);
    expect(cb.ok('incidents:get', { id: byDomain['navy.ml']! }).incident.partyCount).toBe(1);
    expect(cb.ok('incidents:list', { filter: { text: 'sam@army.ml' } }).items.map((i) => i.id)).toEqual([byDomain['army.ml']]);
  });

  it("puts every group in the officer's incident when one is named, adding the role to a party already linked", async () => {
    const incident = cb.ok('incidents:create', minimalIncident());
    const party = cb.ok('parties:create', { name: 'Sam', email: 'sam@navy.ml' });
    cb.ok('involvements:link', { incidentId: incident.id, party: { id: party.id }, involvement: { roles: ['data_subject'] } });
    const job = await runImport(cb, 'b.LOG', log([['joe@army.ml'], ['sam@navy.ml']]), { format: 'exchange', incidentId: incident.id });
    expect(job.error).toBeNull();
    expect(job.result!.groups.map((g) => [g.incidentId, g.reference, g.created])).toEqual([
      [incident.id, incident.reference, false],
      [incident.id, incident.reference, false],
    ]);
    expect(cb.ok('incidents:list', {}).total).toBe(1);
    const linked = cb.ok('involvements:list', { incidentId: incident.id }).items;
    expect(linked.map((l) => [l.party.email, [...l.involvement.roles].sort()])).toEqual([
      ['sam@navy.ml', ['data_subject', 'unintended_recipient']],
      ['joe@army.ml', ['unintended_recipient']],
    ]);
    expect(cb.ok('incidents:get', { id: incident.id }).incident.partyCount).toBe(2);
  });

  it('appends one audit entry for the import and one per incident created, and the chain verifies', async () => {
    const before = cb.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM audit_log').get()!.n;
    const job = await runImport(cb, 'MSGTRK2023031409-1.LOG', fixture('MSGTRK2023031409-1.LOG'), { format: 'exchange' });
    const entries = cb.db
      .prepare<[number], { action: string; summary: string; changes: string }>('SELECT action, summary, changes FROM audit_log WHERE seq > ? ORDER BY seq')
      .all(before);
    expect(entries.map((e) => e.action)).toEqual(['incident.created', 'incident.created', 'gateway_log.imported']);
    const imported = entries[2]!;
    expect(imported.summary).toMatch(
      /MSGTRK2023031409-1\.LOG: 8 lines, 3 messages to 2 lookalike domains kept, 2 recipients linked \(2 new\); recorded INC-2026-0001, INC-2026-0002/,
    );
    const changes = Object.fromEntries((JSON.parse(imported.changes) as { field: string; after: unknown }[]).map((c) => [c.field, c.after]));
    expect(changes).toMatchObject({ sha256: job.result!.sha256, rowCount: 8, messageCount: 3, partiesCreated: 2, incidentsCreated: ['INC-2026-0001', 'INC-2026-0002'] });
    expect(job.result!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(cb.ok('audit:verify', {})).toMatchObject({ ok: true });
    expect(cb.db.prepare('SELECT file_name, row_count, message_count, format FROM gateway_imports').all()).toEqual([
      { file_name: 'MSGTRK2023031409-1.LOG', row_count: 8, message_count: 3, format: 'exchange' },
    ]);
  });

  it('records an import with no lookalike messages, creating nothing else', async () => {
    const job = await runImport(cb, 'c.LOG', log([['ops@army.mil'], ['r.patel@mod.gov.uk']]), { format: 'exchange' });
    expect(job.result).toMatchObject({ messageCount: 0, groups: [], partiesCreated: 0, byClass: { partner: 1, internal: 1 } });
    expect(cb.ok('incidents:list', {}).total).toBe(0);
    expect(cb.db.prepare('SELECT count(*) AS n FROM parties').get()).toEqual({ n: 0 });
  });

  it('announces progress and the finished job as events, and data changed', async () => {
    const events: string[] = [];
    cb.core.context.events.subscribe((e) =>
      events.push(e.type === 'job:progress' ? `progress:${e.progress.phase}` : e.type === 'job:finished' ? `finished:${e.job.state}` : e.type),
    );
    await runImport(cb, 'MSGTRK2023031409-1.LOG', fixture('MSGTRK2023031409-1.LOG'), { format: 'exchange' });
    expect(events).toEqual(['progress:reading', 'progress:writing', 'finished:done', 'data:changed']);
  });
});

describe('gateway-log import: the awareness time (issue 11)', () => {
  let cb: TestCasebook;
  beforeEach(() => {
    cb = createTestCasebook();
  });
  afterEach(() => cb.close());

  it('records it as each new incident’s discovery, with the importing officer as owner and reporting officer', async () => {
    const awareAt = Date.UTC(2026, 10, 20, 10, 0);
    const job = await runImport(cb, 'MSGTRK2023031409-1.LOG', fixture('MSGTRK2023031409-1.LOG'), { format: 'exchange', awareAt });
    for (const group of job.result!.groups) {
      const { incident } = cb.ok('incidents:get', { id: group.incidentId });
      expect(incident).toMatchObject({ discoveredAt: awareAt, owner: 'Test Officer', reportingOfficer: 'Test Officer' });
      expect(incident.occurredAt).toBeLessThanOrEqual(awareAt);
    }
  });

  it('refuses new incidents without it, or with it in the future, before any job starts', () => {
    const fileId = () => cb.core.context.files.putBytes('MSGTRK.LOG', fixture('MSGTRK2023031409-1.LOG')).fileId;
    const before = cb.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM audit_log').get()!.n;
    const missing = cb.core.call('gatewayLogs:import', { fileId: fileId(), format: 'exchange' });
    expect(missing.ok || missing.error.issues).toEqual([{ path: 'awareAt', message: 'Say when you became aware of what the log shows: it starts the 72-hour clock' }]);
    const future = cb.core.call('gatewayLogs:import', { fileId: fileId(), format: 'exchange', awareAt: Date.UTC(2027, 0, 1) });
    expect(future.ok || future.error).toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ path: 'awareAt', message: 'The time you became aware cannot be in the future: it starts the 72-hour clock' }],
    });
    expect(cb.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM audit_log').get()!.n).toBe(before);
    expect(cb.ok('incidents:list', {}).total).toBe(0);
  });
});
