import { Text } from '@mantine/core';
import { useAuthStore } from '../../stores/useAuthStore';

/** The first administrator's key fingerprint, which signs the list of accounts: to write down and keep apart from the laptop. */
export function RootOfTrust() {
  const root = useAuthStore((s) => s.auth?.rootOfTrust ?? null);
  if (!root) return null;
  return (
    <Text size="sm" mb="xs">
      The list of accounts is signed under the first administrator’s key, fingerprint{' '}
      <Text span ff="monospace" size="sm" style={{ userSelect: 'all' }} data-testid="accounts-root-of-trust">
        {root.fingerprint}
      </Text>
      . Write it down with the audit trail’s head hash: if it ever reads differently, the list of accounts was replaced.
    </Text>
  );
}
