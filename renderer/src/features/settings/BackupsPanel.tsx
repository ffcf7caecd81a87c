import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { Output } from '../../../../shared/contract';
import { call } from '../../lib/api';
import type { ChosenFolder, FolderPurpose } from '../../../../shared/contract/shell';
import { chooseFolder } from '../../lib/chooseFolder';
import { toUiError } from '../../lib/errors';
import { useAuthStore } from '../../stores/useAuthStore';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { BackupSummary } from './BackupSummary';
import { lastBackupLine } from './backupView';
import { useFolderPathPrompt } from './useFolderPathPrompt';

type Backup = Output<'backups:create'>;
type Outcome = { backup: Backup; action: 'written' | 'checked' };

const RESTORE_WARNING =
  'Restoring replaces the whole register with this backup: everything recorded since it was made is no longer in the register, and only the accounts the backup was made with can log in. ' +
  'The backup is checked first; the current register is kept beside the restored one until the restored one is proven. Everyone must log in again afterwards.';

/** Backups to removable media (administrators only): write one, check one, restore from one. */
export function BackupsPanel() {
  const overdue = useAuthStore((s) => s.auth?.backupOverdue ?? null);
  const reminderDays = useAuthStore((s) => s.security?.backupReminderDays ?? null);
  const reloadStatus = useAuthStore((s) => s.load);
  const lock = useAuthStore((s) => s.lock);
  const { ask, prompt } = useFolderPathPrompt();
  const [busy, setBusy] = useState<'create' | 'verify' | 'restore' | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [madeHereAt, setMadeHereAt] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [restoreFrom, setRestoreFrom] = useState<ChosenFolder | null>(null);

  /** Chooses the folder, then runs `work` on it; a cancelled choice does nothing, a refusal shows the core's reason. */
  const withFolder = async (kind: 'create' | 'verify' | 'restore', purpose: FolderPurpose, work: (folder: ChosenFolder) => Promise<void>) => {
    setProblem(null);
    setOutcome(null);
    setBusy(kind);
    try {
      const folder = await chooseFolder(purpose, () => ask(purpose));
      if (folder !== null) await work(folder);
    } catch (e) {
      setProblem(toUiError(e).message);
    } finally {
      setBusy(null);
    }
  };

  const backUp = () =>
    withFolder('create', 'backup', async ({ folderId }) => {
      const backup = await call('backups:create', { folderId });
      setOutcome({ backup, action: 'written' });
      setMadeHereAt(backup.createdAt);
      // The navbar's reminder reads the status: a verified backup ends it.
      await reloadStatus();
    });

  const check = () =>
    withFolder('verify', 'restore', async ({ folderId }) => {
      setOutcome({ backup: await call('backups:verify', { folderId }), action: 'checked' });
    });

  const chooseRestore = () => withFolder('restore', 'restore', async (folder) => setRestoreFrom(folder));

  // The register under every store is now another one, with the backup's accounts: lock, so everyone logs in to it afresh.
  const restore = async (folder: ChosenFolder) => {
    const backup = await call('backups:restore', { folderId: folder.folderId });
    await lock();
    // After the lock, which clears the toasts: this one names no record, and tells the next person why they log in.
    notifications.show({ message: `The register was restored from ${backup.name} (${backup.auditEntryCount} audit entries, verified). Log in again.`, autoClose: false });
  };

  return (
    <Stack gap="xs" align="flex-start">
      <Text size="sm">
        A backup is an encrypted copy of the register with its key slots: it opens with the accounts it was made with, and nothing else. Each one is checked by reopening
        it before Casebook calls it verified. Keep it on removable media, away from this laptop.
      </Text>
      <Text size="sm" fw={500} c={overdue ? 'orange.8' : undefined} data-testid="last-backup">
        {lastBackupLine(overdue, reminderDays, madeHereAt)}
      </Text>
      <Group gap="xs">
        <Button onClick={() => void backUp()} loading={busy === 'create'} disabled={busy !== null && busy !== 'create'}>
          Back up now…
        </Button>
        <Button variant="default" onClick={() => void check()} loading={busy === 'verify'} disabled={busy !== null && busy !== 'verify'}>
          Check a backup…
        </Button>
        <Button color="red" variant="light" onClick={() => void chooseRestore()} loading={busy === 'restore'} disabled={busy !== null && busy !== 'restore'}>
          Restore from a backup…
        </Button>
      </Group>
      {outcome && <BackupSummary backup={outcome.backup} action={outcome.action} />}
      {problem && (
        <Alert color="red" variant="light" w="100%" data-testid="backup-problem">
          {problem}
        </Alert>
      )}
      {prompt}
      {restoreFrom && (
        <ConfirmDialog
          title={`Restore the register from ${restoreFrom.name}?`}
          message={RESTORE_WARNING}
          confirmLabel="Restore and log everyone out"
          onConfirm={() => restore(restoreFrom)}
          onClose={() => setRestoreFrom(null)}
        />
      )}
    </Stack>
  );
}
