import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, List, Text } from '@mantine/core';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { INCIDENT_STATUS_LABELS, OUTCOME_LABELS, type IncidentStatus, type Outcome } from '../../../../shared/domain/vocabulary';
import { isOutcomeRequired, isReasonRequired, missingForBreachClosure, moveLabel } from '../../../../shared/domain/workflow';
import { OutcomeSchema } from '../../../../shared/contract/incidents';
import { z } from '../../../../shared/zodConfig';
import { FormDialog } from '../../components/form/FormDialog';
import { SelectField } from '../../components/form/SelectField';
import { TextareaField } from '../../components/form/TextareaField';
import { TextField } from '../../components/form/TextField';
import { toUiError, type UiError } from '../../lib/errors';
import { applyFieldIssues } from '../../lib/formErrors';
import { optionsFrom } from '../../lib/options';
import type { IncidentRecord } from '../../lib/contractTypes';
import { useIncidentStore } from '../../stores/useIncidentStore';

const OUTCOME_OPTIONS = optionsFrom(OUTCOME_LABELS);

type MoveForm = { reason: string; outcome: Outcome | null; duplicateOf: string };

function moveSchema(needsReason: boolean, needsOutcome: boolean) {
  return z.object({ reason: z.string().trim(), outcome: OutcomeSchema.nullable(), duplicateOf: z.string().trim() }).superRefine((v, ctx) => {
    if (needsReason && !v.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'Give the reason for this move' });
    if (needsOutcome && v.outcome === null) ctx.addIssue({ code: 'custom', path: ['outcome'], message: 'Choose how the incident ended' });
    if (v.outcome === 'duplicate' && !v.duplicateOf) {
      ctx.addIssue({ code: 'custom', path: ['duplicateOf'], message: 'Enter the reference of the incident this duplicates' });
    }
  });
}

/** Asks for what a move needs: a reason (closing, re-opening, moving back) and, to close, an outcome. */
export function TransitionDialog({ incident, to, onClose }: { incident: IncidentRecord; to: IncidentStatus; onClose: () => void }) {
  const transition = useIncidentStore((s) => s.transition);
  const needsReason = isReasonRequired(incident.status, to);
  const needsOutcome = isOutcomeRequired(to);
  const [refusal, setRefusal] = useState<UiError | null>(null);
  const form = useForm<MoveForm>({
    resolver: zodResolver(moveSchema(needsReason, needsOutcome)),
    defaultValues: { reason: '', outcome: null, duplicateOf: '' },
  });
  const { control } = form;
  const outcome = useWatch({ control, name: 'outcome' });
  const label = moveLabel(incident.status, to);

  const onSubmit = form.handleSubmit(async (v) => {
    setRefusal(null);
    try {
      await transition({
        to,
        reason: v.reason,
        outcome: needsOutcome ? v.outcome : null,
        duplicateOf: v.outcome === 'duplicate' ? v.duplicateOf : null,
      });
      onClose();
    } catch (e) {
      const error = toUiError(e);
      if (error.code === 'CONFLICT') {
        onClose();
        return;
      }
      const unplaced = applyFieldIssues(error.issues ?? [], form.setError, (path) => (path === 'reason' || path === 'outcome' || path === 'duplicateOf' ? path : null));
      if (!error.issues || unplaced.length > 0) setRefusal(error);
    }
  });

  return (
    <FormDialog
      title={`${label}: ${incident.reference}`}
      label={label}
      size="md"
      onSubmit={onSubmit}
      onClose={onClose}
      problem={null}
      submitLabel={label}
      isSubmitting={form.formState.isSubmitting}
    >
      <Text size="sm" c="dimmed">
        From {INCIDENT_STATUS_LABELS[incident.status]} to {INCIDENT_STATUS_LABELS[to]}. The move, its reason and your name go into the incident’s history.
      </Text>
      {needsOutcome && <SelectField control={control} name="outcome" label="Outcome" required data={OUTCOME_OPTIONS} />}
      {outcome === 'duplicate' && (
        <TextField control={control} name="duplicateOf" label="Duplicate of" description="The reference of the incident this one repeats, e.g. INC-2026-0042" required />
      )}
      {outcome === 'breach' && !refusal && <BreachChecklist missing={missingForBreachClosure(incident)} />}
      <TextareaField control={control} name="reason" label="Reason" required={needsReason} autoFocus minRows={3} />
      {refusal && <RefusalAlert error={refusal} missing={missingForBreachClosure(incident)} />}
    </FormDialog>
  );
}

/** Says before the officer tries what a confirmed breach still needs, rather than after a refusal. */
function BreachChecklist({ missing }: { missing: string[] }) {
  if (missing.length === 0) return null;
  return (
    <Alert color="yellow" variant="light" title="Record these before closing as a breach (Assessment, ICO report and Decisions tabs)">
      <List size="sm">
        {missing.map((m) => (
          <List.Item key={m}>{m}</List.Item>
        ))}
      </List>
    </Alert>
  );
}

/**
 * A refused move. The core lists what a confirmed breach still lacks as sentences; the same shared rule
 * gives them here one per line, so the refusal reads as a checklist.
 */
function RefusalAlert({ error, missing }: { error: UiError; missing: string[] }) {
  const [head = error.message] = error.message.split(/\s*Still missing:/);
  const isMissingList = head !== error.message && missing.length > 0;
  return (
    <Alert color="red" variant="light" title="Not moved" data-testid="transition-refused">
      <Text size="sm">{isMissingList ? `${head} Record these first, on the Assessment, ICO report and Decisions tabs:` : error.message}</Text>
      {isMissingList && (
        <List size="sm" mt={4}>
          {missing.map((m) => (
            <List.Item key={m}>{m}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
