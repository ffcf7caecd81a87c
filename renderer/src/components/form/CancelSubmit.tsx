import { Button, Group } from '@mantine/core';

type Props = { submitLabel: string; isSubmitting: boolean; onCancel: () => void };

/** A dialog's footer: Cancel on the left, the form's submit button (busy while it saves) on the right. */
export function CancelSubmit({ submitLabel, isSubmitting, onCancel }: Props) {
  return (
    <Group justify="flex-end" gap="xs">
      <Button variant="default" onClick={onCancel}>
        Cancel
      </Button>
      <Button type="submit" loading={isSubmitting}>
        {submitLabel}
      </Button>
    </Group>
  );
}
