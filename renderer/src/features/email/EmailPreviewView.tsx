import { Alert, Badge, Group, List, Stack, Text } from '@mantine/core';
import type { EmailPreview } from '../../../../shared/contract/emails';
import { formatUkDateTime } from '../../../../shared/time/ukTime';
import { FieldList } from '../../components/FieldList';
import { RecipientsTable } from './RecipientsTable';
import { fileSizeText } from './recipientView';

/** What Casebook read from the file, before anything is recorded. */
export function EmailPreviewView({ preview }: { preview: EmailPreview }) {
  const { email } = preview;
  const lookalikes = email.recipients.filter((r) => r.classification.domainClass === 'lookalike').length;
  const sender = email.from ? (email.from.name ? `${email.from.name} <${email.from.address}>` : email.from.address) : null;
  return (
    <Stack gap="sm" data-testid="email-preview">
      <FieldList
        cols={2}
        items={[
          { label: 'Subject', value: email.subject, isWide: true },
          { label: 'From', value: sender },
          { label: 'Sent (UK time)', value: email.sentAt === null ? null : formatUkDateTime(email.sentAt) },
          {
            label: 'Message-ID',
            value: (
              <Text span size="xs" ff="monospace">
                {email.messageId}
              </Text>
            ),
          },
          { label: 'Attachments', value: email.attachments.map((a) => `${a.fileName} (${fileSizeText(a.size)})`).join(', ') },
          { label: 'Sensitivity label', value: preview.sensitivityLabel?.name ?? null },
        ]}
      />
      <Group gap="xs">
        <Text size="xs" c="dimmed">
          {preview.fileName} · {fileSizeText(preview.size)}
        </Text>
        {preview.usedAttachedOriginal && (
          <Badge color="grape" variant="light">
            Forward: attached original used
          </Badge>
        )}
      </Group>
      {preview.warnings.length > 0 && (
        <Alert color="yellow" variant="light" py={6} title="Check before importing" data-testid="email-warnings">
          <List size="sm" spacing={2}>
            {preview.warnings.map((w) => (
              <List.Item key={w}>{w}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      <Group justify="space-between" align="baseline">
        <Text size="sm" fw={600}>
          {email.recipients.length.toLocaleString('en-GB')} {email.recipients.length === 1 ? 'recipient' : 'recipients'}
        </Text>
        {lookalikes > 0 && (
          <Text size="sm" fw={600} c="red.8">
            {lookalikes} to a lookalike domain
          </Text>
        )}
      </Group>
      <RecipientsTable recipients={email.recipients} />
    </Stack>
  );
}
