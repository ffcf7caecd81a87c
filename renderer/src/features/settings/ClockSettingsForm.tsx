import { Alert, Button, Group, NumberInput, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { DEFAULT_INTERNAL_REPORT_HOURS } from '../../../../shared/domain/clocks';
import { ClockSettingsSchema } from '../../../../shared/contract/settings';
import { toUiError } from '../../lib/errors';
import { useSettingsStore } from '../../stores/useSettingsStore';

/** The department's deadline for reporting an incident to the departmental security officer. */
export function ClockSettingsForm() {
  const settings = useSettingsStore((s) => s.settings);
  const status = useSettingsStore((s) => s.status);
  const loadError = useSettingsStore((s) => s.error);
  const update = useSettingsStore((s) => s.update);
  const [hours, setHours] = useState<number | string>(settings?.internalReportHours ?? '');
  const [error, setError] = useState<string | null>(null);
  const [isSaving, setSaving] = useState(false);

  useEffect(() => {
    if (settings) setHours(settings.internalReportHours);
  }, [settings]);

  const save = async () => {
    setError(null);
    const parsed = ClockSettingsSchema.safeParse({ internalReportHours: typeof hours === 'number' ? hours : Number.NaN });
    if (!parsed.success) {
      setError('Enter a whole number of hours from 1 to 720');
      return;
    }
    setSaving(true);
    try {
      const saved = await update(parsed.data);
      notifications.show({ message: `Incidents must now be reported to the DSO within ${saved.internalReportHours} hours of awareness.` });
    } catch (e) {
      const ui = toUiError(e);
      setError(ui.issues?.[0]?.message ?? ui.message);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Stack gap="xs">
      <Text size="sm">
        Each incident shows a clock for its internal report to the departmental security officer (DSO), counted from the moment of awareness and met by the incident’s
        “Reported” time. The ICO’s 72 hours are set in law and cannot be changed.
      </Text>
      {status === 'error' && loadError && (
        <Alert color="red" variant="light" py={6}>
          {loadError.message}
        </Alert>
      )}
      <Group gap="xs" align="flex-start">
        <NumberInput
          label="Internal report deadline (hours)"
          description={`Default ${DEFAULT_INTERNAL_REPORT_HOURS}`}
          size="xs"
          w={220}
          min={1}
          max={720}
          allowDecimal={false}
          allowNegative={false}
          value={hours}
          onChange={setHours}
          error={error}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          onKeyDown={(e) => {
            if (e.key === 'Enter') void save();
          }}
        />
        <Button mt={20} onClick={() => void save()} loading={isSaving} disabled={settings !== null && hours === settings.internalReportHours}>
          Save deadline
        </Button>
      </Group>
    </Stack>
  );
}
