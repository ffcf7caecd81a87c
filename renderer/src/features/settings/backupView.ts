import type { AuthStatus } from '../../../../shared/contract/auth';
import { formatUkDateTime } from '../../../../shared/time/ukTime';

/**
 * What the panel can say about the last verified backup. The core reports its time only once it is overdue
 * (auth:status), so otherwise the panel says it is within the reminder's days, or gives the time of the one
 * just made here.
 */
export function lastBackupLine(overdue: AuthStatus['backupOverdue'], reminderDays: number | null, madeHereAt: number | null): string {
  if (madeHereAt !== null) return `Last verified backup: ${formatUkDateTime(madeHereAt)}.`;
  if (overdue !== null) {
    const last = overdue.lastVerifiedAt === null ? 'There is no verified backup yet.' : `Last verified backup: ${formatUkDateTime(overdue.lastVerifiedAt)}.`;
    return `${last} Back up at least every ${overdue.reminderDays} days.`;
  }
  return reminderDays === null ? '' : `The last verified backup is less than ${reminderDays} days old.`;
}
