import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, SimpleGrid, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { formatDuration, regulatorDueAt } from '../../../../shared/domain/clocks';
import { REGULATOR_REPORT_TYPE_LABELS } from '../../../../shared/domain/vocabulary';
import { formatUkDateTime, formatUkNumeric } from '../../../../shared/time/ukTime';
import { FormDialog } from '../../components/form/FormDialog';
import { SegmentedField } from '../../components/form/SegmentedField';
import { TextareaField } from '../../components/form/TextareaField';
import { TextField } from '../../components/form/TextField';
import { useFormProblem } from '../../components/form/useFormProblem';
import type { IncidentRecord, RegulatorReportRequest } from '../../lib/contractTypes';
import { toUiError } from '../../lib/errors';
import { topLevelField } from '../../lib/formErrors';
import { optionsFrom } from '../../lib/options';
import { UK_DATE_TIME_PLACEHOLDER } from '../../lib/ukDateText';
import { useInvestigationStore } from '../../stores/useInvestigationStore';
import { regulatorLateness, regulatorReportFormSchema, type RegulatorReportFormValues } from './notificationForms';

const TYPE_OPTIONS = optionsFrom(REGULATOR_REPORT_TYPE_LABELS);
const toField = topLevelField(['reportType', 'submittedAt', 'icoReference', 'delayReason', 'rationale', 'notes'] as const);

/** "Record report to the ICO": initial or follow-up, when, the case reference, and — if late — why. */
export function RegulatorReportDialog({ incident, hasInitial, onClose }: { incident: IncidentRecord; hasInitial: boolean; onClose: () => void }) {
  const recordRegulator = useInvestigationStore((s) => s.recordRegulator);
  const schema = useMemo(() => regulatorReportFormSchema(incident.discoveredAt, Date.now()), [incident.discoveredAt]);
  const form = useForm<RegulatorReportFormValues, unknown, RegulatorReportRequest>({
    resolver: zodResolver(schema),
    defaultValues: {
      reportType: hasInitial ? 'follow_up' : 'initial',
      submittedAt: formatUkNumeric(Date.now()),
      icoReference: incident.icoReference,
      delayReason: '',
      rationale: '',
      notes: '',
    },
  });
  const { problem, setProblem, show } = useFormProblem(form.setError, toField);
  const { control } = form;
  const [reportType, submittedAt] = useWatch({ control, name: ['reportType', 'submittedAt'] });
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
        show(error);
      }
    },
    () => setProblem('Correct the highlighted fields, then save again.'),
  );

  return (
    <FormDialog
      title={`Record report to the ICO: ${incident.reference}`}
      label="Record report to the ICO"
      onSubmit={onSubmit}
      onClose={onClose}
      problem={problem}
      problemTestId="report-problem"
      submitLabel="Record report"
      isSubmitting={form.formState.isSubmitting}
    >
      <Text size="sm" c="dimmed">
        Aware {formatUkDateTime(incident.discoveredAt)}; the 72 hours ended {formatUkDateTime(dueAt)}. Record each report as it is made: information may be given in
        phases (Art. 33(4)).
      </Text>
      <SimpleGrid cols={2} spacing="sm">
        <SegmentedField control={control} name="reportType" label="Report type" data={TYPE_OPTIONS} />
        <TextField
          control={control}
          name="submittedAt"
          label="Submitted"
          required
          description="When the report was sent to the ICO"
          placeholder={UK_DATE_TIME_PLACEHOLDER}
          data-autofocus
        />
      </SimpleGrid>
      <TextField
        control={control}
        name="icoReference"
        label="ICO case reference"
        required={reportType === 'follow_up'}
        description={reportType === 'initial' ? 'If the ICO has given one yet' : undefined}
      />
      {lateBy !== null && (
        <>
          <Alert color="orange" variant="light" py={6} data-testid="late-report-warning">
            <Text size="sm">
              This report is {formatDuration(lateBy)} after the 72 hours. UK GDPR Art. 33(1) requires the notification to give the reasons for the delay.
            </Text>
          </Alert>
          <TextareaField control={control} name="delayReason" label="Reason for the delay (Art. 33(1))" required minRows={2} />
        </>
      )}
      {reportType === 'initial' && !incident.regulatorRationale.trim() && (
        <TextareaField
          control={control}
          name="rationale"
          label="Rationale for notifying"
          description="Needed when the latest assessment recommends not notifying the ICO"
          minRows={2}
        />
      )}
      <TextareaField control={control} name="notes" label="Notes" description="e.g. what the report covered, who at the ICO was spoken to" minRows={2} />
    </FormDialog>
  );
}
