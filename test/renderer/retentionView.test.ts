import { describe, expect, it } from 'vitest';
import { dueCountText, erasedLine, formatCalendarDate } from '../../renderer/src/features/retention/retentionView';

describe('what the retention page and an erased incident say', () => {
  it('shows a London calendar date as officers read dates', () => {
    expect(formatCalendarDate('2026-11-28')).toBe('28 Nov 2026');
    expect(formatCalendarDate('2025-02-01')).toBe('1 Feb 2025');
  });

  it('counts the incidents due, one or many, with en-GB grouping', () => {
    expect(dueCountText(1)).toBe('1 incident due for erasure');
    expect(dueCountText(14)).toBe('14 incidents due for erasure');
    expect(dueCountText(1150)).toBe('1,150 incidents due for erasure');
  });

  it('says when, by whom and under what an incident’s personal data was erased', () => {
    expect(erasedLine('8 Dec 2026', 'Alex Morgan')).toBe('Personal data erased on 8 Dec 2026 by Alex Morgan under the retention schedule');
  });
});
