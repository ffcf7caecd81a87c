import { zodResolver } from '@hookform/resolvers/zod';
import { SimpleGrid } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useForm } from 'react-hook-form';
import type { Action } from '../../../../shared/contract/actions';
import { ACTION_KIND_LABELS, ACTION_STATUS_LABELS } from '../../../../shared/domain/vocabulary';
import { FormDialog } from '../../components/form/FormDialog';
import { SelectField } from '../../components/form/SelectField';
import { TextareaField } from '../../components/form/TextareaField';
import { TextField } from '../../components/form/TextField';
import { useFormProblem } from '../../components/form/useFormProblem';
import type { NewActionRequest } from '../../lib/contractTypes';
import { toUiError } from '../../lib/errors';
import { optionsFrom } from '../../lib/options';
import { useInvestigationStore } from '../../stores/useInvestigationStore';
import { actionPatch, ActionFormSchema, actionToForm, newActionForm, toActionFormPath, type ActionFormValues } from './actionForm';

const KIND_OPTIONS = optionsFrom(ACTION_KIND_LABELS);
const STATUS_OPTIONS = optionsFrom(ACTION_STATUS_LABELS);

/** Adds an action, or edits one against the version on screen. */
export function ActionDialog({ action, onClose }: { action: Action | null; onClose: () => void }) {
  const addAction = useInvestigationStore((s) => s.addAction);
  const updateAction = useInvestigationStore((s) => s.updateAction);
  const form = useForm<ActionFormValues, unknown, NewActionRequest>({
    resolver: zodResolver(ActionFormSchema),
    defaultValues: action ? actionToForm(action) : newActionForm(),
  });
  const { problem, setProblem, show } = useFormProblem(form.setError, toActionFormPath);
  const { control } = form;

  const onSubmit = form.handleSubmit(async (request) => {
    setProblem(null);
    try {
      if (action) {
        const patch = actionPatch(action, request);
        if (Object.keys(patch).length > 0) await updateAction(action.id, action.version, patch);
      } else {
        await addAction(request);
        notifications.show({ color: 'green', message: 'Action added.' });
      }
      onClose();
    } catch (e) {
      const error = toUiError(e);
      // The tab's banner explains a conflict and offers the reload.
      if (error.code === 'CONFLICT') {
        onClose();
        return;
      }
      show(error);
    }
  });

  return (
    <FormDialog
      title={action ? 'Edit action' : 'Add an action'}
      label={action ? 'Edit action' : 'Add action'}
      onSubmit={onSubmit}
      onClose={onClose}
      problem={problem}
      submitLabel={action ? 'Save action' : 'Add action'}
      isSubmitting={form.formState.isSubmitting}
    >
      <SimpleGrid cols={2} spacing="sm">
        <SelectField
          control={control}
          name="kind"
          label="Kind"
          required
          description="Containment stops the harm; recovery restores; preventive stops it happening again"
          data={KIND_OPTIONS}
        />
        <SelectField control={control} name="status" label="Status" data={STATUS_OPTIONS} allowDeselect={false} />
      </SimpleGrid>
      <TextareaField control={control} name="description" label="What is to be done" required data-autofocus minRows={2} />
      <SimpleGrid cols={2} spacing="sm">
        <TextField control={control} name="owner" label="Owner" description="Who will do it" />
        <TextField control={control} name="dueAt" label="Due" description="DD/MM/YYYY (end of that day), or with a time" placeholder="DD/MM/YYYY" />
      </SimpleGrid>
    </FormDialog>
  );
}
