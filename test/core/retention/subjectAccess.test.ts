import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closedIncidentWithPeople, retentionWorld, type RetentionWorld } from './retentionWorld';

describe('subject access export (Art. 15)', () => {
  let w: RetentionWorld;
  beforeEach(() => {
    w = retentionWorld({ memory: true });
  });
  afterEach(() => w.close());

  it('holds everything about the person, what they were told and when, with other people’s identifiers withheld, and is audited as a report', () => {
    const { incident, shared, open } = closedIncidentWithPeople(w.cb);
    // Dev is in both incidents; the closed one's title names Mira, who is another person to Dev.
    w.cb.ok('incidents:update', {
      id: open.id,
      version: w.cb.ok('incidents:get', { id: open.id }).incident.version,
      patch: { publicAccount: 'Papers about Mira Castellanos, tel. 07700 900123, were found by Dev Okonkwo.' },
    });
    expect(
      w.cb.ok('involvements:markNotified', { incidentId: open.id, partyIds: [shared.id], notifiedAt: Date.UTC(2026, 10, 27, 8, 30), method: 'letter' }).updated,
    ).toBe(1);
    const result = w.cb.ok('subjectAccess:export', { partyId: shared.id });
    const document = JSON.parse(result.content) as {
      person: { name: string; email: string };
      incidents: {
        reference: string;
        title: string;
        whatHappened: string;
        yourPart: string[];
        dataAboutYou: string[];
        told: { status: string; when: string | null; how: string | null };
      }[];
    };
    expect(document.person).toMatchObject({ name: 'Dev Okonkwo', email: 'dev.okonkwo@example.org' });
    expect(document.incidents.map((i) => i.reference)).toEqual([incident.reference, open.reference]);
    expect(document.incidents[0]!.title).toBe('Papers about [another person] left on a train');
    expect(document.incidents[1]!.whatHappened).toBe('Papers about [another person], tel. [contact details removed], were found by Dev Okonkwo.');
    expect(document.incidents[1]!.told).toEqual({ status: 'Notified', when: '27 Nov 2026 08:30', how: 'Letter' });
    expect(document.incidents[0]!.dataAboutYou).toEqual(['Basic personal identifiers (name, contact details)']);
    expect(result.content).not.toMatch(/Castellanos|07700/);

    const entry = w.cb.db.prepare<[], { summary: string; changes: string }>(`SELECT summary, changes FROM audit_log WHERE action = 'report.generated'`).get()!;
    expect(entry.summary).toBe('Generated a subject access export (JSON)');
    expect(JSON.parse(entry.changes)).toContainEqual({ field: 'files', before: null, after: [result.fileName] });
  });
});
