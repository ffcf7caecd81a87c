import { Button, Group, NumberInput, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { SecuritySettingsSchema } from '../../../../shared/contract/security';
import { useMayCall } from '../../lib/access';
import { toUiError } from '../../lib/errors';
import { useAuthStore } from '../../stores/useAuthStore';
import { ProblemAlert } from '../../components/form/ProblemAlert';

/** The lock's idle time and the backup reminder: the administrator's to set, everyone's to read. */
export function SecuritySettingsForm() {
  const security = useAuthStore((s) => s.security);
  const loadSecurity = useAuthStore((s) => s.loadSecurity);
  const updateSecurity = useAuthStore((s) => s.updateSecurity);
  const mayChange = useMayCall('security:update');
  const [idleLockMinutes, setIdleLockMinutes] = useState<number | string>('');
  const [backupReminderDays, setBackupReminderDays] = useState<number | string>('');
  const [problem, setProblem] = useState<string | null>(null);
  const [isSaving, setSaving] = useState(false);

  useEffect(() => {
    loadSecurity().catch((e: unknown) => setProblem(toUiError(e).message));
  }, [loadSecurity]);

  useEffect(() => {
    if (!security) return;
    setIdleLockMinutes(security.idleLockMinutes);
    setBackupReminderDays(security.backupReminderDays);
  }, [security]);

  const save = async () => {
    setProblem(null);
    const parsed = SecuritySettingsSchema.safeParse({ ...security, idleLockMinutes, backupReminderDays });
    if (!parsed.success) {
      setProblem('Enter whole minutes from 1 to 240 and whole days from 1 to 365.');
      return;
    }
    setSaving(true);
    try {
      const saved = await updateSecurity(parsed.data);
      notifications.show({
        message: `Casebook now locks after ${saved.idleLockMinutes} ${saved.idleLockMinutes === 1 ? 'minute' : 'minutes'} without use.`,
      });
    } catch (e) {
      setProblem(toUiError(e).message);
    } finally {
      setSaving(false);
    }
  };

  const isUnchanged = security !== null && idleLockMinutes === security.idleLockMinutes && backupReminderDays === security.backupReminderDays;

  return (
    <Stack gap="xs">
      <Text size="sm">
        Casebook locks itself when nobody has used it for this long, and at once when the laptop locks or sleeps. Locking closes the register and clears the screen;
        logging in opens it again.
      </Text>
      <Group gap="xs" align="flex-start">
        <NumberInput
          label="Lock after (minutes idle)"
          description="Default 10"
          size="xs"
          w={200}
          min={1}
          max={240}
          allowDecimal={false}
          allowNegative={false}
          disabled={!mayChange}
          value={idleLockMinutes}
          onChange={setIdleLockMinutes}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
        />
        <NumberInput
          label="Remind about backups after (days)"
          description="Default 7"
          size="xs"
          w={240}
          min={1}
          max={365}
          allowDecimal={false}
          allowNegative={false}
          disabled={!mayChange}
          value={backupReminderDays}
          onChange={setBackupReminderDays}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
        />
        {mayChange && (
          <Button mt={20} onClick={() => void save()} loading={isSaving} disabled={isUnchanged}>
            Save security settings
          </Button>
        )}
      </Group>
      <ProblemAlert problem={problem} py={6} />
    </Stack>
  );
}
