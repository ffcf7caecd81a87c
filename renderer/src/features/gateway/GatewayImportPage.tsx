import { Alert, Button, Stack, Text } from '@mantine/core';
import { useEffect } from 'react';
import { PageHeader } from '../../components/PageHeader';
import { ScrollPage } from '../../components/ScrollPage';
import { useMayCall } from '../../lib/access';
import { useGatewayImportStore } from '../../stores/useGatewayImportStore';
import { ImportOptions } from './ImportOptions';
import { ImportProgress } from './ImportProgress';
import { ImportSummary } from './ImportSummary';
import { LogFileInput } from './LogFileInput';

/** Imports a mail-gateway log as a job: choose, check how it is read, start, follow, then see what was filed. */
export function GatewayImportPage() {
  const step = useGatewayImportStore((s) => s.step);
  const job = useGatewayImportStore((s) => s.job);
  const error = useGatewayImportStore((s) => s.error);
  const fileName = useGatewayImportStore((s) => s.file?.name ?? null);
  const refreshJob = useGatewayImportStore((s) => s.refreshJob);
  const reset = useGatewayImportStore((s) => s.reset);
  const isRunning = job?.state === 'running';
  const mayImport = useMayCall('gatewayLogs:import');

  // The job may have moved on (or finished) while another page was shown.
  useEffect(() => {
    void refreshJob();
  }, [refreshJob]);

  return (
    <>
      <PageHeader title="Gateway logs">{job && !isRunning && mayImport && <Button onClick={reset}>Import another log</Button>}</PageHeader>
      <ScrollPage maxWidth={1200}>
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            Finds the messages sent to lookalike domains in an Exchange message tracking log, a Microsoft 365 message trace export or any CSV, keeps only those messages
            (data minimisation), and files them as incidents grouped by lookalike domain.
          </Text>
          {step === 'job' && job ? (
            <>
              {isRunning && <ImportProgress job={job} fileName={fileName} />}
              {error && (
                <Alert color="red" variant="light" data-testid="gateway-job-error">
                  {error.message}
                </Alert>
              )}
              {job.state === 'cancelled' && (
                <Alert color="gray" variant="light" data-testid="gateway-cancelled">
                  Cancelled — nothing was imported.
                </Alert>
              )}
              {job.state === 'failed' && job.error && (
                <Alert color="red" variant="light" title="The import failed; nothing was imported" data-testid="gateway-failed">
                  {job.error.message}
                </Alert>
              )}
              {job.state === 'done' && job.result && <ImportSummary result={job.result} />}
            </>
          ) : !mayImport ? (
            <Text size="sm" data-testid="gateway-read-only">
              Your account can read the incidents an import files (in the register, and the block list from them), but cannot import a log: an officer or an administrator
              does.
            </Text>
          ) : (
            <>
              <LogFileInput disabled={step === 'starting'} />
              {(step === 'options' || step === 'starting') && <ImportOptions />}
            </>
          )}
        </Stack>
      </ScrollPage>
    </>
  );
}
