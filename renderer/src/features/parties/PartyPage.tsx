import { Alert, Button, Center, Fieldset, Group, Loader, Stack } from '@mantine/core';
import { useEffect, useState } from 'react';
import { DemoBadge } from '../../components/DemoBadge';
import { FieldList } from '../../components/FieldList';
import { PageHeader } from '../../components/PageHeader';
import { ScrollPage } from '../../components/ScrollPage';
import { useMayCall } from '../../lib/access';
import { usePartiesStore } from '../../stores/usePartiesStore';
import { useUiStore } from '../../stores/useUiStore';
import { PartyEditor } from './PartyEditor';
import { PartyIncidents } from './PartyIncidents';
import { showHiddenMarks } from '../../../../shared/text/hiddenMarks';

/** One person or organisation, and every incident that touches them. */
export function PartyPage({ id }: { id: string }) {
  const party = usePartiesStore((s) => s.party);
  const status = usePartiesStore((s) => s.partyStatus);
  const error = usePartiesStore((s) => s.partyError);
  const hasConflict = usePartiesStore((s) => s.hasConflict);
  const openParty = usePartiesStore((s) => s.openParty);
  const navigate = useUiStore((s) => s.navigate);
  const [isEditing, setEditing] = useState(false);
  const mayEdit = useMayCall('parties:update');

  useEffect(() => {
    void openParty(id);
  }, [openParty, id]);

  if (status === 'error' && error) {
    return (
      <Alert color="red" variant="light" m="md" title="This party could not be opened">
        {error.message}{' '}
        <Button variant="subtle" size="compact-xs" onClick={() => navigate({ page: 'parties' })}>
          Back to parties
        </Button>
      </Alert>
    );
  }
  if (!party || party.id !== id) {
    return (
      <Center py="xl">
        <Loader size="sm" aria-label="Opening the party" />
      </Center>
    );
  }

  return (
    <>
      <PageHeader
        title={
          <Group gap="xs" component="span">
            {showHiddenMarks(party.name)}
            {party.isDemo && <DemoBadge />}
          </Group>
        }
      >
        {!isEditing && mayEdit && (
          <Button variant="default" onClick={() => setEditing(true)}>
            Edit party
          </Button>
        )}
      </PageHeader>
      <ScrollPage>
        <Stack gap="sm">
          {hasConflict && (
            <Alert color="orange" variant="light" py={6}>
              <Group justify="space-between">
                Someone changed this party since you opened it, so your change was not saved. Reload, then make your change again.
                <Button size="xs" color="orange" onClick={() => void openParty(id).then(() => setEditing(false))}>
                  Reload
                </Button>
              </Group>
            </Alert>
          )}
          {isEditing ? (
            <PartyEditor key={party.version} party={party} onDone={() => setEditing(false)} />
          ) : (
            <Fieldset legend="Details" variant="filled" p="sm">
              <FieldList
                items={[
                  { label: 'Type', value: party.type === 'person' ? 'Person' : 'Organisation' },
                  { label: 'Email', value: party.email },
                  { label: 'Phone', value: party.phone },
                  { label: 'Organisation', value: party.organisation },
                  { label: 'Notes', value: party.notes, isWide: true },
                ]}
              />
            </Fieldset>
          )}
          <PartyIncidents />
        </Stack>
      </ScrollPage>
    </>
  );
}
