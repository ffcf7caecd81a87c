import { Center, Loader } from '@mantine/core';
import { useEffect } from 'react';
import { LoginPage } from './features/session/LoginPage';
import { OpenRegister } from './features/session/OpenRegister';
import { SetupPage } from './features/session/SetupPage';
import { StartupProblem } from './features/session/StartupProblem';
import { useLockWatch } from './features/session/useLockWatch';
import { useAuthStore } from './stores/useAuthStore';

/**
 * The gate in front of the register: nothing of it is read or shown until an account has logged in
 * (first run creates the administrator), and it is forgotten again the moment Casebook locks.
 */
export function App() {
  const phase = useAuthStore((s) => s.phase);
  const error = useAuthStore((s) => s.error);
  const state = useAuthStore((s) => s.auth?.state);
  const hasAccount = useAuthStore((s) => s.auth?.account != null);
  const load = useAuthStore((s) => s.load);

  useEffect(() => {
    void load();
  }, [load]);

  useLockWatch(state === 'unlocked' && hasAccount);

  if (phase === 'loading') {
    return (
      <Center h="100%">
        <Loader size="sm" aria-label="Opening Casebook" />
      </Center>
    );
  }
  if (phase !== 'ready') return <StartupProblem error={error} isUnauthorised={phase === 'unauthorised'} onRetry={() => void load()} />;
  if (state === 'setup') return <SetupPage />;
  if (state === 'locked') return <LoginPage />;
  return <OpenRegister />;
}
