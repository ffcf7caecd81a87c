import { describe, expect, it } from 'vitest';
import { londonWallDate } from '../../../../electron/core/reports/render/cells';

/** London wall time read field by field from Intl, the slow way the cached offset must agree with. */
function wallFromIntl(ms: number): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(ms));
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'), ((ms % 1000) + 1000) % 1000);
}

describe('London wall time for spreadsheet dates', () => {
  it('agrees with the time zone database minute by minute across both clock changes of 2026', () => {
    // BST began at 01:00 UTC on 29 March 2026 and ended at 01:00 UTC on 25 October 2026.
    for (const change of [Date.UTC(2026, 2, 29, 1, 0), Date.UTC(2026, 9, 25, 1, 0)]) {
      for (let ms = change - 2 * 3_600_000; ms <= change + 2 * 3_600_000; ms += 60_000 + 1_234) {
        expect(londonWallDate(ms).getTime()).toBe(wallFromIntl(ms));
      }
    }
  });

  it('keeps seconds and milliseconds, and reads instants before 1970 and far ahead', () => {
    for (const ms of [Date.UTC(2026, 6, 1, 13, 30, 45, 678), Date.UTC(1969, 11, 31, 23, 59, 59, 999), Date.UTC(2099, 5, 30, 22, 15, 1, 2)]) {
      expect(londonWallDate(ms).getTime()).toBe(wallFromIntl(ms));
    }
  });
});
