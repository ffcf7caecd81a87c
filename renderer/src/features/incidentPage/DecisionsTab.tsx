import { zodResolver } from '@hookform/resolvers/zod';
import { Fieldset, SimpleGrid, Stack, Text } from '@mantine/core';
import { AcceptRecommendation } from './AcceptRecommendation';
import { notifications } from '@mantine/notifications';
import { useForm, useWatch } from 'react-hook-form';
import { isLateRegulatorNotification } from '../../../../shared/domain/clocks';
import { SUBJECT_EXEMPTION_LABELS, type SubjectExemption } from '../../../../shared/domain/vocabulary';
import { formatUkDateTime } from '../../../../shared/time/ukTime';
import { DraftRestored } from '../../components/form/DraftRestored';
import { draftWhat } from '../../components/form/draftText';
import { RecordForm } from '../../components/form/RecordForm';
import { SelectField } from '../../components/form/SelectField';
import { TextareaField } from '../../components/form/TextareaField';
import { TextField } from '../../components/form/TextField';
import { useFormDraft } from '../../components/form/useFormDraft';
import { useFormProblem } from '../../components/form/useFormProblem';
import type { IncidentRecord } from '../../lib/contractTypes';
import { useMayCall } from '../../lib/access';
import { useFieldFocusRequests } from '../../lib/fieldFocus';
import { toUiError } from '../../lib/errors';
import { optionsFrom } from '../../lib/options';
import { useIncidentStore } from '../../stores/useIncidentStore';
import { selectLatestAssessment, useInvestigationStore } from '../../stores/useInvestigationStore';
import { DecisionFieldset } from './DecisionFieldset';
import {
  decisionsPatch,
  DecisionsFormSchema,
  decisionsToForm,
  toBool,
  toDecisionsFormPath,
  type DecisionEdits,
  type DecisionField,
  type DecisionsFormValues,
} from './decisionsForm';
import { IcoNotifiedLine } from './IcoNotifiedLine';
import { RecommendationNote } from './RecommendationNote';

const REGULATOR_OPTIONS = [
  { value: '', label: 'Not decided yet' },
  { value: 'yes', label: 'Notify the ICO' },
  { value: 'no', label: 'Do not notify the ICO' },
];
const SUBJECTS_OPTIONS = [
  { value: '', label: 'Not decided yet' },
  { value: 'yes', label: 'Tell the people affected' },
  { value: 'no', label: 'Do not tell them' },
];
const EXEMPTION_OPTIONS = optionsFrom(SUBJECT_EXEMPTION_LABELS);
const CORRECT_FIELDS = 'Correct the highlighted fields, then save again.';

/** The decisions a confirmed breach needs before it may close (docs/domain.md#closing-a-confirmed-breach), saved as one edit. */
export function DecisionsTab({ incident }: { incident: IncidentRecord }) {
  const latest = useInvestigationStore(selectLatestAssessment);
  return (
    <Stack gap="md">
      <AcceptRecommendation incident={incident} latest={latest} />
      {/* Keyed by version so a reload after a conflict starts the form from what is saved. */}
      <DecisionsForm key={incident.version} incident={incident} />
    </Stack>
  );
}

const decidedBy = (at: number | null, by: string) => (by && at !== null ? `Decided ${formatUkDateTime(at)} by ${by}` : undefined);
/** A choice against the recommendation must say why. */
const isAgainst = (chosen: '' | 'yes' | 'no', recommends: boolean | undefined) => recommends !== undefined && toBool(chosen) !== null && toBool(chosen) !== recommends;

function DecisionsForm({ incident }: { incident: IncidentRecord }) {
  const update = useIncidentStore((s) => s.update);
  const latest = useInvestigationStore(selectLatestAssessment);
  const form = useForm<DecisionsFormValues, unknown, DecisionEdits>({
    resolver: zodResolver(DecisionsFormSchema),
    defaultValues: decisionsToForm(incident),
  });
  const { problem, setProblem, show } = useFormProblem(form.setError, toDecisionsFormPath, CORRECT_FIELDS);
  useFieldFocusRequests(Object.keys(DecisionsFormSchema.in.shape) as DecisionField[], form.setFocus);
  const { control } = form;
  const { isSubmitting, isDirty } = form.formState;
  const [regulatorNotify, subjectsNotify] = useWatch({ control, name: ['regulatorNotify', 'subjectsNotify'] });
  const isClosed = incident.status === 'closed';
  const mayEdit = useMayCall('incidents:update');
  const isReadOnly = isClosed || !mayEdit;
  const draft = useFormDraft(form, isReadOnly ? null : { kind: 'decisions', incidentId: incident.id }, draftWhat('decisions', incident.reference));
  const recommendation = latest?.recommendation ?? null;
  const notifiedAt = incident.regulatorNotifiedAt;
  const isLate = notifiedAt !== null && isLateRegulatorNotification(incident.discoveredAt, notifiedAt);
  const suggestedExemption: SubjectExemption | null = recommendation
    ? (recommendation.suggestedExemption ?? (recommendation.notifySubjects ? null : 'not_high_risk'))
    : null;

  const onSubmit = form.handleSubmit(
    async (decisions) => {
      setProblem(null);
      const patch = decisionsPatch(incident, decisions);
      if (Object.keys(patch).length === 0) {
        draft.discard();
        return;
      }
      try {
        await draft.submit(() => update(patch));
        notifications.show({ color: 'green', message: `Saved the decisions on ${incident.reference}.` });
      } catch (e) {
        const error = toUiError(e);
        if (error.code === 'CONFLICT') return;
        show(error);
      }
    },
    () => setProblem(CORRECT_FIELDS),
  );

  // Adds the recommendation's words to what the officer has written, never over it.
  const adoptReason = (field: 'regulatorRationale' | 'subjectsRationale', reason: string) => () => {
    const typed = form.getValues(field).trim();
    if (typed.includes(reason)) return;
    form.setValue(field, typed ? `${typed}\n\n${reason}` : reason, { shouldDirty: true, shouldValidate: false });
  };

  return (
    <RecordForm
      label="Decisions"
      onSubmit={onSubmit}
      isClosed={isClosed}
      isReadOnly={isReadOnly}
      closedText="This incident is closed, so its decisions are read-only. Re-open it to change them."
      readOnlyWhat="the decisions"
      problem={problem}
      submitLabel="Save decisions"
      isSubmitting={isSubmitting}
      isDirty={isDirty}
    >
      <DraftRestored at={draft.restoredAt} onDiscard={draft.discard} />
      <DecisionFieldset
        control={control}
        legend="Regulator (UK GDPR Art. 33)"
        fields={{ notify: 'regulatorNotify', decidedAt: 'regulatorDecidedAt', rationale: 'regulatorRationale' }}
        notifyLabel="Notify the ICO?"
        options={REGULATOR_OPTIONS}
        decidedBy={decidedBy(incident.regulatorDecidedAt, incident.regulatorDecidedBy)}
        isRationaleRequired={isAgainst(regulatorNotify, recommendation?.notifyRegulator)}
        afterRationale={
          <>
            {regulatorNotify === 'yes' && (
              <SimpleGrid cols={2} spacing="sm">
                <IcoNotifiedLine incident={incident} />
                <TextField control={control} name="icoReference" label="ICO case reference" description="The ICO may give it after the first report" />
              </SimpleGrid>
            )}
            {isLate && (
              <TextareaField
                control={control}
                name="regulatorDelayReason"
                label="Reason for the delay (Art. 33(1))"
                description="The ICO was told more than 72 hours after awareness; the notification must give the reasons"
                required
                minRows={2}
              />
            )}
          </>
        }
        recommendation={
          <RecommendationNote
            testId="regulator-recommendation"
            latest={latest}
            recommends={recommendation?.notifyRegulator ?? null}
            yesLabel="Notify the ICO"
            noLabel="No need to notify the ICO"
            reason={recommendation?.regulatorReason ?? ''}
            decided={toBool(regulatorNotify)}
            onUseReason={isReadOnly || !recommendation ? undefined : adoptReason('regulatorRationale', recommendation.regulatorReason)}
          />
        }
      />

      <DecisionFieldset
        control={control}
        legend="People affected (UK GDPR Art. 34)"
        fields={{ notify: 'subjectsNotify', decidedAt: 'subjectsDecidedAt', rationale: 'subjectsRationale' }}
        notifyLabel="Tell the people affected?"
        options={SUBJECTS_OPTIONS}
        decidedBy={decidedBy(incident.subjectsDecidedAt, incident.subjectsDecidedBy)}
        isRationaleRequired={isAgainst(subjectsNotify, recommendation?.notifySubjects)}
        beforeRationale={
          subjectsNotify === 'no' && (
            <SelectField
              control={control}
              name="subjectsExemption"
              label="Ground for not telling them"
              description={suggestedExemption ? `Suggested: ${SUBJECT_EXEMPTION_LABELS[suggestedExemption]}` : undefined}
              data={EXEMPTION_OPTIONS}
            />
          )
        }
        afterRationale={
          subjectsNotify === 'yes' && (
            <Text size="xs" c="dimmed">
              Record who was told, how and when with “Mark people as told” on the Notifications tab.
            </Text>
          )
        }
        recommendation={
          <RecommendationNote
            testId="subjects-recommendation"
            latest={latest}
            recommends={recommendation?.notifySubjects ?? null}
            yesLabel="Tell them without undue delay"
            noLabel="No need to tell them"
            reason={recommendation?.subjectsReason ?? ''}
            decided={toBool(subjectsNotify)}
            onUseReason={isReadOnly || !recommendation ? undefined : adoptReason('subjectsRationale', recommendation.subjectsReason)}
          />
        }
      />

      <Fieldset legend="Telling the people affected" variant="filled" p="sm">
        <TextareaField
          control={control}
          name="publicAccount"
          label="Public account for the people affected"
          description="What happened, what it may mean for them, what you have done and what they can do, and who to contact (Art. 34(2)). Letters carry this and each person's own details only, never the record's internal notes: write it for them, naming nobody else."
          minRows={5}
          maxLength={5000}
          data-testid="public-account"
        />
      </Fieldset>

      <Fieldset legend="Cause and lessons" variant="filled" p="sm">
        <Stack gap="xs">
          <TextareaField control={control} name="rootCause" label="Root cause" minRows={3} />
          <TextareaField control={control} name="lessons" label="Lessons learned and preventive actions" minRows={3} />
        </Stack>
      </Fieldset>
    </RecordForm>
  );
}
