import { describe, expect, it } from 'vitest';
import { dueDate, isDue, londonDate } from '../../shared/domain/retentionSchedule';

/** Worked by hand from the rule: due on the London date of closure plus the period, and every day after. */
describe('the retention schedule in London calendar dates', () => {
  it('counts from the London date of closure, not the UTC one', () => {
    // 23:30 UTC on 31 Mar 2026 is 00:30 BST on 1 Apr 2026.
    expect(londonDate(Date.UTC(2026, 2, 31, 23, 30))).toBe('2026-04-01');
    // 23:30 UTC on 31 Dec 2026 is 23:30 GMT: still 31 Dec.
    expect(londonDate(Date.UTC(2026, 11, 31, 23, 30))).toBe('2026-12-31');
  });

  it('adds days, months and years as a policy is written, keeping the day or the month’s last day', () => {
    expect(dueDate('2026-11-27', { amount: 1, unit: 'days' })).toBe('2026-11-28');
    expect(dueDate('2026-12-31', { amount: 1, unit: 'days' })).toBe('2027-01-01');
    expect(dueDate('2026-01-31', { amount: 1, unit: 'months' })).toBe('2026-02-28');
    expect(dueDate('2024-02-29', { amount: 1, unit: 'years' })).toBe('2025-02-28');
    expect(dueDate('2020-06-15', { amount: 6, unit: 'years' })).toBe('2026-06-15');
    expect(dueDate('2026-11-27', { amount: 14, unit: 'months' })).toBe('2028-01-27');
  });

  it('is due on its due date exactly, and not the day before (London midnight, BST)', () => {
    const closed = Date.UTC(2020, 5, 15, 10, 0); // 15 Jun 2020, 11:00 BST
    const sixYears = { amount: 6, unit: 'years' } as const;
    // 14 Jun 2026 23:30 BST (22:30 UTC): one day before.
    expect(isDue(closed, sixYears, Date.UTC(2026, 5, 14, 22, 30))).toBe(false);
    // 15 Jun 2026 00:30 BST (23:30 UTC on the 14th): exactly due, though UTC still says the 14th.
    expect(isDue(closed, sixYears, Date.UTC(2026, 5, 14, 23, 30))).toBe(true);
    expect(isDue(closed, sixYears, Date.UTC(2027, 0, 1))).toBe(true);
  });

  it('reads a closure just after London midnight as that London day', () => {
    // Closed 00:15 BST on 1 Apr 2026 (23:15 UTC on 31 Mar), kept one day: due 2 Apr, not 1 Apr.
    const closed = Date.UTC(2026, 2, 31, 23, 15);
    expect(isDue(closed, { amount: 1, unit: 'days' }, Date.UTC(2026, 3, 1, 12, 0))).toBe(false);
    expect(isDue(closed, { amount: 1, unit: 'days' }, Date.UTC(2026, 3, 1, 23, 0))).toBe(true); // 00:00 BST on 2 Apr
  });
});
