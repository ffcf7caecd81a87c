import { Alert, Text } from '@mantine/core';
import { useEffect } from 'react';
import { formatUkDateTime } from '../../../../shared/time/ukTime';
import { useAuthStore } from '../../stores/useAuthStore';

/** How often an administrator's screens re-read whether a re-key still waits (it may be completed by another process). */
const RECHECK_MS = 30_000;

/**
 * On every screen of every administrator while a revocation's re-key waits for another process to close
 * the register: the revoked account already cannot log in, but the register still has the old key.
 */
export function PendingRekeyBanner() {
  const pending = useAuthStore((s) => s.auth?.pendingRekey ?? null);
  const isAdministrator = useAuthStore((s) => s.auth?.account?.role === 'administrator');
  const load = useAuthStore((s) => s.load);

  useEffect(() => {
    if (!isAdministrator) return;
    const timer = setInterval(() => void load(), RECHECK_MS);
    return () => clearInterval(timer);
  }, [isAdministrator, load]);

  if (!pending) return null;
  return (
    <Alert color="orange" variant="light" radius={0} py={8} data-testid="pending-rekey" title="A revocation is waiting to finish">
      <Text size="sm">
        {pending.by} asked on {formatUkDateTime(pending.since)}: {pending.reason}. Another Casebook process (perhaps a command left running) has the register open, so it
        still has its old key. The revoked account can no longer log in; the new key is applied as soon as anyone opens the register after that process closes. Find and
        close it.
      </Text>
    </Alert>
  );
}
