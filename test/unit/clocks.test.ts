import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_INTERNAL_REPORT_HOURS,
  REGULATOR_HOURS,
  computeClocks,
  formatDuration,
  internalDueAt,
  isLateRegulatorNotification,
  regulatorDueAt,
  type ClockInput,
} from '../../shared/domain/clocks';
import { formatUkDateTime, parseUkDateTime } from '../../shared/time/ukTime';

/**
 * Worked cases, computed by hand from docs/domain.md#uk-gdpr-articles-33-and-34 (Art. 33(1): "not later than 72 hours after having
 * become aware"; Art. 34(1): "without undue delay") and §6 (internal report, default 24 h, configurable).
 * 72 h = 259,200,000 ms of elapsed time. T0 = 1 Jun 2026 09:00 UTC (10:00 BST), due T0 + 72 h.
 *
 * | case                                   | awareness (UTC)       | event / now                        | expected                                                        |
 * |----------------------------------------|-----------------------|------------------------------------|-----------------------------------------------------------------|
 * | ICO told at exactly 72 h               | T0                    | told T0 + 72 h                     | met, "Notified within 72 h", not late                           |
 * | ICO told at 72 h + 1 ms                | T0                    | told T0 + 72 h + 1 ms              | met_late, "Notified less than 1 min late", late                 |
 * | ICO told at 77 h                       | T0                    | told T0 + 77 h                     | met_late, "Notified 5 h late"                                   |
 * | running                                | T0                    | now T0 + 40 h 48 min               | running, 31 h 12 min left, "31 h 12 min left"                   |
 * | running, at the due instant            | T0                    | now T0 + 72 h                      | running, msLeft 0, "less than 1 min left"                       |
 * | overdue                                | T0                    | now T0 + 124 h                     | overdue, msLeft −52 h, "Overdue by 2 d 4 h"                     |
 * | decided not to notify                  | T0                    | any                                | not_required, "Not required"                                    |
 * | BST→GMT (clocks back 25 Oct 2026 01:00 UTC) | 23 Oct 2026 08:00 UTC = 09:00 BST | due 26 Oct 2026 08:00 UTC | formatUkDateTime: "23 Oct 2026 09:00" → "26 Oct 2026 08:00" (71 wall-clock hours) |
 * |   … told at London "26/10/2026 09:00"  |                       | = 09:00 GMT = 73 h after awareness | met_late, "Notified 1 h late"                                   |
 * | GMT→BST (clocks forward 29 Mar 2026 01:00 UTC) | 27 Mar 2026 09:00 UTC = 09:00 GMT | due 30 Mar 2026 09:00 UTC | formatUkDateTime: "27 Mar 2026 09:00" → "30 Mar 2026 10:00" (73 wall-clock hours) |
 * |   … told at London "30/03/2026 09:30"  |                       | = 08:30 UTC = 71 h 30 min after    | met, on time                                                    |
 * | awareness recorded after the fact      | now − 4 d             | now = 5 Jun 2026 09:00 UTC, nothing told, high risk | regulator overdue by 24 h ("Overdue by 24 h"); internal 24 h overdue by 3 d ("Overdue by 3 d"); subjects "Tell them without undue delay — 4 d since awareness" |
 * | internal, 8 h                          | T0                    | reported T0 + 8 h                  | met, "Reported within 8 h"                                      |
 * | internal, 8 h                          | T0                    | reported T0 + 8 h 1 min            | met_late, "Reported 1 min late"                                 |
 * | internal, 8 h                          | T0                    | now T0 + 3 h, not reported         | running, "5 h left"                                             |
 * | internal, 24 h (default)               | T0                    | now T0 + 30 h, not reported        | overdue, "Overdue by 6 h"                                       |
 * | internal, 24 h (default)               | T0                    | reported T0 + 23 h 59 min          | met, "Reported within 24 h"                                     |
 * | subjects at high risk, not yet told    | T0                    | now T0 + 3 d                       | running, dueAt null, "Tell them without undue delay — 3 d since awareness" |
 * | subjects at high risk, decided not to  | T0                    | any                                | not_required                                                    |
 * | subjects not at high risk              | T0                    | any                                | not_required                                                    |
 * | subjects told                          | T0                    | told T0 + 26 h 30 min              | met, "Told 26 h 30 min after awareness"                         |
 */

const MIN = 60_000;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const T0 = Date.UTC(2026, 5, 1, 9, 0);

const idle: ClockInput = {
  discoveredAt: T0,
  now: T0,
  regulatorNotify: null,
  notNotifying: null,
  regulatorNotifiedAt: null,
  internalReportHours: DEFAULT_INTERNAL_REPORT_HOURS,
  reportedAt: null,
  subjectsHighRisk: false,
  subjectsNotify: null,
  subjectsNotifiedAt: null,
};
const clocks = (over: Partial<ClockInput>) => computeClocks({ ...idle, ...over });

function parsed(text: string): number {
  const r = parseUkDateTime(text);
  if (!r.ok) throw new Error(`"${text}" was refused: ${r.message}`);
  return r.ms;
}

describe('constants', () => {
  it('are 72 h for the regulator and 24 h by default for the internal report', () => {
    expect(REGULATOR_HOURS).toBe(72);
    expect(DEFAULT_INTERNAL_REPORT_HOURS).toBe(24);
    expect(regulatorDueAt(T0) - T0).toBe(259_200_000);
  });
});

describe('formatDuration', () => {
  it.each([
    [0, 'less than 1 min'],
    [59_999, 'less than 1 min'],
    [MIN, '1 min'],
    [45 * MIN, '45 min'],
    [HOUR, '1 h'],
    [31 * HOUR + 12 * MIN, '31 h 12 min'],
    [31 * HOUR + 12 * MIN + 59_999, '31 h 12 min'],
    [24 * HOUR, '24 h'],
    [48 * HOUR - 1, '47 h 59 min'],
    [48 * HOUR, '2 d'],
    [52 * HOUR, '2 d 4 h'],
    [52 * HOUR + 59 * MIN, '2 d 4 h'],
    [10 * DAY + 23 * HOUR, '10 d 23 h'],
  ])('formats %i ms as "%s"', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
    expect(formatDuration(-ms)).toBe(text);
  });

  it('refuses what is not a duration', () => {
    expect(() => formatDuration(Number.NaN)).toThrow(RangeError);
    expect(() => formatDuration(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe('regulator clock (Art. 33(1))', () => {
  it('counts notifying at exactly 72 h as on time', () => {
    const at = T0 + 72 * HOUR;
    expect(clocks({ regulatorNotify: true, regulatorNotifiedAt: at }).regulator).toEqual({
      dueAt: T0 + 72 * HOUR,
      state: 'met',
      msLeft: null,
      label: 'Notified within 72 h',
    });
    expect(isLateRegulatorNotification(T0, at)).toBe(false);
  });

  it('counts notifying 1 ms after 72 h as late', () => {
    const at = T0 + 72 * HOUR + 1;
    expect(clocks({ regulatorNotify: true, regulatorNotifiedAt: at }).regulator).toEqual({
      dueAt: T0 + 72 * HOUR,
      state: 'met_late',
      msLeft: null,
      label: 'Notified less than 1 min late',
    });
    expect(isLateRegulatorNotification(T0, at)).toBe(true);
  });

  it('says how late a late notification was', () => {
    expect(clocks({ regulatorNotifiedAt: T0 + 77 * HOUR }).regulator.label).toBe('Notified 5 h late');
  });

  it('runs with the time left, whether the decision is pending or to notify', () => {
    for (const regulatorNotify of [null, true]) {
      expect(clocks({ regulatorNotify, now: T0 + 40 * HOUR + 48 * MIN }).regulator).toEqual({
        dueAt: T0 + 72 * HOUR,
        state: 'running',
        msLeft: 31 * HOUR + 12 * MIN,
        label: '31 h 12 min left',
      });
    }
  });

  it('is still running at the due instant itself', () => {
    expect(clocks({ now: T0 + 72 * HOUR }).regulator).toMatchObject({ state: 'running', msLeft: 0, label: 'less than 1 min left' });
    expect(clocks({ now: T0 + 72 * HOUR + 1 }).regulator).toMatchObject({ state: 'overdue', msLeft: -1 });
  });

  it('goes overdue, with a negative msLeft', () => {
    expect(clocks({ now: T0 + 124 * HOUR }).regulator).toEqual({
      dueAt: T0 + 72 * HOUR,
      state: 'overdue',
      msLeft: -52 * HOUR,
      label: 'Overdue by 2 d 4 h',
    });
  });

  it('for a register row (the stored decision only), is not required once the decision is not to notify, even when overdue', () => {
    expect(clocks({ regulatorNotify: false, now: T0 + 100 * HOUR }).regulator).toEqual({
      dueAt: null,
      state: 'not_required',
      msLeft: null,
      label: 'Not required',
    });
  });

  it('stops for a complete decision not to notify, and says who decided it and when', () => {
    const decided = { complete: true, decidedAt: Date.UTC(2026, 5, 2, 11, 0), decidedBy: 'Priya Raman' };
    expect(clocks({ regulatorNotify: false, notNotifying: decided, now: T0 + 100 * HOUR }).regulator).toEqual({
      dueAt: null,
      state: 'not_required',
      msLeft: null,
      label: 'Not notified — decided on 2 Jun 2026 by Priya Raman, reasons recorded',
    });
  });

  it('keeps running while the decision not to notify lacks its assessment or reasons', () => {
    const incomplete = { complete: false, decidedAt: T0, decidedBy: 'Priya Raman' };
    expect(clocks({ regulatorNotify: false, notNotifying: incomplete, now: T0 + HOUR }).regulator).toMatchObject({ state: 'running', msLeft: 71 * HOUR });
    expect(clocks({ regulatorNotify: false, notNotifying: incomplete, now: T0 + 73 * HOUR }).regulator.state).toBe('overdue');
  });

  it('is settled by a recorded notification, whatever the decision field says', () => {
    expect(clocks({ regulatorNotify: false, regulatorNotifiedAt: T0 + HOUR }).regulator.state).toBe('met');
  });
});

describe('the 72 hours across a change between BST and GMT', () => {
  it('BST→GMT (25 Oct 2026): due 72 elapsed hours later, shown an hour earlier on the London clock', () => {
    const aware = Date.UTC(2026, 9, 23, 8, 0); // 09:00 BST
    const { regulator } = clocks({ discoveredAt: aware, now: aware });
    expect(regulator.dueAt).toBe(aware + 72 * 3600 * 1000);
    expect(formatUkDateTime(aware)).toBe('23 Oct 2026 09:00');
    expect(formatUkDateTime(regulator.dueAt!)).toBe('26 Oct 2026 08:00');
    // Notifying at the same London wall-clock time three days on is 73 elapsed hours: late by 1 h.
    const told = parsed('26/10/2026 09:00');
    expect(told - aware).toBe(73 * HOUR);
    expect(isLateRegulatorNotification(aware, told)).toBe(true);
    expect(clocks({ discoveredAt: aware, regulatorNotifiedAt: told }).regulator).toMatchObject({
      state: 'met_late',
      label: 'Notified 1 h late',
    });
  });

  it('GMT→BST (29 Mar 2026): due 72 elapsed hours later, shown an hour later on the London clock', () => {
    const aware = Date.UTC(2026, 2, 27, 9, 0); // 09:00 GMT
    const { regulator } = clocks({ discoveredAt: aware, now: aware });
    expect(regulator.dueAt).toBe(aware + 72 * 3600 * 1000);
    expect(formatUkDateTime(aware)).toBe('27 Mar 2026 09:00');
    expect(formatUkDateTime(regulator.dueAt!)).toBe('30 Mar 2026 10:00');
    // 09:30 BST on the Monday is only 71 h 30 min after awareness: on time.
    const told = parsed('30/03/2026 09:30');
    expect(told - aware).toBe(71 * HOUR + 30 * MIN);
    expect(clocks({ discoveredAt: aware, regulatorNotifiedAt: told }).regulator.state).toBe('met');
    // Half an hour before the due time, 30 min are left, though the wall clock says 09:30 → 10:00.
    expect(clocks({ discoveredAt: aware, now: told }).regulator.label).toBe('30 min left');
  });
});

describe('awareness recorded after the fact', () => {
  it('counts from discoveredAt, four days before it was recorded: everything is already overdue', () => {
    const now = Date.UTC(2026, 5, 5, 9, 0);
    const c = clocks({ discoveredAt: now - 4 * DAY, now, subjectsHighRisk: true });
    expect(c.regulator).toEqual({ dueAt: now - DAY, state: 'overdue', msLeft: -DAY, label: 'Overdue by 24 h' });
    expect(c.internal).toEqual({ dueAt: now - 3 * DAY, state: 'overdue', msLeft: -3 * DAY, label: 'Overdue by 3 d' });
    expect(c.subjects).toEqual({
      dueAt: null,
      state: 'running',
      msLeft: null,
      label: 'Tell them without undue delay — 4 d since awareness',
    });
  });
});

describe('internal report clock (to the DSO)', () => {
  it('takes its window from the setting: 8 h', () => {
    const eight = { internalReportHours: 8 };
    expect(clocks({ ...eight, reportedAt: T0 + 8 * HOUR }).internal).toEqual({
      dueAt: T0 + 8 * HOUR,
      state: 'met',
      msLeft: null,
      label: 'Reported within 8 h',
    });
    expect(clocks({ ...eight, reportedAt: T0 + 8 * HOUR + MIN }).internal).toMatchObject({
      state: 'met_late',
      label: 'Reported 1 min late',
    });
    expect(clocks({ ...eight, now: T0 + 3 * HOUR }).internal).toMatchObject({
      state: 'running',
      msLeft: 5 * HOUR,
      label: '5 h left',
    });
  });

  it('defaults to 24 h', () => {
    expect(clocks({ now: T0 + 30 * HOUR }).internal).toEqual({
      dueAt: T0 + 24 * HOUR,
      state: 'overdue',
      msLeft: -6 * HOUR,
      label: 'Overdue by 6 h',
    });
    expect(clocks({ reportedAt: T0 + 23 * HOUR + 59 * MIN }).internal).toMatchObject({
      state: 'met',
      label: 'Reported within 24 h',
    });
  });

  it('accepts a window that is not a whole number of hours', () => {
    expect(clocks({ internalReportHours: 1.5, reportedAt: T0 + HOUR }).internal.label).toBe('Reported within 1 h 30 min');
    expect(internalDueAt(T0, 1.5)).toBe(T0 + 90 * MIN);
  });

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY])('refuses a window of %s hours', (internalReportHours) => {
    expect(() => clocks({ internalReportHours })).toThrow(RangeError);
  });
});

describe('data-subject duty (Art. 34(1): without undue delay)', () => {
  it('runs with no fixed due time while people at high risk have not been told', () => {
    for (const subjectsNotify of [null, true]) {
      expect(clocks({ subjectsHighRisk: true, subjectsNotify, now: T0 + 3 * DAY }).subjects).toEqual({
        dueAt: null,
        state: 'running',
        msLeft: null,
        label: 'Tell them without undue delay — 3 d since awareness',
      });
    }
  });

  it('is not required when the decision is not to tell them, or the risk is not high', () => {
    const notRequired = { dueAt: null, state: 'not_required', msLeft: null, label: 'Not required' };
    expect(clocks({ subjectsHighRisk: true, subjectsNotify: false, now: T0 + 3 * DAY }).subjects).toEqual(notRequired);
    expect(clocks({ subjectsHighRisk: false, now: T0 + 3 * DAY }).subjects).toEqual(notRequired);
  });

  it('is met once they are told, saying how long it took', () => {
    expect(clocks({ subjectsHighRisk: true, subjectsNotify: true, subjectsNotifiedAt: T0 + 26 * HOUR + 30 * MIN }).subjects).toEqual({
      dueAt: null,
      state: 'met',
      msLeft: null,
      label: 'Told 26 h 30 min after awareness',
    });
  });
});

describe('properties', () => {
  // 2000-01-01 to 2100-01-01, covering every GMT/BST change in that span.
  const instant = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) });
  const offset = fc.integer({ min: -10 * DAY, max: 10 * DAY });

  it('puts the regulator deadline exactly 72 × 3,600,000 ms after awareness, whatever the season', () => {
    fc.assert(
      fc.property(instant, offset, (discoveredAt, d) => {
        expect(clocks({ discoveredAt, now: discoveredAt + d }).regulator.dueAt).toBe(discoveredAt + 259_200_000);
      }),
    );
  });

  it('is late exactly when notified strictly more than 72 h after awareness, and the clock agrees', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 10 * DAY }), (discoveredAt, after) => {
        const late = isLateRegulatorNotification(discoveredAt, discoveredAt + after);
        expect(late).toBe(after > 72 * HOUR);
        const { regulator } = clocks({ discoveredAt, regulatorNotifiedAt: discoveredAt + after });
        expect(regulator.state).toBe(late ? 'met_late' : 'met');
      }),
    );
  });

  it('runs while time is left and is overdue after, with msLeft = dueAt − now', () => {
    fc.assert(
      fc.property(instant, offset, fc.integer({ min: 1, max: 72 }), (discoveredAt, d, internalReportHours) => {
        const now = discoveredAt + d;
        const c = clocks({ discoveredAt, now, internalReportHours });
        for (const clock of [c.regulator, c.internal]) {
          expect(clock.msLeft).toBe(clock.dueAt! - now);
          expect(clock.state).toBe(clock.msLeft! >= 0 ? 'running' : 'overdue');
          expect(clock.label).toBe(clock.msLeft! >= 0 ? `${formatDuration(clock.msLeft!)} left` : `Overdue by ${formatDuration(clock.msLeft!)}`);
        }
      }),
    );
  });
});
