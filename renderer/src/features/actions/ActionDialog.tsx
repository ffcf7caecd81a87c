import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Modal, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { Action } from '../../../../shared/contract/actions';
import { ACTION_KIND_LABELS, ACTION_STATUS_LABELS } from '../../../../shared/domain/vocabulary';
import type { NewActionRequest } from '../../lib/contractTypes';
import { toUiError } from '../../lib/errors';
import { applyFieldIssues } from '../../lib/formErrors';
import { optionsFrom } from '../../lib/options';
import { useInvestigationStore } from '../../stores/useInvestigationStore';
import { actionPatch, ActionFormSchema, actionToForm, newActionForm, toActionFormPath, type ActionFormValues } from './actionForm';

const KIND_OPTIONS = optionsFrom(ACTION_KIND_LABELS);
const STATUS_OPTIONS = optionsFrom(ACTION_STATUS_LABELS);

/** Adds an action, or edits one against the version on screen. */
export function ActionDialog({ action, onClose }: { action: Action | null; onClose: () => void }) {
  const addAction = useInvestigationStore((s) => s.addAction);
  const updateAction = useInvestigationStore((s) => s.updateAction);
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm<ActionFormValues, unknown, NewActionRequest>({
    resolver: zodResolver(ActionFormSchema),
    defaultValues: action ? actionToForm(action) : newActionForm(),
  });
  const { errors, isSubmitting } = form.formState;

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
      const unplaced = applyFieldIssues(error.issues ?? [], form.setError, toActionFormPath);
      if (!error.issues || unplaced.length > 0) setProblem(error.message);
    }
  });

  return (
    <Modal opened onClose={onClose} title={action ? 'Edit action' : 'Add an action'}>
      <form onSubmit={onSubmit} noValidate aria-label={action ? 'Edit action' : 'Add action'}>
        <Stack gap="sm">
          <SimpleGrid cols={2} spacing="sm">
            <Controller
              control={form.control}
              name="kind"
              render={({ field }) => (
                <Select
                  label="Kind"
                  required
                  description="Containment stops the harm; recovery restores; preventive stops it happening again"
                  data={KIND_OPTIONS}
                  value={field.value}
                  onChange={field.onChange}
                  error={errors.kind?.message}
                  ref={field.ref}
                />
              )}
            />
            <Controller
              control={form.control}
              name="status"
              render={({ field }) => (
                <Select
                  label="Status"
                  data={STATUS_OPTIONS}
                  value={field.value}
                  onChange={(v) => v && field.onChange(v)}
                  error={errors.status?.message}
                  ref={field.ref}
                />
              )}
            />
          </SimpleGrid>
          <Textarea label="What is to be done" required data-autofocus minRows={2} error={errors.description?.message} {...form.register('description')} />
          <SimpleGrid cols={2} spacing="sm">
            <TextInput label="Owner" description="Who will do it" error={errors.owner?.message} {...form.register('owner')} />
            <TextInput
              label="Due"
              description="DD/MM/YYYY (end of that day), or with a time"
              placeholder="DD/MM/YYYY"
              error={errors.dueAt?.message}
              {...form.register('dueAt')}
            />
          </SimpleGrid>
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
              {action ? 'Save action' : 'Add action'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
