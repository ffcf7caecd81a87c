import { Text } from '@mantine/core';

/** Says why an account sees a record without the controls to change it: its role reads; officers and administrators change. */
export function ReadOnlyNote({ what }: { what: string }) {
  return (
    <Text size="xs" c="dimmed" data-testid="read-only-note">
      Your account can read {what} but not change them: an officer or an administrator does.
    </Text>
  );
}
