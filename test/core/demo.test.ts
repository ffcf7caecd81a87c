import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_INCIDENTS, DEMO_PARTIES } from '../../electron/core/demo/demoData';
import { isLateRegulatorNotification } from '../../shared/domain/clocks';
import { assessSeverity, recommend } from '../../shared/domain/severity';
import { missingForBreachClosure } from '../../shared/domain/workflow';
import { expectFailure, incidentAt, issuePaths, type Incident } from '../fixtures/builders';
import { contentFingerprint, createTestCasebook, minimalIncident, type TestCasebook } from '../fixtures/db';

/** What the demo data says each incident should end up as: the last move, or reported when there is none. */
const NOW = Date.UTC(2026, 10, 27, 12, 0);
const EXPECTED = (() => {
  const perYear = new Map<number, number>();
  return DEMO_INCIDENTS.map((d) => {
    // New Year in London is always GMT, so the UTC year of recording is the London year.
    const year = new Date(Date.parse(d.recordedAt)).getUTCFullYear();
    const n = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, n);
    const last = d.moves.at(-1);
    return {
      title: d.incident.title,
      reference: `INC-${year}-${String(n).padStart(4, '0')}`,
      status: last?.to ?? 'reported',
      outcome: last?.to === 'closed' ? (last.outcome ?? null) : null,
      parties: d.parties.length,
      notes: d.notes.length,
    };
  });
})();

describe('demo data', () => {
  let cb: TestCasebook;
  beforeEach(() => {
    cb = createTestCasebook({ now: () => NOW });
  });
  afterEach(() => cb.close());

  const demoIncidents = () => cb.ok('incidents:list', { sort: { field: 'reference', direction: 'asc' }, limit: 500 }).items.filter((i) => i.isDemo);

  it('is ten incidents drawn from the seed article', () => {
    expect(DEMO_INCIDENTS).toHaveLength(10);
    expect(EXPECTED.map((e) => e.title)).toEqual(
      expect.arrayContaining([expect.stringMatching(/army\.ml/), expect.stringMatching(/bus stop/), expect.stringMatching(/Kabul/), expect.stringMatching(/CC/)]),
    );
  });

  it('loads every demo incident with the reference, status and outcome the data leads to, marked as demo data', () => {
    expect(cb.ok('demo:load', {})).toEqual({ incidents: 10, parties: DEMO_PARTIES.length });
    const loaded = new Map(demoIncidents().map((i) => [i.title, i]));
    expect(loaded.size).toBe(10);
    for (const e of EXPECTED) {
      const summary = loaded.get(e.title)!;
      expect(summary, e.title).toMatchObject({ reference: e.reference, status: e.status, isDemo: true });
      const { incident } = cb.ok('incidents:get', { id: summary.id });
      expect(incident.outcome, e.title).toBe(e.outcome);
      expect(incident.partyCount, e.title).toBe(e.parties);
      expect(cb.ok('notes:list', { incidentId: summary.id }).items, e.title).toHaveLength(e.notes);
    }
    expect(cb.ok('session:get', {})).toMatchObject({ incidentCount: 10, demoIncidentCount: 10 });
    const parties = cb.ok('parties:search', { limit: 200 }).items;
    expect(parties).toHaveLength(DEMO_PARTIES.length);
    expect(parties.every((p) => p.isDemo)).toBe(true);
  });

  it('keeps the story’s dates and officers on the records but names the loading officer, now, in the audit log', () => {
    cb.ok('demo:load', {});
    const army = demoIncidents().find((i) => i.title.includes('army.ml'))!;
    const { incident, statusHistory } = cb.ok('incidents:get', { id: army.id });
    expect(incident).toMatchObject({ reference: 'INC-2023-0001', createdAt: Date.parse('2023-07-17T09:40:00+01:00'), createdBy: 'Daniel Pryce' });
    expect(statusHistory.at(-1)).toMatchObject({ to: 'closed', actor: 'Claire Ashdown', at: Date.parse('2023-08-18T15:00:00+01:00') });
    const actors = cb.db.prepare(`SELECT DISTINCT actor, at FROM audit_log WHERE seq > 1`).all();
    expect(actors).toEqual([{ actor: 'Test Officer', at: Date.UTC(2026, 10, 27, 12, 0) }]);
    expect(cb.ok('audit:verify', {}).ok).toBe(true);
  });

  it('counts the affected in the demo CC incident as its data subjects only', () => {
    cb.ok('demo:load', {});
    const cc = demoIncidents().find((i) => i.kind === 'cc_exposure')!;
    const linked = cb.ok('involvements:list', { incidentId: cc.id, limit: 500 }).items;
    const subjects = linked.filter((l) => l.involvement.roles.includes('data_subject')).length;
    expect(subjects).toBeGreaterThan(0);
    expect(cc.affectedCount).toBe(subjects);
  });

  it('finds demo incidents by their addresses', () => {
    cb.ok('demo:load', {});
    const titles = cb.ok('incidents:list', { filter: { text: 'army.ml' } }).items.map((i) => i.title);
    expect(titles).toContain('Emails to US Army contacts sent to army.ml (Mali)');
  });

  it('refuses to load twice with CONFLICT, changing nothing', () => {
    cb.ok('demo:load', {});
    const before = contentFingerprint(cb.db);
    expectFailure(cb.core.call('demo:load', {}), 'CONFLICT');
    expect(contentFingerprint(cb.db)).toBe(before);
  });

  it('reuses a real party whose address a demo party has, instead of creating a second one', () => {
    const demoWithEmail = DEMO_PARTIES.find((p) => p.email)!;
    const real = cb.ok('parties:create', { name: 'Real person', email: demoWithEmail.email! });
    expect(cb.ok('demo:load', {}).parties).toBe(DEMO_PARTIES.length - 1);
    expect(cb.ok('parties:get', { id: real.id })).toMatchObject({ isDemo: false, name: 'Real person' });
    expect(cb.ok('parties:get', { id: real.id }).incidentCount).toBeGreaterThan(0);
  });

  it('removes every demo incident and every demo party no real incident uses, keeping the audit trail intact', () => {
    const real = cb.ok('incidents:create', minimalIncident({ title: 'A real incident', kind: 'other', details: {} }));
    cb.ok('demo:load', {});
    const keptParty = cb.ok('parties:search', { text: 'Daniel Pryce' }).items[0]!;
    expect(keptParty.isDemo).toBe(true);
    cb.ok('involvements:link', { incidentId: real.id, party: { id: keptParty.id }, involvement: { roles: ['sender'] } });
    const entriesBefore = cb.ok('audit:verify', {}).entryCount;

    expect(cb.ok('demo:remove', {})).toEqual({ incidents: 10, parties: DEMO_PARTIES.length - 1 });

    expect(cb.ok('session:get', {})).toMatchObject({ incidentCount: 1, demoIncidentCount: 0 });
    expect(cb.ok('incidents:list', {}).items.map((i) => i.id)).toEqual([real.id]);
    expect(cb.ok('parties:search', { limit: 200 }).items.map((p) => p.id)).toEqual([keptParty.id]);
    expect(cb.ok('parties:incidents', { partyId: keptParty.id }).items.map((i) => i.incident.id)).toEqual([real.id]);
    expect(cb.ok('incidents:list', { filter: { text: 'army.ml' } }).total).toBe(0);
    expect(cb.ok('incidents:list', { filter: { text: 'Pryce' } }).items.map((i) => i.id)).toEqual([real.id]);
    expect(cb.ok('parties:search', { text: 'Okafor' }).items).toEqual([]);
    expect(cb.db.prepare('SELECT count(*) FROM notes').pluck().get()).toBe(0);
    expect(cb.db.prepare('SELECT count(*) FROM status_history').pluck().get()).toBe(0);

    const verification = cb.ok('audit:verify', {});
    expect(verification).toMatchObject({ ok: true, entryCount: entriesBefore + 1 });
    expect(cb.db.prepare(`SELECT action, actor FROM audit_log ORDER BY seq DESC LIMIT 1`).get()).toEqual({ action: 'demo.removed', actor: 'Test Officer' });
  });

  it('answers NOT_FOUND when there is no demo data to remove', () => {
    cb.ok('incidents:create', minimalIncident());
    const before = contentFingerprint(cb.db);
    expectFailure(cb.core.call('demo:remove', {}), 'NOT_FOUND');
    expect(contentFingerprint(cb.db)).toBe(before);
  });

  it('refuses to remove demo data a real incident is closed as a duplicate of, changing nothing', () => {
    cb.ok('demo:load', {});
    const demo = demoIncidents()[0]!;
    const real = incidentAt(cb, 'triage');
    cb.ok('incidents:transition', { id: real.id, version: real.version, to: 'closed', reason: 'Same', outcome: 'duplicate', duplicateOf: demo.reference });
    const before = contentFingerprint(cb.db);
    const error = expectFailure(cb.core.call('demo:remove', {}), 'CONFLICT');
    expect(error.message).toContain(real.reference);
    expect(contentFingerprint(cb.db)).toBe(before);
  });

  it('can be loaded again after removal, with new references', () => {
    cb.ok('demo:load', {});
    cb.ok('demo:remove', {});
    expect(cb.ok('demo:load', {}).incidents).toBe(10);
    const army = demoIncidents().find((i) => i.title.includes('army.ml'))!;
    expect(army.reference).toBe('INC-2023-0002');
    expect(cb.ok('audit:verify', {}).ok).toBe(true);
  });

  describe('what the assessment issue added', () => {
    beforeEach(() => void cb.ok('demo:load', {}));
    const incidents = () => demoIncidents().map((i) => cb.ok('incidents:get', { id: i.id }).incident);

    it('closes every confirmed breach with everything the closure check asks for: assessment, ICO fields, decisions', () => {
      const breaches = incidents().filter((i) => i.outcome === 'breach');
      expect(breaches.length).toBeGreaterThanOrEqual(3);
      for (const incident of breaches) {
        expect(missingForBreachClosure(incident), incident.title).toEqual([]);
        expect(incident.severityBand, incident.title).not.toBeNull();
        expect(cb.ok('assessments:list', { incidentId: incident.id }).items.length, incident.title).toBeGreaterThan(0);
        expect(incident.dataCategories.length, incident.title).toBeGreaterThan(0);
        expect(incident.containedAt, incident.title).not.toBeNull();
      }
    });

    it('stores for each assessment what the shared method computes from its inputs, and the incident shows the latest band', () => {
      for (const incident of incidents()) {
        const assessments = cb.ok('assessments:list', { incidentId: incident.id }).items;
        for (const a of assessments) expect(a, incident.title).toMatchObject(assessSeverity(a.severity));
        expect(incident.severityBand, incident.title).toBe(assessments[0]?.band ?? null);
      }
    });

    it('gives a rationale wherever a decision departs from the latest recommendation', () => {
      let departures = 0;
      for (const incident of incidents()) {
        const latest = cb.ok('assessments:list', { incidentId: incident.id }).items[0];
        if (!latest) continue;
        const r = recommend({ band: latest.band, unintelligible: latest.unintelligible, peopleAffected: latest.peopleAffected });
        if (incident.regulatorNotify !== null && incident.regulatorNotify !== r.notifyRegulator) {
          departures += 1;
          expect(incident.regulatorRationale.trim(), incident.title).not.toBe('');
        }
        if (incident.subjectsNotify !== null && incident.subjectsNotify !== r.notifySubjects) {
          departures += 1;
          expect(incident.subjectsRationale.trim(), incident.title).not.toBe('');
        }
      }
      expect(departures).toBeGreaterThan(0); // the demo shows officers disagreeing with the method, with reasons
    });

    it('records the ICO notifications as reports carrying the case reference, within 72 hours', () => {
      const notified = incidents().filter((i) => i.regulatorNotifiedAt !== null);
      expect(notified.length).toBeGreaterThanOrEqual(2);
      for (const incident of notified) {
        const { regulator } = cb.ok('notifications:list', { incidentId: incident.id });
        const initial = regulator.filter((r) => r.reportType === 'initial');
        expect(initial.length, incident.title).toBeGreaterThan(0);
        expect(Math.min(...initial.map((r) => r.submittedAt)), incident.title).toBe(incident.regulatorNotifiedAt);
        expect(incident.icoReference, incident.title).toMatch(/^IC-/);
        expect(
          regulator.every((r) => r.icoReference === incident.icoReference),
          incident.title,
        ).toBe(true);
        expect(isLateRegulatorNotification(incident.discoveredAt, incident.regulatorNotifiedAt!), incident.title).toBe(false);
      }
    });

    it('has actions, some done with their completion time, and other organisations told', () => {
      let done = 0;
      let external = 0;
      for (const incident of incidents()) {
        const actions = cb.ok('actions:list', { incidentId: incident.id }).items;
        for (const a of actions) expect(a.completedAt !== null, a.description).toBe(a.status === 'done');
        done += actions.filter((a) => a.status === 'done').length;
        external += cb.ok('notifications:list', { incidentId: incident.id }).external.length;
      }
      expect(done).toBeGreaterThan(0);
      expect(external).toBeGreaterThan(0);
      expect(cb.ok('audit:verify', {}).ok).toBe(true);
    });

    describe('the Afghan relocation CC incident', () => {
      const cc = () => incidents().find((i) => i.kind === 'cc_exposure')!;

      it('is left contained, unassessed, with no regulator decision or report, discovered long over 72 hours ago', () => {
        const incident = cc();
        expect(incident).toMatchObject({
          status: 'contained',
          severityBand: null,
          regulatorNotify: null,
          regulatorNotifiedAt: null,
          subjectsNotify: null,
          icoReference: '',
        });
        expect(cb.ok('assessments:list', { incidentId: incident.id }).items).toEqual([]);
        expect(cb.ok('notifications:list', { incidentId: incident.id }).regulator).toEqual([]);
        expect(isLateRegulatorNotification(incident.discoveredAt, NOW)).toBe(true);
        const pending = cb.ok('involvements:list', { incidentId: incident.id }).items.filter((l) => l.involvement.notificationStatus === 'pending');
        expect(pending.length).toBe(incident.affectedCount);
      });

      it('can be assessed, the recommendation followed, and a report recorded now only with the reason for the delay', () => {
        let incident: Incident = cc();
        const assessment = cb.ok('assessments:add', {
          incidentId: incident.id,
          severity: {
            dpcCategory: 'simple',
            dpcAdjustment: 3,
            dpcFactors: ['individuals'],
            ease: 'maximum',
            confidentiality: 'known_recipients',
            integrity: 'none',
            availability: 'none',
            maliciousIntent: false,
          },
          peopleAffected: 55,
        });
        expect(assessment).toMatchObject({ score: 4.25, band: 'very_high', recommendation: { notifyRegulator: true, notifySubjects: true } });
        incident = cb.ok('incidents:get', { id: incident.id }).incident;
        incident = cb.ok('incidents:update', { id: incident.id, version: incident.version, patch: { regulatorNotify: true, subjectsNotify: true } });
        const late = { incidentId: incident.id, version: incident.version, reportType: 'initial' as const, submittedAt: NOW - 3_600_000 };
        expect(issuePaths(expectFailure(cb.core.call('notifications:recordRegulator', late), 'INVALID_INPUT'))).toEqual(['delayReason']);
        const { incident: reported } = cb.ok('notifications:recordRegulator', {
          ...late,
          icoReference: 'IC-555001-C9D2',
          delayReason: 'The decision was not taken at the time.',
        });
        expect(reported).toMatchObject({ regulatorNotifiedAt: NOW - 3_600_000, icoReference: 'IC-555001-C9D2' });
        expect(cb.ok('involvements:markNotified', { incidentId: incident.id, notifiedAt: NOW - 1_800_000, method: 'email' }).updated).toBe(reported.affectedCount);
        expect(cb.ok('dashboard:get', {}).regulatorClocks.map((c) => c.id)).not.toContain(incident.id);
      });
    });
  });
});
