import { describe, expect, it } from 'vitest';
import { lastBackupLine } from '../../renderer/src/features/settings/backupView';

const AT = Date.UTC(2026, 10, 27, 14, 5);

describe('lastBackupLine', () => {
  it('names the backup just made here', () => {
    expect(lastBackupLine(null, 7, AT)).toBe('Last verified backup: 27 Nov 2026 14:05.');
  });

  it('says when none has been verified yet, or when the last one was, with the reminder', () => {
    expect(lastBackupLine({ lastVerifiedAt: null, reminderDays: 7 }, 7, null)).toBe('There is no verified backup yet. Back up at least every 7 days.');
    expect(lastBackupLine({ lastVerifiedAt: AT, reminderDays: 3 }, 3, null)).toBe('Last verified backup: 27 Nov 2026 14:05. Back up at least every 3 days.');
  });

  it('says the last one is within the reminder when the core reports nothing overdue', () => {
    expect(lastBackupLine(null, 7, null)).toBe('The last verified backup is less than 7 days old.');
  });
});
