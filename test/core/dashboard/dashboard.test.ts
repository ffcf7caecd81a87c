import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { londonMonthsBack } from '../../../electron/core/dashboard/dashboardService';
import { type Input, contract } from '../../../shared/contract';
import { assess, driveTo, manualClock, SEVERITY, type Incident } from '../../fixtures/builders';
import { createTestCasebook, minimalIncident, type TestCasebook } from '../../fixtures/db';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Friday 27 Nov 2026, 12:00 GMT. */
const NOW = Date.UTC(2026, 10, 27, 12, 0);

let cb: TestCasebook;
const clock = manualClock(NOW);
beforeEach(() => {
  clock.set(NOW);
  cb = createTestCasebook({ memory: true, now: clock.now });
});
afterEach(() => cb.close());

const create = (discoveredAt: number, extra: Partial<Input<'incidents:create'>> = {}) => cb.ok('incidents:create', minimalIncident({ discoveredAt, ...extra }));
const dashboard = (months = 12) => {
  const value = cb.ok('dashboard:get', { months });
  expect(contract['dashboard:get'].output.safeParse(value).success).toBe(true);
  return value;
};

describe('londonMonthsBack', () => {
  it('starts each month at London midnight, in BST or GMT as the date falls', () => {
    expect(londonMonthsBack(NOW, 4)).toEqual([
      { key: '2026-08', start: Date.UTC(2026, 6, 31, 23, 0) }, // 1 Aug 00:00 BST
      { key: '2026-09', start: Date.UTC(2026, 7, 31, 23, 0) },
      { key: '2026-10', start: Date.UTC(2026, 8, 30, 23, 0) },
      { key: '2026-11', start: Date.UTC(2026, 10, 1, 0, 0) }, // 1 Nov 00:00 GMT
    ]);
  });

  it('counts across a year end and takes now’s month in London, not in UTC', () => {
    // 31 Mar 2027 23:30 UTC is already 1 Apr 00:30 BST.
    const months = londonMonthsBack(Date.UTC(2027, 2, 31, 23, 30), 5);
    expect(months.map((m) => m.key)).toEqual(['2026-12', '2027-01', '2027-02', '2027-03', '2027-04']);
    expect(months[0]!.start).toBe(Date.UTC(2026, 11, 1));
    expect(months[4]!.start).toBe(Date.UTC(2027, 2, 31, 23, 0));
  });
});

describe('dashboard:get', () => {
  it('is empty and well-formed on an empty register', () => {
    const d = dashboard();
    expect(d).toMatchObject({
      since: Date.UTC(2025, 11, 1),
      until: NOW,
      regulatorClocks: [],
      regulatorClocksTotal: 0,
      actionsDue: [],
      actionsDueTotal: 0,
      byMonth: [],
      meanHoursToContainment: null,
      meanHoursToRegulator: null,
      regulatorNotifications: { total: 0, within72h: 0 },
    });
    expect(d.openByStatus).toEqual(['reported', 'triage', 'investigating', 'contained', 'notifying'].map((status) => ({ status, count: 0 })));
  });

  it('counts open incidents by status, in workflow order, leaving out closed ones', () => {
    for (const status of ['reported', 'reported', 'triage', 'contained', 'notifying', 'closed', 'closed'] as const) {
      driveTo(cb, create(NOW - DAY), status);
    }
    expect(dashboard().openByStatus).toEqual([
      { status: 'reported', count: 2 },
      { status: 'triage', count: 1 },
      { status: 'investigating', count: 0 },
      { status: 'contained', count: 1 },
      { status: 'notifying', count: 1 },
    ]);
  });

  it('lists the open incidents still owing the ICO a decision or a notification, oldest awareness first', () => {
    const undecided = create(NOW - 10 * HOUR, { title: 'Undecided, running' });
    const overdue = create(NOW - 100 * HOUR, { title: 'Undecided, overdue' });
    let notifyNotYet = create(NOW - 50 * HOUR, { title: 'Decided to notify, not yet done' });
    notifyNotYet = cb.ok('incidents:update', { id: notifyNotYet.id, version: notifyNotYet.version, patch: { regulatorNotify: true } });
    const notNotifying = create(NOW - 60 * HOUR, { title: 'Decided not to notify' });
    assess(cb, notNotifying.id, SEVERITY.low);
    cb.ok('incidents:update', { id: notNotifying.id, version: notNotifying.version, patch: { regulatorNotify: false, regulatorRationale: 'Low risk.' } });
    const notified = create(NOW - 70 * HOUR, { title: 'Notified' });
    cb.ok('notifications:recordRegulator', { incidentId: notified.id, version: notified.version, reportType: 'initial', submittedAt: NOW - 40 * HOUR });
    driveTo(cb, create(NOW - 200 * HOUR, { title: 'Closed' }), 'closed');

    const d = dashboard();
    expect(d.regulatorClocks.map((c) => c.title)).toEqual(['Undecided, overdue', 'Decided to notify, not yet done', 'Undecided, running']);
    expect(d.regulatorClocksTotal).toBe(3);
    expect(d.regulatorClocks[1]).toEqual({
      id: notifyNotYet.id,
      reference: notifyNotYet.reference,
      title: 'Decided to notify, not yet done',
      status: 'reported',
      discoveredAt: NOW - 50 * HOUR,
      regulatorNotify: true,
      severityBand: null,
    });
    expect(d.regulatorClocks.map((c) => c.id)).toEqual([overdue.id, notifyNotYet.id, undecided.id]);
    expect(d.regulatorClocks.map((c) => c.id)).not.toContain(notified.id);
    expect(d.regulatorClocks.map((c) => c.id)).not.toContain(notNotifying.id);
  });

  it('keeps the ICO clock of a "do not notify" that does not stand: without reasons (an older record) or awaiting review after a re-assessment', () => {
    const older = create(NOW - 30 * HOUR, { title: 'Not to notify, no reasons (recorded before they were required)' });
    cb.db.prepare(`UPDATE incidents SET regulator_notify = 0, regulator_rationale = '' WHERE id = ?`).run(older.id);
    const reassessed = create(NOW - 20 * HOUR, { title: 'Not to notify, then re-assessed as high' });
    assess(cb, reassessed.id, SEVERITY.low);
    cb.ok('incidents:update', { id: reassessed.id, version: reassessed.version, patch: { regulatorNotify: false, regulatorRationale: 'Low risk.' } });
    expect(dashboard().regulatorClocks.map((c) => c.title)).toEqual(['Not to notify, no reasons (recorded before they were required)']);
    assess(cb, reassessed.id, SEVERITY.high);

    const d = dashboard();
    expect(d.regulatorClocks.map((c) => [c.title, c.regulatorNotify])).toEqual([
      ['Not to notify, no reasons (recorded before they were required)', false],
      ['Not to notify, then re-assessed as high', false],
    ]);
    expect(d.regulatorClocksTotal).toBe(2);
  });

  it('shows the first 20 clocks and the total', () => {
    for (let i = 0; i < 23; i += 1) create(NOW - (i + 1) * HOUR);
    const d = dashboard();
    expect(d.regulatorClocks).toHaveLength(20);
    expect(d.regulatorClocksTotal).toBe(23);
    expect(d.regulatorClocks[0]!.discoveredAt).toBe(NOW - 23 * HOUR);
  });

  it('lists open and in-progress actions overdue or due within 7 days, soonest first, on open incidents, with the incident they belong to', () => {
    const incident = create(NOW - DAY, { title: 'Incident with actions' });
    const add = (description: string, dueAt: number | null, status: 'open' | 'in_progress' | 'done' | 'cancelled' = 'open', on: Incident = incident) =>
      cb.ok('actions:add', { incidentId: on.id, kind: 'preventive', description, dueAt, status });
    add('Overdue', NOW - 3 * DAY, 'in_progress');
    add('Due tomorrow', NOW + DAY);
    add('Due at the 7-day edge', NOW + 7 * DAY);
    add('Due after the edge', NOW + 7 * DAY + 1);
    add('No due date', null);
    add('Done already', NOW - DAY, 'done');
    add('Cancelled', NOW - DAY, 'cancelled');
    let closing = driveTo(cb, create(NOW - DAY, { title: 'Closed later' }), 'triage');
    add('On an incident since closed', NOW - DAY, 'open', closing);
    closing = cb.ok('incidents:get', { id: closing.id }).incident;
    cb.ok('incidents:transition', { id: closing.id, version: closing.version, to: 'closed', reason: 'Near miss', outcome: 'near_miss' });

    const d = dashboard();
    expect(d.actionsDue.map((a) => a.action.description)).toEqual(['Overdue', 'Due tomorrow', 'Due at the 7-day edge']);
    expect(d.actionsDueTotal).toBe(3);
    expect(d.actionsDue[0]).toMatchObject({ reference: incident.reference, title: 'Incident with actions', action: { status: 'in_progress', incidentId: incident.id } });
  });

  it('shows the first 20 actions due and the total', () => {
    const incident = create(NOW - DAY);
    for (let i = 0; i < 21; i += 1) cb.ok('actions:add', { incidentId: incident.id, kind: 'recovery', description: `Step ${i}`, dueAt: NOW - i * HOUR });
    const d = dashboard();
    expect(d.actionsDue).toHaveLength(20);
    expect(d.actionsDueTotal).toBe(21);
    expect(d.actionsDue[0]!.action.description).toBe('Step 20');
  });

  it('counts incidents per London month and kind from the start of the period, placing each at its London date', () => {
    const lostDevice = { kind: 'lost_device', details: {} } as const;
    create(Date.UTC(2026, 7, 31, 22, 59)); // 31 Aug 23:59 BST: before the period
    create(Date.UTC(2026, 7, 31, 23, 0)); // 1 Sep 00:00 BST: first instant of the period
    create(Date.UTC(2026, 8, 15), lostDevice);
    create(Date.UTC(2026, 9, 31, 23, 30)); // 31 Oct 23:30 GMT: still October in London
    create(Date.UTC(2026, 10, 1, 0, 0), lostDevice); // 1 Nov 00:00 GMT
    create(Date.UTC(2026, 10, 27, 11, 0));
    create(Date.UTC(2026, 10, 27, 12, 1)); // after now: outside the period
    const d = dashboard(3);
    expect(d.since).toBe(Date.UTC(2026, 7, 31, 23, 0));
    expect(d.byMonth).toEqual([
      { month: '2026-09', kind: 'misdirected_email', count: 1 },
      { month: '2026-09', kind: 'lost_device', count: 1 },
      { month: '2026-10', kind: 'misdirected_email', count: 1 },
      { month: '2026-11', kind: 'misdirected_email', count: 1 },
      { month: '2026-11', kind: 'lost_device', count: 1 },
    ]);
  });

  it('averages the hours from awareness to first containment and to the ICO’s notification over the period, and counts those within 72 hours', () => {
    // Contained 10 h and 30 h after awareness: mean 20 h. One from before the period is left out.
    const contain = (discoveredAt: number) => {
      clock.set(discoveredAt + HOUR);
      const incident = create(discoveredAt);
      return incident;
    };
    const a = contain(NOW - 10 * DAY);
    const b = contain(NOW - 20 * DAY);
    const old = contain(Date.UTC(2025, 0, 10));
    clock.set(NOW - 10 * DAY + 10 * HOUR);
    driveTo(cb, cb.ok('incidents:get', { id: a.id }).incident, 'contained');
    clock.set(NOW - 20 * DAY + 30 * HOUR);
    driveTo(cb, cb.ok('incidents:get', { id: b.id }).incident, 'contained');
    clock.set(Date.UTC(2025, 0, 20));
    driveTo(cb, cb.ok('incidents:get', { id: old.id }).incident, 'contained');
    clock.set(NOW);

    // Notified 24 h and 96 h after awareness: mean 60 h, one of two within 72 h; exactly 72 h counts as within.
    const notify = (discoveredAt: number, after: number, reason = '') => {
      const incident = create(discoveredAt);
      cb.ok('incidents:update', {
        id: incident.id,
        version: incident.version,
        patch: { regulatorNotify: true, regulatorNotifiedAt: discoveredAt + after, regulatorDelayReason: reason },
      });
    };
    notify(NOW - 30 * DAY, 24 * HOUR);
    notify(NOW - 31 * DAY, 96 * HOUR, 'Found over a bank holiday.');
    notify(Date.UTC(2025, 0, 5), 500 * HOUR, 'Before the period.');
    let d = dashboard(3);
    expect(d.meanHoursToContainment).toBeCloseTo(20, 9);
    expect(d.meanHoursToRegulator).toBeCloseTo(60, 9);
    expect(d.regulatorNotifications).toEqual({ total: 2, within72h: 1 });
    notify(NOW - 5 * DAY, 72 * HOUR);
    d = dashboard(3);
    expect(d.regulatorNotifications).toEqual({ total: 3, within72h: 2 });
    expect(d.meanHoursToRegulator).toBeCloseTo(64, 9);
    // Twenty-four months take in the older incidents too.
    expect(dashboard(24).regulatorNotifications).toEqual({ total: 4, within72h: 2 });
  });

  it('reflects the demo data at the demo’s now: the CC incident’s clock is overdue, actions are due', () => {
    cb.ok('demo:load', {});
    const d = dashboard();
    const titles = d.regulatorClocks.map((c) => c.title);
    expect(titles[0]).toMatch(/Afghan relocation applicants copied in/);
    expect(titles).toEqual(expect.arrayContaining([expect.stringMatching(/look-alike/), expect.stringMatching(/waste bin/)]));
    expect(d.actionsDueTotal).toBeGreaterThan(0);
    expect(d.byMonth.length).toBeGreaterThan(0);
    expect(d.regulatorNotifications.total).toBeGreaterThan(0);
  });
});
