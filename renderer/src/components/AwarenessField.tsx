import { Button, Group, TextInput } from '@mantine/core';
import { instantToText, UK_DATE_TIME_PLACEHOLDER } from '../lib/ukDateText';

/**
 * When the officer became aware, for an import: the time recorded as the new incident's discovery, which
 * starts the 72-hour clock. An import never assumes it, so it is shown (now, by default) and editable;
 * for an email, the time it was sent is one click away.
 */
export function AwarenessField({
  value,
  onChange,
  error,
  sentAt = null,
}: {
  value: string;
  onChange: (text: string) => void;
  error?: string | undefined;
  sentAt?: number | null;
}) {
  return (
    <Group gap="xs" align="flex-end" wrap="nowrap">
      <TextInput
        label="Became aware"
        description="Recorded as when it was discovered: starts the 72-hour clock"
        placeholder={UK_DATE_TIME_PLACEHOLDER}
        required
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        error={error}
        w={300}
        data-testid="aware-at"
      />
      {sentAt !== null && (
        // The preview shows the sent time beside the message; the button only copies it.
        <Button variant="subtle" size="xs" mb={error ? 22 : 4} onClick={() => onChange(instantToText(sentAt))}>
          Use the sent time
        </Button>
      )}
    </Group>
  );
}
