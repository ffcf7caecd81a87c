import { Button, Fieldset, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { AuditVerification } from '../../components/AuditVerification';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { PageHeader } from '../../components/PageHeader';
import { ScrollPage } from '../../components/ScrollPage';
import { useMayCall } from '../../lib/access';
import { useSessionStore } from '../../stores/useSessionStore';
import { BackupsPanel } from './BackupsPanel';
import { ClockSettingsForm } from './ClockSettingsForm';
import { DomainSettingsForm } from './DomainSettingsForm';
import { OrganisationForm } from './OrganisationForm';
import { SecuritySettingsForm } from './SecuritySettingsForm';

export function SettingsPage() {
  const session = useSessionStore((s) => s.session);
  const removeDemo = useSessionStore((s) => s.removeDemo);
  const mayRemoveDemo = useMayCall('demo:remove');
  // The organisation's settings are an administrator's; everyone else reads them in disabled fieldsets.
  const mayAdminister = useMayCall('settings:update');
  const mayBackUp = useMayCall('backups:create');
  const [isConfirming, setConfirming] = useState(false);
  const demoCount = session?.demoIncidentCount ?? 0;

  const remove = async () => {
    const removed = await removeDemo();
    notifications.show({ message: `Removed ${removed.incidents} demo incidents and ${removed.parties} demo parties.` });
  };

  return (
    <>
      <PageHeader title="Settings" />
      <ScrollPage maxWidth={800}>
        <Stack gap="sm">
          {!mayAdminister && (
            <Text size="sm" c="dimmed" data-testid="settings-read-only">
              Only an administrator changes these settings.
            </Text>
          )}
          <Fieldset legend="Security" variant="filled" p="sm">
            <SecuritySettingsForm />
          </Fieldset>
          {mayBackUp && (
            <Fieldset legend="Backups" variant="filled" p="sm" id="backups">
              <BackupsPanel />
            </Fieldset>
          )}
          <Fieldset legend="Organisation" variant="filled" p="sm" disabled={!mayAdminister}>
            <OrganisationForm />
          </Fieldset>
          <Fieldset legend="Email domains" variant="filled" p="sm" disabled={!mayAdminister}>
            <DomainSettingsForm />
          </Fieldset>
          <Fieldset legend="Clocks" variant="filled" p="sm" disabled={!mayAdminister}>
            <ClockSettingsForm />
          </Fieldset>
          <Fieldset legend="Audit trail" variant="filled" p="sm">
            <Text size="sm" mb="xs">
              Every change is kept in a hash-chained log. Verifying re-computes the chain; note the head hash to compare later.
            </Text>
            <AuditVerification />
          </Fieldset>
          <Fieldset legend="Demo data" variant="filled" p="sm">
            <Stack gap="xs" align="flex-start">
              <Text size="sm">
                {demoCount > 0
                  ? `${demoCount} demo incidents are loaded. Removing them also removes demo parties that no real incident uses; the removal is recorded in the audit trail.`
                  : 'No demo incidents are loaded.'}
              </Text>
              <Button color="red" variant="light" disabled={demoCount === 0 || !mayRemoveDemo} onClick={() => setConfirming(true)}>
                Remove demo data
              </Button>
            </Stack>
          </Fieldset>
          <Text size="xs" c="dimmed">
            Database schema version {session?.schemaVersion}.
          </Text>
        </Stack>
      </ScrollPage>
      {isConfirming && (
        <ConfirmDialog
          title="Remove all demo data?"
          message={`This removes ${demoCount} demo incidents and the demo parties only they use. Your own incidents are not touched.`}
          confirmLabel="Remove demo data"
          onConfirm={remove}
          onClose={() => setConfirming(false)}
        />
      )}
    </>
  );
}
