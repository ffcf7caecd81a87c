import { Alert, Anchor, Badge, Button, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { LinkedParty } from '../../../../shared/contract/parties';
import { DATA_CATEGORY_LABELS, NOTIFICATION_METHOD_LABELS, NOTIFICATION_STATUS_LABELS, PARTY_ROLE_LABELS } from '../../../../shared/domain/vocabulary';
import { formatUkDateTime } from '../../../../shared/time/ukTime';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DemoBadge } from '../../components/DemoBadge';
import { ReadOnlyNote } from '../../components/ReadOnlyNote';
import { useMayCall } from '../../lib/access';
import type { IncidentRecord } from '../../lib/contractTypes';
import { useIncidentStore } from '../../stores/useIncidentStore';
import { useUiStore } from '../../stores/useUiStore';
import { AddPartyDialog } from '../involvements/AddPartyDialog';
import { ImportPeopleDialog } from '../involvements/ImportPeopleDialog';
import { usePeopleImportStore } from '../../stores/usePeopleImportStore';
import { EditInvolvementDialog } from '../involvements/EditInvolvementDialog';
import { showHiddenMarks } from '../../../../shared/text/hiddenMarks';

type Dialog = { kind: 'add' } | { kind: 'import' } | { kind: 'edit'; linked: LinkedParty } | { kind: 'unlink'; linked: LinkedParty } | null;

/** The people and organisations linked to the incident, and how each is involved. */
export function PartiesTab({ incident }: { incident: IncidentRecord }) {
  const parties = useIncidentStore((s) => s.parties);
  const loadParties = useIncidentStore((s) => s.loadParties);
  const unlink = useIncidentStore((s) => s.unlink);
  const navigate = useUiStore((s) => s.navigate);
  const [dialog, setDialog] = useState<Dialog>(null);
  const isClosed = incident.status === 'closed';
  const mayLink = useMayCall('involvements:link');
  const mayEdit = useMayCall('involvements:update');
  const mayUnlink = useMayCall('involvements:unlink');
  const mayImport = useMayCall('parties:import');
  const beginImport = usePeopleImportStore((s) => s.begin);

  useEffect(() => {
    void loadParties();
  }, [loadParties]);

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {incident.affectedCount.toLocaleString('en-GB')} affected (their own data was involved) of {parties.total.toLocaleString('en-GB')} linked.
        </Text>
        {isClosed ? (
          <Text size="xs" c="dimmed">
            Closed: re-open the incident to change its parties.
          </Text>
        ) : mayLink ? (
          <Group gap="sm">
            {mayImport && (
              <Button
                variant="default"
                onClick={() => {
                  beginImport(incident.id);
                  setDialog({ kind: 'import' });
                }}
              >
                Import from a spreadsheet
              </Button>
            )}
            <Button onClick={() => setDialog({ kind: 'add' })}>Add party</Button>
          </Group>
        ) : (
          <ReadOnlyNote what="the parties" />
        )}
      </Group>
      {parties.error && (
        <Alert color="red" variant="light">
          {parties.error.message}
        </Alert>
      )}
      {parties.status === 'ready' && parties.items.length === 0 ? (
        <Text size="sm" c="dimmed" py="md">
          No parties linked yet. Add the people whose data was involved, the unintended recipients and the sender.
        </Text>
      ) : (
        <Table striped={false} highlightOnHover data-testid="parties-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Party</Table.Th>
              <Table.Th>Roles</Table.Th>
              <Table.Th>Their data involved</Table.Th>
              <Table.Th>Told?</Table.Th>
              <Table.Th w={130}>
                <VisuallyHidden>Change</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {parties.items.map((linked) => (
              <PartyRow
                key={linked.party.id}
                linked={linked}
                onOpen={() => navigate({ page: 'party', id: linked.party.id })}
                onEdit={isClosed || !mayEdit ? null : () => setDialog({ kind: 'edit', linked })}
                onUnlink={isClosed || !mayUnlink ? null : () => setDialog({ kind: 'unlink', linked })}
              />
            ))}
          </Table.Tbody>
        </Table>
      )}
      {parties.nextCursor && (
        <Button variant="subtle" onClick={() => void loadParties(true)} loading={parties.status === 'loading'} w="fit-content">
          Show more parties
        </Button>
      )}
      {dialog?.kind === 'add' && <AddPartyDialog onClose={() => setDialog(null)} />}
      {dialog?.kind === 'import' && <ImportPeopleDialog onClose={() => setDialog(null)} />}
      {dialog?.kind === 'edit' && <EditInvolvementDialog linked={dialog.linked} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'unlink' && (
        <ConfirmDialog
          title="Unlink this party?"
          message={`${dialog.linked.party.name} will no longer be linked to ${incident.reference}. The party stays on record, and the history keeps what was linked.`}
          confirmLabel="Unlink"
          onConfirm={() => unlink(dialog.linked.party.id, dialog.linked.involvement.version)}
          onClose={() => setDialog(null)}
        />
      )}
    </Stack>
  );
}

/** onEdit and onUnlink are null where the incident is closed or the account may not change its parties. */
type RowProps = { linked: LinkedParty; onOpen: () => void; onEdit: (() => void) | null; onUnlink: (() => void) | null };

function PartyRow({ linked, onOpen, onEdit, onUnlink }: RowProps) {
  const { party, involvement } = linked;
  const told =
    involvement.notificationStatus === 'notified' && involvement.notifiedAt !== null
      ? `Notified ${formatUkDateTime(involvement.notifiedAt)}${involvement.notificationMethod ? ` by ${NOTIFICATION_METHOD_LABELS[involvement.notificationMethod].toLowerCase()}` : ''}`
      : NOTIFICATION_STATUS_LABELS[involvement.notificationStatus];
  return (
    <Table.Tr data-testid="linked-party">
      <Table.Td>
        <Group gap={6} wrap="nowrap">
          <Anchor component="button" type="button" size="sm" onClick={onOpen}>
            {showHiddenMarks(party.name)}
          </Anchor>
          {party.isDemo && <DemoBadge />}
        </Group>
        <Text size="xs" c="dimmed">
          {[party.email, party.organisation].filter(Boolean).join(' · ')}
        </Text>
      </Table.Td>
      <Table.Td>
        <Group gap={4}>
          {involvement.roles.map((r) => (
            <Badge key={r} variant="default" color="gray">
              {PARTY_ROLE_LABELS[r]}
            </Badge>
          ))}
        </Group>
      </Table.Td>
      <Table.Td>
        <Text size="xs">{involvement.dataCategories.map((c) => DATA_CATEGORY_LABELS[c]).join('; ') || '—'}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="xs">{told}</Text>
      </Table.Td>
      <Table.Td>
        <Group gap={4} justify="flex-end" wrap="nowrap">
          {onEdit && (
            <Button variant="subtle" size="compact-xs" onClick={onEdit} aria-label={`Edit ${party.name}’s involvement`}>
              Edit
            </Button>
          )}
          {onUnlink && (
            <Button variant="subtle" color="red" size="compact-xs" onClick={onUnlink} aria-label={`Unlink ${party.name}`}>
              Unlink
            </Button>
          )}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
