import { Button, Group, NumberInput, Select, Stack, Switch, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { RETENTION_OUTCOME_LABELS, RETENTION_UNITS, type RetentionPeriods, type RetentionUnit } from '../../../../shared/domain/retentionSchedule';
import { OUTCOMES } from '../../../../shared/domain/vocabulary';
import { formatUkDateTime } from '../../../../shared/time/ukTime';
import { ProblemAlert } from '../../components/form/ProblemAlert';
import { useMayCall } from '../../lib/access';
import { toUiError } from '../../lib/errors';
import { useAuthStore } from '../../stores/useAuthStore';
import { useRetentionStore } from '../../stores/useRetentionStore';
import { UNIT_LABELS } from './retentionView';

/** How long personal data is kept after closure, per outcome: the administrator's to confirm or change. */
export function RetentionScheduleForm() {
  const schedule = useRetentionStore((s) => s.schedule);
  const setSchedule = useRetentionStore((s) => s.setSchedule);
  const security = useAuthStore((s) => s.security);
  const loadSecurity = useAuthStore((s) => s.loadSecurity);
  const updateSecurity = useAuthStore((s) => s.updateSecurity);
  const mayChange = useMayCall('retention:setSchedule');
  const [periods, setPeriods] = useState<RetentionPeriods | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [isSaving, setSaving] = useState(false);

  useEffect(() => {
    loadSecurity().catch(() => undefined);
  }, [loadSecurity]);
  useEffect(() => {
    if (schedule) setPeriods(schedule.periods);
  }, [schedule]);
  if (!schedule || !periods) return null;

  const save = async () => {
    setProblem(null);
    setSaving(true);
    try {
      await setSchedule(periods);
      notifications.show({ message: 'Retention schedule saved.' });
    } catch (e) {
      setProblem(toUiError(e).message);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Stack gap="xs">
      <Text size="sm">
        How long personal data is kept after an incident is closed. When it has passed, the incident is listed below for review; nothing is erased without two people.
      </Text>
      <Text size="sm" c={schedule.confirmedAt === null ? 'orange.8' : 'dimmed'} data-testid="schedule-status">
        {schedule.confirmedAt === null
          ? 'Not yet confirmed: six years after closure is shown until an administrator confirms it.'
          : `Confirmed by ${schedule.confirmedBy} on ${formatUkDateTime(schedule.confirmedAt)}.`}
      </Text>
      <Table withRowBorders={false} verticalSpacing={4} w="auto">
        <Table.Tbody>
          {OUTCOMES.map((outcome) => (
            <Table.Tr key={outcome}>
              <Table.Td>
                <Text size="sm">{RETENTION_OUTCOME_LABELS[outcome]}</Text>
              </Table.Td>
              <Table.Td>
                <NumberInput
                  aria-label={`${RETENTION_OUTCOME_LABELS[outcome]}: how many`}
                  w={90}
                  min={1}
                  max={100}
                  disabled={!mayChange}
                  value={periods[outcome].amount}
                  onChange={(v) => setPeriods({ ...periods, [outcome]: { ...periods[outcome], amount: typeof v === 'number' ? v : Number(v) } })}
                />
              </Table.Td>
              <Table.Td>
                <Select
                  aria-label={`${RETENTION_OUTCOME_LABELS[outcome]}: unit`}
                  w={110}
                  disabled={!mayChange}
                  data={RETENTION_UNITS.map((u) => ({ value: u, label: UNIT_LABELS[u] }))}
                  value={periods[outcome].unit}
                  allowDeselect={false}
                  onChange={(v) => v && setPeriods({ ...periods, [outcome]: { ...periods[outcome], unit: v as RetentionUnit } })}
                />
              </Table.Td>
              <Table.Td>
                <Text size="sm" c="dimmed">
                  after closure
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <ProblemAlert problem={problem} />
      {mayChange && (
        <Group gap="xs">
          <Button onClick={() => void save()} loading={isSaving}>
            {schedule.confirmedAt === null ? 'Confirm schedule' : 'Save schedule'}
          </Button>
        </Group>
      )}
      {security && (
        <Switch
          mt="xs"
          label="Officers may confirm another account’s erasure (otherwise only an administrator confirms)"
          checked={security.officersMayConfirmErasure}
          disabled={!mayChange}
          onChange={(e) =>
            void updateSecurity({ ...security, officersMayConfirmErasure: e.currentTarget.checked }).catch((err: unknown) => setProblem(toUiError(err).message))
          }
        />
      )}
    </Stack>
  );
}
