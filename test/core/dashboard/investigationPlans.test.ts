import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DASHBOARD_SQL } from '../../../electron/core/dashboard/dashboardService';
import type { SyncOperation } from '../../../shared/contract';
import { assess, SEVERITY } from '../../fixtures/builders';
import type { TestCasebook } from '../../fixtures/db';
import { buildWorld, type World } from '../operationCases';
import { observePlans, populatedRegister, type ObservedPlan } from '../planHelpers';

/**
 * EXPLAIN QUERY PLAN checks for the assessment issue: every statement the dashboard runs reads through
 * the index named for it (migration 0020), none scans the incidents table or sorts in a temp b-tree, and
 * an incident's assessments, notifications and actions are read through their per-incident indexes in
 * the order they are listed.
 */
const HOUR = 3_600_000;

describe('query plans of the assessment issue', () => {
  let cb: TestCasebook;
  let w: World;
  beforeAll(() => {
    cb = populatedRegister();
    w = buildWorld(cb);
    // Give the register what the dashboard reads: assessments, reports, containment, actions due.
    const incidents = cb
      .ok('incidents:list', { limit: 500 })
      .items.filter((i) => i.status !== 'closed')
      .slice(0, 60);
    incidents.forEach((summary, i) => {
      assess(cb, summary.id, i % 2 ? SEVERITY.high : SEVERITY.low);
      let incident = cb.ok('incidents:get', { id: summary.id }).incident;
      if (i % 3 === 0) {
        cb.ok('notifications:recordRegulator', {
          incidentId: incident.id,
          version: incident.version,
          reportType: 'initial',
          submittedAt: incident.discoveredAt + 10 * HOUR,
          rationale: 'Reported as a precaution.',
        });
        incident = cb.ok('incidents:get', { id: summary.id }).incident;
      }
      if (i % 4 === 0) {
        const path = ['triage', 'investigating', 'contained'] as const;
        for (const to of path.slice(path.indexOf(incident.status as (typeof path)[number]) + 1)) {
          incident = cb.ok('incidents:transition', { id: incident.id, version: incident.version, to });
        }
      }
      cb.ok('actions:add', { incidentId: incident.id, kind: 'preventive', description: `Action ${i}`, dueAt: cb.core.context.now() + ((i % 20) - 10) * 24 * HOUR });
      cb.ok('notifications:recordExternal', { incidentId: incident.id, recipient: 'dpo', notifiedAt: incident.discoveredAt + HOUR });
    });
    for (let i = 0; i < 5; i += 1) {
      assess(cb, w.open.id, SEVERITY.medium);
      cb.ok('actions:add', { incidentId: w.open.id, kind: 'recovery', description: `Recovery ${i}` });
      cb.ok('notifications:recordExternal', { incidentId: w.open.id, recipient: 'police', notifiedAt: w.open.discoveredAt + i * HOUR });
    }
    cb.db.exec('ANALYZE');
  });
  afterAll(() => cb.close());

  const noTableScan = (p: ObservedPlan) =>
    expect(p.plan.join(' | '), p.sql).not.toMatch(/SCAN (incidents|actions|assessments|regulator_reports|external_notifications|i|a)\b(?! USING)/);
  const noSort = (p: ObservedPlan) =>
    expect(
      p.plan.filter((l) => l.includes('TEMP B-TREE')),
      p.sql,
    ).toEqual([]);

  function plansOf(op: SyncOperation, input: Record<string, unknown>, table: RegExp): ObservedPlan[] {
    const plans = observePlans(cb.db, () => void cb.ok(op, input as never)).filter((p) => table.test(p.sql));
    expect(plans.length, `${op} ran no statement matching ${table}`).toBeGreaterThan(0);
    return plans;
  }

  describe('the dashboard, as the core runs it', () => {
    let plans: ObservedPlan[];
    beforeAll(() => {
      plans = observePlans(cb.db, () => void cb.ok('dashboard:get', { months: 12 }));
    });
    const planOf = (name: keyof typeof DASHBOARD_SQL) => {
      const sql = DASHBOARD_SQL[name].replace(/\s+/g, ' ').trim();
      const found = plans.find((p) => p.sql === sql);
      expect(found, `dashboard:get did not run ${name}`).toBeDefined();
      return found!;
    };

    it('runs every dashboard statement, none scanning a table or sorting in a temp b-tree', () => {
      for (const name of Object.keys(DASHBOARD_SQL) as (keyof typeof DASHBOARD_SQL)[]) {
        const p = planOf(name);
        noTableScan(p);
        noSort(p);
      }
    });

    it.each([
      ['openByStatus', /^SEARCH incidents USING COVERING INDEX incidents_by_status \(status=\?\)$/],
      ['regulatorClocks', /^SCAN incidents USING INDEX incidents_awaiting_regulator$/],
      // Not covering: a "do not notify" is judged on its row (reasons, assessment, review), read only for the open incidents the ICO has not been told of.
      ['regulatorClocksTotal', /^SCAN incidents USING INDEX incidents_awaiting_regulator$/],
      ['byMonth', /^SEARCH incidents USING COVERING INDEX incidents_by_discovered_at \(discovered_at>\? AND discovered_at<\?\)$/],
      ['containment', /^SEARCH incidents USING COVERING INDEX incidents_by_containment \(discovered_at>\? AND discovered_at<\?\)$/],
      ['regulator', /^SEARCH incidents USING COVERING INDEX incidents_by_regulator_notified \(discovered_at>\? AND discovered_at<\?\)$/],
    ] as const)('reads %s through its index alone', (name, expected) => {
      expect(planOf(name).plan).toEqual([expect.stringMatching(expected)]);
    });

    it('reads the actions due through the partial due-date index, then each incident by its id', () => {
      for (const name of ['actionsDue', 'actionsDueTotal'] as const) {
        expect(planOf(name).plan).toEqual([
          expect.stringMatching(/^SEARCH a USING (COVERING )?INDEX actions_open_by_due \(due_at>\? AND due_at<\?\)$/),
          expect.stringMatching(/^SEARCH i USING INDEX sqlite_autoindex_incidents_\d+ \(id=\?\)$/),
        ]);
      }
      expect(planOf('actionsDueTotal').plan[0]).toMatch(/COVERING INDEX/);
    });

    it('found something to show, so the plans above are of real work', () => {
      const d = cb.ok('dashboard:get', { months: 24 });
      expect(d.meanHoursToContainment).not.toBeNull();
      expect(d.actionsDueTotal).toBeGreaterThan(0);
      expect(d.regulatorClocksTotal).toBeGreaterThan(0);
      expect(d.regulatorNotifications.total).toBeGreaterThan(0);
      expect(d.byMonth.length).toBeGreaterThan(0);
    });
  });

  describe("an incident's own lists", () => {
    it("reads an incident's assessments newest first through the (incident, number) key, without sorting", () => {
      for (const p of plansOf('assessments:list', { incidentId: w.open.id }, /FROM assessments WHERE incident_id/)) {
        expect(p.plan).toEqual([expect.stringMatching(/^SEARCH assessments USING INDEX sqlite_autoindex_assessments_\d+ \(incident_id=\?\)$/)]);
      }
    });

    it('finds the latest assessment the same way when a decision is saved', () => {
      const { incident } = cb.ok('incidents:get', { id: w.open.id });
      const plans = plansOf('incidents:update', { id: incident.id, version: incident.version, patch: { owner: `Owner ${incident.version}` } }, /FROM assessments/);
      for (const p of plans) expect(p.plan).toEqual([expect.stringMatching(/^SEARCH assessments USING INDEX sqlite_autoindex_assessments_\d+ \(incident_id=\?\)$/)]);
    });

    it("reads an incident's reports and notifications in the order they were made through their indexes, without sorting", () => {
      const plans = plansOf('notifications:list', { incidentId: w.open.id }, /FROM (regulator_reports|external_notifications)/);
      expect(plans.map((p) => p.plan)).toEqual([
        ['SEARCH regulator_reports USING INDEX regulator_reports_by_incident (incident_id=?)'],
        ['SEARCH external_notifications USING INDEX external_notifications_by_incident (incident_id=?)'],
      ]);
    });

    it("reads an incident's actions through actions_by_incident, without sorting", () => {
      for (const p of plansOf('actions:list', { incidentId: w.open.id }, /FROM actions WHERE incident_id/)) {
        expect(p.plan).toEqual(['SEARCH actions USING INDEX actions_by_incident (incident_id=?)']);
      }
    });

    it("reads an incident's ICO category sets through their primary keys", () => {
      for (const p of plansOf('incidents:get', { id: w.open.id }, /incident_data_categories/)) {
        expect(p.plan.filter((l) => l.startsWith('SEARCH c'))).toEqual(['SEARCH c USING PRIMARY KEY (incident_id=?)', 'SEARCH c USING PRIMARY KEY (incident_id=?)']);
      }
    });

    it("finds an incident's data subjects to mark as told through involvements_by_incident and the role key", () => {
      const plans = plansOf('involvements:markNotified', { incidentId: w.open.id, notifiedAt: w.open.discoveredAt + HOUR, method: 'letter' }, /FROM involvements v/);
      for (const p of plans) {
        expect(p.plan).toEqual(['SEARCH v USING INDEX involvements_by_incident (incident_id=?)', 'SEARCH r EXISTS USING PRIMARY KEY (involvement_seq=? AND role=?)']);
      }
    });
  });
});
