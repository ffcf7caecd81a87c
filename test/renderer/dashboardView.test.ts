import { describe, expect, it } from 'vitest';
import { chartRows, formatMeanHours, kindsPresent, londonMonth, monthsBetween, shareText } from '../../renderer/src/features/dashboard/dashboardView';

describe('months', () => {
  it('are London calendar months: 23:30 GMT on 31 Dec is still December, 00:30 BST on 1 Apr is April', () => {
    expect(londonMonth(Date.UTC(2025, 11, 31, 23, 30))).toBe('2025-12');
    expect(londonMonth(Date.UTC(2026, 2, 31, 23, 30))).toBe('2026-04');
  });

  it('run from the first to the last, across a new year', () => {
    expect(monthsBetween(Date.UTC(2025, 10, 28), Date.UTC(2026, 1, 3))).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });
});

describe('chartRows', () => {
  it('has every month, empty ones included, with a count per kind', () => {
    const rows = chartRows({
      since: Date.UTC(2026, 8, 1),
      until: Date.UTC(2026, 10, 27),
      byMonth: [
        { month: '2026-09', kind: 'lost_device', count: 2 },
        { month: '2026-11', kind: 'lost_device', count: 1 },
        { month: '2026-11', kind: 'cc_exposure', count: 3 },
      ],
    });
    expect(rows).toEqual([
      { month: '2026-09', label: 'Sep 26', total: 2, lost_device: 2 },
      { month: '2026-10', label: 'Oct 26', total: 0 },
      { month: '2026-11', label: 'Nov 26', total: 4, lost_device: 1, cc_exposure: 3 },
    ]);
  });

  it('lists in the legend only the kinds that occurred, in the vocabulary’s order', () => {
    expect(
      kindsPresent([
        { month: '2026-11', kind: 'lost_device', count: 1 },
        { month: '2026-11', kind: 'cc_exposure', count: 3 },
        { month: '2026-11', kind: 'cyber', count: 0 },
      ]),
    ).toEqual(['cc_exposure', 'lost_device']);
  });
});

describe('figures', () => {
  it('say response times in minutes, hours or days', () => {
    expect(formatMeanHours(null)).toBe('—');
    expect(formatMeanHours(0.5)).toBe('30 min');
    expect(formatMeanHours(19.4)).toBe('19 h');
    expect(formatMeanHours(81.6)).toBe('3.4 days');
  });

  it('give the share within 72 hours as a count and a percentage', () => {
    expect(shareText({ total: 9, within72h: 7 })).toBe('7 of 9 (78%)');
    expect(shareText({ total: 0, within72h: 0 })).toBe('None made');
  });
});
