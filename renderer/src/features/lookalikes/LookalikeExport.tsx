import { Button, Code, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { LOOKALIKE_EXPORT_FORMATS } from '../../../../shared/contract/lookalikes';
import { useLookalikesStore, type LookalikeExportFormat } from '../../stores/useLookalikesStore';
import { EXPORT_BUTTON_LABELS } from './lookalikeLabels';

/** Saves the whole list (not only the filtered rows) for the mail gateway: a plain list, a CSV or a Postfix map. */
export function LookalikeExport() {
  const exporting = useLookalikesStore((s) => s.exporting);
  const exportList = useLookalikesStore((s) => s.exportList);
  const hasItems = useLookalikesStore((s) => s.items.length > 0);

  const save = async (format: LookalikeExportFormat) => {
    const outcome = await exportList(format);
    if (outcome.saved) notifications.show({ color: 'teal', message: `Saved ${outcome.fileName}` });
    else if (!outcome.cancelled) notifications.show({ color: 'red', title: 'The list was not saved', message: outcome.message });
  };

  return (
    <Group gap="xs" align="center">
      <Text size="sm" fw={600}>
        Export all
      </Text>
      {LOOKALIKE_EXPORT_FORMATS.map((format) => (
        <Button
          key={format}
          variant="default"
          size="xs"
          onClick={() => void save(format)}
          loading={exporting === format}
          disabled={!hasItems || (exporting !== null && exporting !== format)}
        >
          {EXPORT_BUTTON_LABELS[format]}
        </Button>
      ))}
    </Group>
  );
}

/** How a mail administrator puts the Postfix map to work. */
export function PostfixNote() {
  return (
    <Text size="xs" c="dimmed">
      Postfix: copy the map to <Code fz="xs">/etc/postfix/casebook_lookalikes</Code>, run <Code fz="xs">postmap /etc/postfix/casebook_lookalikes</Code>, then add{' '}
      <Code fz="xs">check_recipient_access hash:/etc/postfix/casebook_lookalikes</Code> to <Code fz="xs">smtpd_recipient_restrictions</Code> and reload Postfix. Mail to a
      listed domain is then refused with the reason.
    </Text>
  );
}
