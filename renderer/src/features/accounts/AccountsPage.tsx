import { Fieldset, Stack, Text } from '@mantine/core';
import { PageHeader } from '../../components/PageHeader';
import { ScrollPage } from '../../components/ScrollPage';
import { useMayCall } from '../../lib/access';
import { AccountsTable } from './AccountsTable';
import { ChangePasswordForm } from './ChangePasswordForm';
import { KeyRotation } from './KeyRotation';
import { NewAccountForm } from './NewAccountForm';
import { RootOfTrust } from './RootOfTrust';

/** Administrators manage the local accounts; everyone changes their own password here. */
export function AccountsPage() {
  const mayManage = useMayCall('accounts:list');

  return (
    <>
      <PageHeader title={mayManage ? 'Accounts' : 'Your account'} />
      <ScrollPage maxWidth={800}>
        <Stack gap="sm">
          {mayManage && (
            <>
              <Fieldset legend="Accounts on this laptop" variant="filled" p="sm">
                <Text size="sm" mb="xs">
                  Each account opens the register with its own password and is named in the audit trail for every change it makes. Reviewers read and generate reports but
                  cannot change records. A new account chooses its own password at its first login. Removing an account or changing its role gives the register a new key.
                </Text>
                <RootOfTrust />
                <AccountsTable />
              </Fieldset>
              <Fieldset legend="New account" variant="filled" p="sm">
                <NewAccountForm />
              </Fieldset>
              <Fieldset legend="Register key" variant="filled" p="sm">
                <KeyRotation />
              </Fieldset>
            </>
          )}
          <Fieldset legend="Your password" variant="filled" p="sm">
            <ChangePasswordForm />
          </Fieldset>
        </Stack>
      </ScrollPage>
    </>
  );
}
