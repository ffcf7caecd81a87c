import { Center, Loader } from '@mantine/core';
import { useEffect } from 'react';
import { AppLayout } from './features/shell/AppLayout';
import { OfficerSetupPage } from './features/session/OfficerSetupPage';
import { StartupProblem } from './features/session/StartupProblem';
import { useSessionStore } from './stores/useSessionStore';

/** First-run gate: nothing is shown until Casebook knows who is acting, because every change names them. */
export function App() {
  const status = useSessionStore((s) => s.status);
  const hasOfficer = useSessionStore((s) => s.session?.officer != null);
  const load = useSessionStore((s) => s.load);

  useEffect(() => {
    void load();
  }, [load]);

  if (status === 'loading') {
    return (
      <Center h="100%">
        <Loader size="sm" aria-label="Opening Casebook" />
      </Center>
    );
  }
  if (status !== 'ready') return <StartupProblem />;
  if (!hasOfficer) return <OfficerSetupPage />;
  return <AppLayout />;
}
