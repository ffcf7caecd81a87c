import { Text, Tooltip, UnstyledButton } from '@mantine/core';
import { formatUkDate } from '../../../../shared/time/ukTime';
import { useAuthStore } from '../../stores/useAuthStore';
import { useUiStore } from '../../stores/useUiStore';

/** Reminds an administrator when the last verified backup is older than the security settings allow; opens Settings › Backups. */
export function BackupReminder() {
  const overdue = useAuthStore((s) => s.auth?.backupOverdue ?? null);
  const navigate = useUiStore((s) => s.navigate);
  if (!overdue) return null;
  const last = overdue.lastVerifiedAt === null ? 'No verified backup yet' : `Last backup ${formatUkDate(overdue.lastVerifiedAt)}`;
  return (
    <Tooltip multiline w={260} label={`Back up at least every ${overdue.reminderDays} days to removable media: Settings › Backups.`}>
      <UnstyledButton onClick={() => navigate({ page: 'settings' })} data-testid="backup-overdue">
        <Text size="xs" c="orange.8" fw={500} mt={4} td="underline">
          {last}
        </Text>
      </UnstyledButton>
    </Tooltip>
  );
}
