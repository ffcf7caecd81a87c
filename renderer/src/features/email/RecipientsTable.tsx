import { Group, Stack, Table, Text } from '@mantine/core';
import type { EmailRecipient } from '../../../../shared/contract/emails';
import { DomainClassBadge } from '../../components/DomainClassBadge';
import { domainForms, RECIPIENT_FIELD_LABELS } from './recipientView';

/** Every address the email went to, with its domain's class and why; lookalikes stand out in red. */
export function RecipientsTable({ recipients }: { recipients: EmailRecipient[] }) {
  if (recipients.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        The email names no recipients in To, Cc or Bcc.
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={640} mah={320} type="native">
      <Table stickyHeader withTableBorder layout="fixed" data-testid="recipients-table" aria-label="Recipients">
        <colgroup>
          <col style={{ width: '36%' }} />
          <col style={{ width: 56 }} />
          <col style={{ width: 150 }} />
          <col />
        </colgroup>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Recipient</Table.Th>
            <Table.Th>Field</Table.Th>
            <Table.Th>Domain</Table.Th>
            <Table.Th>Why</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {recipients.map((r) => (
            <RecipientRow key={`${r.field}:${r.address}`} recipient={r} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function RecipientRow({ recipient }: { recipient: EmailRecipient }) {
  const { classification } = recipient;
  const isLookalike = classification.domainClass === 'lookalike';
  const forms = domainForms(classification);
  return (
    <Table.Tr data-testid="recipient-row" bg={isLookalike ? 'red.0' : undefined}>
      <Table.Td style={{ overflowWrap: 'anywhere' }}>
        <Text size="sm" fw={isLookalike ? 600 : 400} c={isLookalike ? 'red.9' : undefined}>
          {recipient.address}
        </Text>
        {recipient.name && (
          <Text size="xs" c="dimmed">
            {recipient.name}
          </Text>
        )}
        {forms && (
          <Text size="xs" ff="monospace" c="red.9" data-testid="domain-forms">
            Unicode {forms.unicode} · punycode {forms.ascii}
          </Text>
        )}
        {recipient.exposed && (
          <Text size="xs" c="orange.9">
            Address disclosed to the others
          </Text>
        )}
      </Table.Td>
      <Table.Td>{RECIPIENT_FIELD_LABELS[recipient.field]}</Table.Td>
      <Table.Td>
        <DomainClassBadge domainClass={classification.domainClass} />
      </Table.Td>
      <Table.Td>
        <Stack gap={0}>
          <Text size="xs">{classification.reason}</Text>
          {classification.lookalikeOf && (
            <Group gap={4}>
              <Text size="xs" c="dimmed">
                Looks like
              </Text>
              <Text size="xs" ff="monospace">
                {classification.lookalikeOf}
              </Text>
            </Group>
          )}
        </Stack>
      </Table.Td>
    </Table.Tr>
  );
}
