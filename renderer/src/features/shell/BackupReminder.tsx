import { Text, Tooltip } from '@mantine/core';
import { formatUkDate } from '../../../../shared/time/ukTime';
import { useAuthStore } from '../../stores/useAuthStore';

/** Reminds an administrator when the last verified backup is older than the security settings allow. */
export function BackupReminder() {
  const overdue = useAuthStore((s) => s.auth?.backupOverdue ?? null);
  if (!overdue) return null;
  const last = overdue.lastVerifiedAt === null ? 'No verified backup yet' : `Last backup ${formatUkDate(overdue.lastVerifiedAt)}`;
  return (
    <Tooltip
      multiline
      w={260}
      label={`Back up at least every ${overdue.reminderDays} days to removable media, with the command line: casebook backup DEST.`}
    >
      <Text size="xs" c="orange.8" fw={500} mt={4} data-testid="backup-overdue">
        {last}
      </Text>
    </Tooltip>
  );
}
