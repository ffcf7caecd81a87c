import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Divider, Group, Modal, SegmentedControl, Stack } from '@mantine/core';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { toUiError } from '../../lib/errors';
import { applyFieldIssues } from '../../lib/formErrors';
import type { LinkRequest } from '../../lib/contractTypes';
import { useIncidentStore } from '../../stores/useIncidentStore';
import { PartyFields } from '../parties/PartyFields';
import { InvolvementFields } from './InvolvementFields';
import { LinkFormSchema, newLinkForm, toLinkFormPath, type LinkFormValues } from './linkForm';
import { PartyPicker } from './PartyPicker';

/** Links a party to the open incident: one already on record, or a new one created in the same step. */
export function AddPartyDialog({ onClose }: { onClose: () => void }) {
  const link = useIncidentStore((s) => s.link);
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm<LinkFormValues, unknown, LinkRequest>({ resolver: zodResolver(LinkFormSchema), defaultValues: newLinkForm() });
  const mode = useWatch({ control: form.control, name: 'mode' });
  const partyId = useWatch({ control: form.control, name: 'partyId' });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (request) => {
    setProblem(null);
    try {
      // The new row in the parties table is the confirmation.
      await link(request);
      onClose();
    } catch (e) {
      const error = toUiError(e);
      const unplaced = applyFieldIssues(error.issues ?? [], form.setError, toLinkFormPath);
      if (!error.issues || unplaced.length > 0) setProblem(error.message);
    }
  });

  return (
    <Modal opened onClose={onClose} title="Add a party to this incident">
      <form onSubmit={onSubmit} noValidate aria-label="Add party">
        <Stack gap="sm">
          <SegmentedControl
            size="xs"
            value={mode}
            onChange={(v) => form.setValue('mode', v as LinkFormValues['mode'])}
            data={[
              { value: 'existing', label: 'Find an existing party' },
              { value: 'new', label: 'New party' },
            ]}
          />
          {mode === 'existing' ? (
            <PartyPicker
              selectedId={partyId}
              onSelect={(party) => form.setValue('partyId', party.id, { shouldValidate: form.formState.isSubmitted })}
              error={errors.partyId?.message}
            />
          ) : (
            <PartyFields
              field={(name) => form.register(`party.${name}`)}
              errors={{
                type: errors.party?.type?.message,
                name: errors.party?.name?.message,
                email: errors.party?.email?.message,
                phone: errors.party?.phone?.message,
                organisation: errors.party?.organisation?.message,
                notes: errors.party?.notes?.message,
              }}
            />
          )}
          <Divider label="Involvement in this incident" labelPosition="left" />
          <InvolvementFields form={form} />
          {problem && (
            <Alert color="red" variant="light">
              {problem}
            </Alert>
          )}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={isSubmitting}>
              Add party
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
