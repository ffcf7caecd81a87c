import { Alert, Box, Center, Loader, Stack, Text } from '@mantine/core';
import { useEffect, useMemo } from 'react';
import { PageHeader } from '../../components/PageHeader';
import { useLookalikesStore } from '../../stores/useLookalikesStore';
import { filterLookalikes } from './lookalikeFilter';
import { LookalikeDomainsForm } from './LookalikeDomainsForm';
import { LookalikeExport, PostfixNote } from './LookalikeExport';
import { LookalikeFilters } from './LookalikeFilters';
import { LookalikeTable } from './LookalikeTable';

/** The block list: every typo of the protected domains, which of them have already received mail, and files for the gateway. */
export function LookalikesPage() {
  const status = useLookalikesStore((s) => s.status);
  const error = useLookalikesStore((s) => s.error);
  const items = useLookalikesStore((s) => s.items);
  const filters = useLookalikesStore((s) => s.filters);
  const loadConfigured = useLookalikesStore((s) => s.loadConfigured);
  const shown = useMemo(() => filterLookalikes(items, filters), [items, filters]);
  const hasList = status === 'ready' || (status === 'loading' && items.length > 0);

  // The configured lists may have changed in Settings since this page was last shown.
  useEffect(() => {
    void loadConfigured();
  }, [loadConfigured]);

  return (
    <>
      <PageHeader title="Block list">{hasList && <LookalikeExport />}</PageHeader>
      <Box px="md" py="sm">
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            Lookalike domains a mistyped address would reach — like <strong>army.ml</strong> for army.mil — generated with dnstwist’s typo classes on the name and on the
            public suffix, each marked with the incidents it has already appeared in. Block them at the mail gateway before mail leaves.
          </Text>
          <LookalikeDomainsForm />
          {error && (
            <Alert color="red" variant="light" title="The list could not be made" data-testid="lookalike-error">
              {error.message}
            </Alert>
          )}
          {hasList && <LookalikeFilters shown={shown.length} />}
          {hasList && <PostfixNote />}
        </Stack>
      </Box>
      {status === 'loading' && items.length === 0 && (
        <Center py="xl">
          <Loader size="sm" aria-label="Generating the lookalikes" />
        </Center>
      )}
      {hasList &&
        (shown.length === 0 ? (
          <Text size="sm" c="dimmed" px="md" data-testid="lookalike-none">
            {items.length === 0 ? 'No lookalikes: there are no domains to protect.' : 'No lookalikes match these filters.'}
          </Text>
        ) : (
          <LookalikeTable items={shown} />
        ))}
    </>
  );
}
