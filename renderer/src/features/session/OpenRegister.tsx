import { Center, Loader } from '@mantine/core';
import { useEffect } from 'react';
import { useSessionStore } from '../../stores/useSessionStore';
import { AppLayout } from '../shell/AppLayout';
import { CopiesEncryptedNotice } from './CopiesEncryptedNotice';
import { DraftsOffer } from './DraftsOffer';
import { FailedLoginsNotice } from './FailedLoginsNotice';
import { StartupProblem } from './StartupProblem';

/** The register once someone is logged in: read afresh at every login, since the lock forgot it all. */
export function OpenRegister() {
  const status = useSessionStore((s) => s.status);
  const error = useSessionStore((s) => s.error);
  const load = useSessionStore((s) => s.load);

  useEffect(() => {
    void load();
  }, [load]);

  if (status === 'loading') {
    return (
      <Center h="100%">
        <Loader size="sm" aria-label="Opening the register" />
      </Center>
    );
  }
  if (status !== 'ready') return <StartupProblem error={error} isUnauthorised={status === 'unauthorised'} onRetry={() => void load()} />;
  return (
    <>
      <AppLayout />
      <FailedLoginsNotice />
      <CopiesEncryptedNotice />
      <DraftsOffer />
    </>
  );
}
