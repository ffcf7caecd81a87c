import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Modal, SegmentedControl, SimpleGrid, Stack, Text, Textarea, TextInput, Input } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { formatDuration, regulatorDueAt } from '../../../../shared/domain/clocks';
import { REGULATOR_REPORT_TYPE_LABELS } from '../../../../shared/domain/vocabulary';
import { formatUkDateTime, formatUkNumeric } from '../../../../shared/time/ukTime';
import type { IncidentRecord, RegulatorReportRequest } from '../../lib/contractTypes';
import { toUiError } from '../../lib/errors';
import { applyFieldIssues } from '../../lib/formErrors';
import { optionsFrom } from '../../lib/options';
import { UK_DATE_TIME_PLACEHOLDER } from '../../lib/ukDateText';
import { useInvestigationStore } from '../../stores/useInvestigationStore';
import { regulatorLateness, regulatorReportFormSchema, type RegulatorReportFormValues } from './notificationForms';

const TYPE_OPTIONS = optionsFrom(REGULATOR_REPORT_TYPE_LABELS);
const FIELDS = ['reportType', 'submittedAt', 'icoReference', 'delayReason', 'notes'] as const;

/** "Record report to the ICO": initial or follow-up, when, the case reference, and — if late — why. */
export function RegulatorReportDialog({ incident, hasInitial, onClose }: { incident: IncidentRecord; hasInitial: boolean; onClose: () => void }) {
  const recordRegulator = useInvestigationStore((s) => s.recordRegulator);
  const [problem, setProblem] = useState<string | null>(null);
  const schema = useMemo(() => regulatorReportFormSchema(incident.discoveredAt, Date.now()), [incident.discoveredAt]);
  const form = useForm<RegulatorReportFormValues, unknown, RegulatorReportRequest>({
    resolver: zodResolver(schema),
    defaultValues: {
      reportType: hasInitial ? 'follow_up' : 'initial',
      submittedAt: formatUkNumeric(Date.now()),
      icoReference: incident.icoReference,
      delayReason: '',
      notes: '',
    },
  });
  const { errors, isSubmitting } = form.formState;
  const [reportType, submittedAt] = useWatch({ control: form.control, name: ['reportType', 'submittedAt'] });
  const lateBy = reportType === 'initial' ? regulatorLateness(incident.discoveredAt, submittedAt) : null;
  const dueAt = regulatorDueAt(incident.discoveredAt);

  const onSubmit = form.handleSubmit(
    async (request) => {
      setProblem(null);
      try {
        await recordRegulator(request);
        notifications.show({
          color: 'green',
          message: `Recorded the ${REGULATOR_REPORT_TYPE_LABELS[request.reportType].toLowerCase()} to the ICO on ${incident.reference}.`,
        });
        onClose();
      } catch (e) {
        const error = toUiError(e);
        if (error.code === 'CONFLICT') {
          onClose();
          return;
        }
        const unplaced = applyFieldIssues(error.issues ?? [], form.setError, (path) => {
          const field = path.split('.')[0] ?? '';
          return (FIELDS as readonly string[]).includes(field) ? (field as (typeof FIELDS)[number]) : null;
        });
        if (!error.issues || unplaced.length > 0) setProblem(error.message);
      }
    },
    () => setProblem('Correct the highlighted fields, then save again.'),
  );

  return (
    <Modal opened onClose={onClose} title={`Record report to the ICO: ${incident.reference}`}>
      <form onSubmit={onSubmit} noValidate aria-label="Record report to the ICO">
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            Aware {formatUkDateTime(incident.discoveredAt)}; the 72 hours ended {formatUkDateTime(dueAt)}. Record each report as
            it is made: information may be given in phases (Art. 33(4)).
          </Text>
          <SimpleGrid cols={2} spacing="sm">
            <Input.Wrapper label="Report type" inputWrapperOrder={['label', 'input', 'description', 'error']}>
              <Controller
                control={form.control}
                name="reportType"
                render={({ field }) => (
                  <SegmentedControl
                    aria-label="Report type"
                    size="xs"
                    fullWidth
                    mt={2}
                    data={TYPE_OPTIONS}
                    value={field.value}
                    onChange={(v) => field.onChange(v)}
                  />
                )}
              />
            </Input.Wrapper>
            <TextInput
              label="Submitted"
              required
              description="When the report was sent to the ICO"
              placeholder={UK_DATE_TIME_PLACEHOLDER}
              error={errors.submittedAt?.message}
              data-autofocus
              {...form.register('submittedAt')}
            />
          </SimpleGrid>
          <TextInput
            label="ICO case reference"
            required={reportType === 'follow_up'}
            description={reportType === 'initial' ? 'If the ICO has given one yet' : undefined}
            error={errors.icoReference?.message}
            {...form.register('icoReference')}
          />
          {lateBy !== null && (
            <>
              <Alert color="orange" variant="light" py={6} data-testid="late-report-warning">
                <Text size="sm">
                  This report is {formatDuration(lateBy)} after the 72 hours. UK GDPR Art. 33(1) requires the notification to
                  give the reasons for the delay.
                </Text>
              </Alert>
              <Textarea
                label="Reason for the delay (Art. 33(1))"
                required
                minRows={2}
                error={errors.delayReason?.message}
                {...form.register('delayReason')}
              />
            </>
          )}
          <Textarea label="Notes" description="e.g. what the report covered, who at the ICO was spoken to" minRows={2} {...form.register('notes')} />
          {problem && (
            <Alert color="red" variant="light" data-testid="report-problem">
              {problem}
            </Alert>
          )}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={isSubmitting}>
              Record report
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
