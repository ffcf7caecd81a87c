import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useShallow } from 'zustand/react/shallow';
import { formatUkDateTime } from '../../../shared/time/ukTime';
import { useAuditStore } from '../stores/useAuditStore';
import { useAuthStore } from '../stores/useAuthStore';

/**
 * "Verify audit trail": re-computes the whole hash chain. The head hash is the chain's fingerprint,
 * which an officer can write down and compare later; a re-hashed or truncated chain changes it. Beside it,
 * the first administrator's key fingerprint: the root of trust of the signed list of accounts.
 */
export function AuditVerification() {
  const { verification, verifiedAt, status, error } = useAuditStore(
    useShallow((s) => ({ verification: s.verification, verifiedAt: s.verifiedAt, status: s.status, error: s.error })),
  );
  const verify = useAuditStore((s) => s.verify);
  const rootOfTrust = useAuthStore((s) => s.auth?.rootOfTrust ?? null);

  return (
    <Stack gap={6}>
      <Group gap="sm">
        <Button variant="default" onClick={() => void verify()} loading={status === 'verifying'}>
          Verify audit trail
        </Button>
        {verifiedAt !== null && (
          <Text size="xs" c="dimmed">
            Checked {formatUkDateTime(verifiedAt)}
          </Text>
        )}
      </Group>
      {status === 'error' && error && (
        <Alert color="red" variant="light" py={6}>
          The audit trail could not be checked: {error.message}
        </Alert>
      )}
      {status === 'ready' && verification && (
        <Alert color={verification.ok ? 'green' : 'red'} variant="light" py={6} data-testid="audit-result">
          {verification.ok ? (
            <Text size="sm">
              Audit trail OK — {verification.entryCount.toLocaleString('en-GB')} entries, head hash{' '}
              <Text span ff="monospace" size="sm" style={{ userSelect: 'all', wordBreak: 'break-all' }}>
                {verification.headHash}
              </Text>
              {rootOfTrust && (
                <>
                  {' '}
                  · accounts signed under the first administrator’s key{' '}
                  <Text span ff="monospace" size="sm" style={{ userSelect: 'all' }} data-testid="root-of-trust">
                    {rootOfTrust.fingerprint}
                  </Text>
                </>
              )}
            </Text>
          ) : (
            <Text size="sm">
              Audit trail FAILED at entry {verification.firstBadSeq ?? '?'}: {verification.problem ?? 'the chain does not match'}. Do not change anything; report this to
              your departmental security officer with this message.
            </Text>
          )}
        </Alert>
      )}
    </Stack>
  );
}
