import { Code, Stack, Text } from '@mantine/core';
import type { Output } from '../../../../shared/contract';
import { formatUkDateTime } from '../../../../shared/time/ukTime';
import { formatSize } from '../gateway/gatewayView';

type Props = { backup: Output<'backups:create'>; action: 'written' | 'checked' | 'restored' };

/** One backup as the core proved it: the head hash is what a later `verify` or a report's footer is compared with. */
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
      <Text size="sm">Opens with the accounts: {backup.accounts.join(', ')}.</Text>
    </Stack>
  );
}
