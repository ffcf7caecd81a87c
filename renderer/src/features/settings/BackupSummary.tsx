import { Alert, Code, Stack, Text } from '@mantine/core';
import type { Output } from '../../../../shared/contract';
import { formatUkDateTime } from '../../../../shared/time/ukTime';
import { formatSize } from '../gateway/gatewayView';

type Props = { backup: Output<'backups:create'>; action: 'written' | 'checked' | 'restored' };

/**
 * One backup as the core proved it: the head hash is what a later `verify` or a report's footer is compared with;
 * and, for a copy taken before a revocation, who it still opens for.
 */
export function BackupSummary({ backup, action }: Props) {
  return (
    <Stack gap={2} data-testid="backup-summary">
      <Text size="sm" fw={600}>
        {backup.name} {action} — {backup.verified ? 'verified ✓' : 'NOT verified'}
      </Text>
      <Text size="sm">
        Made {formatUkDateTime(backup.createdAt)}, {formatSize(backup.bytes)}; {backup.auditEntryCount} audit entries.
      </Text>
      <Text size="sm">
        Audit head hash <Code>{backup.auditHeadHash}</Code>
      </Text>
      <Text size="sm">
        Opens with the accounts: {backup.accounts.join(', ')}.{backup.keyGeneration !== null && ` Taken under register key generation ${backup.keyGeneration}.`}
      </Text>
      {backup.formerAccess.length > 0 && (
        <Alert color="orange" variant="light" py={6} data-testid="backup-former-access">
          This copy still opens with the key it was taken under, for accounts that have lost that access since: {backup.formerAccess.join(', ')}. Keep it as safely as the
          register, and destroy it once newer backups are verified. It cannot be restored.
        </Alert>
      )}
    </Stack>
  );
}
