import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useMayCall } from '../../lib/access';
import type { IncidentRecord } from '../../lib/contractTypes';
import { useDraftsStore } from '../../stores/useDraftsStore';
import { DetailsEditor } from './DetailsEditor';
import { DetailsView } from './DetailsView';

export function DetailsTab({ incident }: { incident: IncidentRecord }) {
  const [isEditing, setEditing] = useState(false);
  const isClosed = incident.status === 'closed';
  const mayEdit = useMayCall('incidents:update');
  const isEditable = !isClosed && mayEdit;

  // Edits left unsaved are reopened where they were: the editor then restores them.
  useEffect(() => {
    if (!isEditable) return;
    let isCurrent = true;
    useDraftsStore
      .getState()
      .read({ kind: 'incidentDetails', incidentId: incident.id })
      .then((draft) => {
        if (isCurrent && draft) setEditing(true);
      })
      .catch(() => undefined);
    return () => {
      isCurrent = false;
    };
  }, [incident.id, isEditable]);

  if (isEditing && isEditable) {
    // Keyed by version: after a reload the form starts again from what is now saved.
    return <DetailsEditor key={incident.version} incident={incident} onDone={() => setEditing(false)} />;
  }
  return (
    <Stack gap="sm">
      {isClosed ? (
        <Alert color="gray" variant="light" py={6}>
          <Text size="sm">This incident is closed, so its details are read-only. Re-open it to change it.</Text>
        </Alert>
      ) : !mayEdit ? (
        <Alert color="gray" variant="light" py={6} data-testid="read-only">
          <Text size="sm">Your account reads and generates reports; it cannot change records.</Text>
        </Alert>
      ) : (
        <Group>
          <Button variant="default" onClick={() => setEditing(true)}>
            Edit details
          </Button>
        </Group>
      )}
      <DetailsView incident={incident} />
    </Stack>
  );
}
