import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { INDEXED_PARTIES } from '../../electron/core/incidents/searchIndex';
import { createTestCasebook, minimalIncident, type TestCasebook } from '../fixtures/db';
import { exchangeLog, exchangeRow } from '../fixtures/emailFiles';
import { runImport } from '../fixtures/logs/runImport';

describe('the search index of an incident with very many parties', () => {
  let cb: TestCasebook;
  beforeEach(() => {
    cb = createTestCasebook({ memory: true });
  });
  afterEach(() => cb.close());

  it('indexes the first parties only, so later writes to the incident stay fast, and still finds it by them', async () => {
    const recipients = Array.from({ length: INDEXED_PARTIES + 200 }, (_, i) => `person${String(i).padStart(4, '0')}@army.ml`);
    const rows = recipients.map((r, i) =>
      exchangeRow({
        at: `2023-03-14T09:${String(i % 60).padStart(2, '0')}:00.000Z`,
        recipients: [r],
        sender: 'j.harper@mod.gov.uk',
        subject: 'Orders',
        messageId: `<${i}@mod.gov.uk>`,
      }),
    );
    const job = await runImport(cb, 'MSGTRK.LOG', exchangeLog(rows), { format: 'exchange' });
    expect(job.state).toBe('done');
    const [group] = job.result!.groups;
    expect(cb.ok('incidents:get', { id: group!.incidentId }).incident.partyCount).toBe(INDEXED_PARTIES + 200);

    const indexed = cb.db
      .prepare<[string], { parties: string }>('SELECT s.parties FROM incident_search s JOIN incidents i ON i.seq = s.rowid WHERE i.id = ?')
      .get(group!.incidentId)!.parties;
    expect(indexed.split('\n')).toHaveLength(INDEXED_PARTIES);
    expect(cb.ok('incidents:list', { filter: { text: 'person0001' } }).items.map((i) => i.id)).toEqual([group!.incidentId]);
    expect(cb.ok('incidents:list', { filter: { text: `person${INDEXED_PARTIES + 100}` } }).items).toEqual([]);
    expect(cb.ok('parties:search', { text: `person${INDEXED_PARTIES + 100}` }).items).toHaveLength(1);
  });
});

describe('finding an incident by its reference', () => {
  it('matches the whole reference, or its number, as an officer types it', () => {
    const cb = createTestCasebook({ memory: true });
    try {
      const first = cb.ok('incidents:create', minimalIncident({ title: 'Papers left at a bus stop', kind: 'lost_document', details: {} }));
      cb.ok('incidents:create', minimalIncident({ title: 'Laptop left on a train', kind: 'lost_device', details: {} }));
      const found = (text: string) => cb.ok('incidents:list', { filter: { text } }).items.map((i) => i.reference);
      expect(found(first.reference)).toEqual([first.reference]);
      expect(found(first.reference.toLowerCase())).toEqual([first.reference]);
      expect(found(first.reference.slice(-4))).toEqual([first.reference]);
    } finally {
      cb.close();
    }
  });
});
