import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import type { LinkedParty } from '../../../../shared/contract/parties';
import { FormDialog } from '../../components/form/FormDialog';
import { useFormProblem } from '../../components/form/useFormProblem';
import { toUiError } from '../../lib/errors';
import type { LinkRequest } from '../../lib/contractTypes';
import { useIncidentStore } from '../../stores/useIncidentStore';
import { InvolvementFields } from './InvolvementFields';
import { involvementToForm, LinkFormSchema, toLinkFormPath, type LinkFormValues } from './linkForm';

/** Changes a linked party's roles, data categories or notification, against the version on screen. */
export function EditInvolvementDialog({ linked, onClose }: { linked: LinkedParty; onClose: () => void }) {
  const updateInvolvement = useIncidentStore((s) => s.updateInvolvement);
  const form = useForm<LinkFormValues, unknown, LinkRequest>({
    resolver: zodResolver(LinkFormSchema),
    defaultValues: involvementToForm(linked.party.id, linked.involvement),
  });
  const { problem, setProblem, show } = useFormProblem(form.setError, toLinkFormPath);

  const onSubmit = form.handleSubmit(async ({ involvement }) => {
    setProblem(null);
    try {
      await updateInvolvement(linked.party.id, linked.involvement.version, involvement);
      onClose();
    } catch (e) {
      show(toUiError(e));
    }
  });

  return (
    <FormDialog
      title={`${linked.party.name} in this incident`}
      label="Edit involvement"
      onSubmit={onSubmit}
      onClose={onClose}
      problem={problem}
      submitLabel="Save"
      isSubmitting={form.formState.isSubmitting}
    >
      <InvolvementFields control={form.control} />
    </FormDialog>
  );
}
