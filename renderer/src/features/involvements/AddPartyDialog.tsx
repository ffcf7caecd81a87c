import { zodResolver } from '@hookform/resolvers/zod';
import { Divider, SegmentedControl } from '@mantine/core';
import { useForm, useWatch } from 'react-hook-form';
import { FormDialog } from '../../components/form/FormDialog';
import { useFormProblem } from '../../components/form/useFormProblem';
import { toUiError } from '../../lib/errors';
import type { LinkRequest } from '../../lib/contractTypes';
import { useIncidentStore } from '../../stores/useIncidentStore';
import { PartyFields } from '../parties/PartyFields';
import { InvolvementFields } from './InvolvementFields';
import { LinkFormSchema, newLinkForm, toLinkFormPath, type LinkFormValues } from './linkForm';
import { PartyPicker } from './PartyPicker';

/** Links a party to the open incident: one already on record, or a new one created in the same step. */
export function AddPartyDialog({ onClose }: { onClose: () => void }) {
  const link = useIncidentStore((s) => s.link);
  const form = useForm<LinkFormValues, unknown, LinkRequest>({ resolver: zodResolver(LinkFormSchema), defaultValues: newLinkForm() });
  const { problem, setProblem, show } = useFormProblem(form.setError, toLinkFormPath);
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
      show(toUiError(e));
    }
  });

  return (
    <FormDialog
      title="Add a party to this incident"
      label="Add party"
      onSubmit={onSubmit}
      onClose={onClose}
      problem={problem}
      submitLabel="Add party"
      isSubmitting={isSubmitting}
    >
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
      <InvolvementFields control={form.control} />
    </FormDialog>
  );
}
