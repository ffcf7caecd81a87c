import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestCasebook, type TestCasebook } from '../../fixtures/db';
import { exchangeLog, exchangeRow } from '../../fixtures/emailFiles';
import { runImport } from '../../fixtures/logs/runImport';

/** A lookalike domain already under investigation is one incident, however many logs show it (issue 11 §1). */
describe('gateway-log import: a lookalike domain with an open incident', () => {
  let cb: TestCasebook;
  beforeEach(() => {
    cb = createTestCasebook();
  });
  afterEach(() => cb.close());

  /** A log of one message per recipient list; `day` keeps two logs' bytes (and message ids) apart. */
  const log = (day: number, recipients: string[][]) =>
    exchangeLog(
      recipients.map((to, i) =>
        exchangeRow({
          at: `2023-03-${String(day).padStart(2, '0')}T09:${String(i).padStart(2, '0')}:00Z`,
          recipients: to,
          sender: 'j.harper@mod.gov.uk',
          subject: `Message ${i}`,
          messageId: `<d${day}m${i}@mod.gov.uk>`,
        }),
      ),
    );
  const messagesIn = (incidentId: string) => cb.ok('messages:list', { incidentId }).total;

  it('adds a second log’s messages to the open incident already holding that domain, and says so; another domain gets its own', async () => {
    const first = (await runImport(cb, 'monday.LOG', log(13, [['joe@army.ml'], ['sam@army.ml']]), { format: 'exchange' })).result!;
    const army = first.groups[0]!;
    expect(army).toMatchObject({ domain: 'army.ml', created: true, openForDomain: false });

    const second = (await runImport(cb, 'tuesday.LOG', log(14, [['kim@army.ml'], ['joe@army.ml'], ['lee@navy.ml']]), { format: 'exchange' })).result!;
    expect(second.groups.map((g) => [g.domain, g.reference, g.created, g.openForDomain])).toEqual([
      ['army.ml', army.reference, false, true],
      ['navy.ml', 'INC-2026-0002', true, false],
    ]);
    expect(cb.ok('incidents:list', {}).total).toBe(2);
    expect(messagesIn(army.incidentId)).toBe(4);
    expect(cb.ok('incidents:get', { id: army.incidentId }).incident.partyCount).toBe(3);

    const entry = cb.db
      .prepare<[], { summary: string; changes: string }>("SELECT summary, changes FROM audit_log WHERE action = 'gateway_log.imported' ORDER BY seq DESC LIMIT 1")
      .get()!;
    expect(entry.summary).toMatch(/; recorded INC-2026-0002; 2 messages to army\.ml added to INC-2026-0001, already open for that domain$/);
    const changes = Object.fromEntries((JSON.parse(entry.changes) as { field: string; after: unknown }[]).map((c) => [c.field, c.after]));
    expect(changes).toMatchObject({ incidentsCreated: ['INC-2026-0002'], incidentsAddedTo: ['INC-2026-0001'] });
    expect(cb.ok('audit:verify', {})).toMatchObject({ ok: true });
  });

  it('opens a new incident when the one that held the domain is closed', async () => {
    const first = (await runImport(cb, 'monday.LOG', log(13, [['joe@army.ml']]), { format: 'exchange' })).result!;
    let incident = cb.ok('incidents:get', { id: first.groups[0]!.incidentId }).incident;
    for (const to of ['triage', 'closed'] as const) {
      incident = cb.ok('incidents:transition', {
        id: incident.id,
        version: incident.version,
        to,
        reason: 'Not a breach',
        outcome: to === 'closed' ? 'not_a_breach' : null,
      });
    }
    const second = (await runImport(cb, 'tuesday.LOG', log(14, [['kim@army.ml']]), { format: 'exchange' })).result!;
    expect(second.groups.map((g) => [g.domain, g.reference, g.created, g.openForDomain])).toEqual([['army.ml', 'INC-2026-0002', true, false]]);
    expect(messagesIn(incident.id)).toBe(1);
  });
});
