import { Alert, Button, Group, Table, Text } from '@mantine/core';
import { formatUkDateTime } from '../../../../shared/time/ukTime';
import { DomainClassBadge } from '../../components/DomainClassBadge';
import type { EmailMessage } from '../../stores/useEmailImportStore';
import { RECIPIENT_FIELD_LABELS, typoClassText } from './recipientView';

type Props = {
  items: EmailMessage[];
  total: number;
  hasMore: boolean;
  isLoading: boolean;
  error: string | null;
  onLoadMore: () => void;
};

/** Why the domain was classified so, as the import said; rows imported before reasons were kept name only the domain imitated. */
function reasonText(m: EmailMessage): string {
  if (m.domainReason !== '') return m.domainReason;
  return m.lookalikeOf === null ? '—' : `Lookalike of ${m.lookalikeOf}`;
}

/**
 * One row per recipient of each message, from imported emails and gateway logs. A gateway log can
 * bring tens of thousands, so rows arrive a page at a time.
 */
export function MessagesTable({ items, total, hasMore, isLoading, error, onLoadMore }: Props) {
  return (
    <>
      {error && (
        <Alert color="red" variant="light" py={6}>
          {error}
        </Alert>
      )}
      {items.length === 0 && !error ? (
        <Text size="sm" c="dimmed">
          No messages recorded against this incident.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={900} type="native">
          <Table withTableBorder stickyHeader data-testid="messages-table" aria-label="Messages">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={130}>Sent</Table.Th>
                <Table.Th>Sender</Table.Th>
                <Table.Th>Recipient</Table.Th>
                <Table.Th w={50}>Field</Table.Th>
                <Table.Th w={150}>Domain</Table.Th>
                <Table.Th>Why</Table.Th>
                <Table.Th w={110}>Typo</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((m) => (
                <Table.Tr key={m.seq} data-testid="message-row" bg={m.domainClass === 'lookalike' ? 'red.0' : undefined}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{m.sentAt === null ? '—' : formatUkDateTime(m.sentAt)}</Table.Td>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>{m.sender || '—'}</Table.Td>
                  <Table.Td style={{ overflowWrap: 'anywhere' }} title={m.subject || undefined}>
                    {m.recipient}
                  </Table.Td>
                  <Table.Td>{RECIPIENT_FIELD_LABELS[m.recipientField]}</Table.Td>
                  <Table.Td>
                    <DomainClassBadge domainClass={m.domainClass} />
                  </Table.Td>
                  <Table.Td fz="xs" data-testid="message-reason">
                    {reasonText(m)}
                  </Table.Td>
                  <Table.Td fz="xs">{typoClassText(m.typoClass)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Group gap="sm">
        <Text size="xs" c="dimmed" data-testid="messages-count">
          Showing {items.length.toLocaleString('en-GB')} of {total.toLocaleString('en-GB')} {total === 1 ? 'message row' : 'message rows'}
        </Text>
        {hasMore && (
          <Button variant="subtle" size="compact-xs" onClick={onLoadMore} loading={isLoading}>
            Load more
          </Button>
        )}
      </Group>
    </>
  );
}
