import { AppShell, Box, NavLink, Stack, Text } from '@mantine/core';
import { useEffect, type MouseEvent } from 'react';
import { useMayCall } from '../../lib/access';
import { useSettingsStore } from '../../stores/useSettingsStore';
import { useUiStore, type Route } from '../../stores/useUiStore';
import { EmailImportLauncher } from '../email/EmailImportLauncher';
import { AccountBox } from './AccountBox';
import { CurrentPage } from './CurrentPage';
import { PendingRekeyBanner } from './PendingRekeyBanner';

const SECTIONS: { label: string; route: Route; isActive: (r: Route) => boolean }[] = [
  { label: 'Dashboard', route: { page: 'dashboard' }, isActive: (r) => r.page === 'dashboard' },
  { label: 'Register', route: { page: 'register' }, isActive: (r) => ['register', 'newIncident', 'incident'].includes(r.page) },
  { label: 'Parties', route: { page: 'parties' }, isActive: (r) => r.page === 'parties' || r.page === 'party' },
  { label: 'Reports', route: { page: 'reports' }, isActive: (r) => r.page === 'reports' },
  { label: 'Gateway logs', route: { page: 'gatewayImport' }, isActive: (r) => r.page === 'gatewayImport' },
  { label: 'Block list', route: { page: 'lookalikes' }, isActive: (r) => r.page === 'lookalikes' },
  { label: 'Retention', route: { page: 'retention' }, isActive: (r) => r.page === 'retention' },
  { label: 'Settings', route: { page: 'settings' }, isActive: (r) => r.page === 'settings' },
];

const ACCOUNTS_SECTION = { label: 'Accounts', route: { page: 'accounts' }, isActive: (r: Route) => r.page === 'accounts' } as const;

export function AppLayout() {
  const route = useUiStore((s) => s.route);
  const navigate = useUiStore((s) => s.navigate);
  const mayManageAccounts = useMayCall('accounts:list');
  const mayImportEmail = useMayCall('emails:import');
  const sections = mayManageAccounts ? [...SECTIONS, ACCOUNTS_SECTION] : SECTIONS;
  const loadSettings = useSettingsStore((s) => s.load);

  // The clocks on every incident read the internal-report deadline from the settings.
  useEffect(() => {
    void loadSettings();
  }, [loadSettings]);

  return (
    <AppShell navbar={{ width: 180, breakpoint: 0 }} padding={0} h="100%">
      {/* The first stop for the keyboard, past the sections. Not a "#main" link: the hash is the route. */}
      <a href="#main-content" className="casebook-skip-link" onClick={skipToMain}>
        Skip to main content
      </a>
      <AppShell.Navbar bg="gray.0">
        <Stack justify="space-between" h="100%" gap={0}>
          <Box component="nav" aria-label="Sections" p="xs">
            <Text fw={700} size="md" px="xs" py={6} mb={4}>
              Casebook
            </Text>
            {sections.map((s) => (
              <NavLink
                key={s.label}
                component="button"
                label={s.label}
                active={s.isActive(route)}
                onClick={() => navigate(s.route)}
                variant="light"
                style={{ borderRadius: 4 }}
                aria-current={s.isActive(route) ? 'page' : undefined}
              />
            ))}
            {mayImportEmail && <EmailImportLauncher />}
          </Box>
          <AccountBox />
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main id="main-content" tabIndex={-1} h="100dvh" style={{ display: 'flex', flexDirection: 'column' }}>
        <PendingRekeyBanner />
        <CurrentPage />
      </AppShell.Main>
    </AppShell>
  );
}

function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  document.getElementById('main-content')?.focus();
}
