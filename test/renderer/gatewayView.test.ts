import { describe, expect, it } from 'vitest';
import type { JobProgress } from '../../shared/contract/jobs';
import { addedToOpenText, formatSize, progressLine, progressPercent } from '../../renderer/src/features/gateway/gatewayView';

const reading = (p: Partial<JobProgress>): JobProgress => ({ phase: 'reading', rows: 0, bytesRead: 0, totalBytes: 1000, rowsPerSecond: 0, ...p });

describe('gateway import progress in words', () => {
  it('reads the rows and the rate as an officer would, leaving the rate out until there is one', () => {
    expect(progressLine(reading({ rows: 42_310, rowsPerSecond: 18_200.4 }))).toBe('42,310 rows · 18,200 rows/s');
    expect(progressLine(reading({ rows: 1 }))).toBe('1 row');
  });

  it('gives whole percentages of the file, full while writing, and none for an empty file', () => {
    expect(progressPercent(reading({ bytesRead: 333 }))).toBe(33);
    expect(progressPercent(reading({ bytesRead: 2000 }))).toBe(100);
    expect(progressPercent(reading({ totalBytes: 0 }))).toBe(0);
    expect(progressPercent({ ...reading({ bytesRead: 10 }), phase: 'writing' })).toBe(100);
  });

  it('shows a file’s size as Explorer does', () => {
    expect(formatSize(900)).toBe('900 bytes');
    expect(formatSize(2048)).toBe('2.0 KB');
    expect(formatSize(20_820_091)).toBe('19.9 MB');
  });
});

describe('a log added to an incident already open for its domain', () => {
  it('says how many messages went where, and why no new incident was opened', () => {
    expect(addedToOpenText({ messageCount: 84, domain: 'army.ml', reference: 'INC-2026-0007' })).toBe(
      '84 messages to army.ml added to INC-2026-0007, already open for that domain',
    );
    expect(addedToOpenText({ messageCount: 1, domain: 'navy.ml', reference: 'INC-2026-0008' })).toBe(
      '1 message to navy.ml added to INC-2026-0008, already open for that domain',
    );
  });
});
