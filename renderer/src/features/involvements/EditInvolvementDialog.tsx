import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { LinkedParty } from '../../../../shared/contract/parties';
import { toUiError } from '../../lib/errors';
import { applyFieldIssues } from '../../lib/formErrors';
import type { LinkRequest } from '../../lib/contractTypes';
import { useIncidentStore } from '../../stores/useIncidentStore';
import { InvolvementFields } from './InvolvementFields';
import { involvementToForm, LinkFormSchema, toLinkFormPath, type LinkFormValues } from './linkForm';

/** Changes a linked party's roles, data categories or notification, against the version on screen. */
export function EditInvolvementDialog({ linked, onClose }: { linked: LinkedParty; onClose: () => void }) {
  const updateInvolvement = useIncidentStore((s) => s.updateInvolvement);
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm<LinkFormValues, unknown, LinkRequest>({
    resolver: zodResolver(LinkFormSchema),
    defaultValues: involvementToForm(linked.party.id, linked.involvement),
  });

  const onSubmit = form.handleSubmit(async ({ involvement }) => {
    setProblem(null);
    try {
      await updateInvolvement(linked.party.id, linked.involvement.version, involvement);
      onClose();
    } catch (e) {
      const error = toUiError(e);
      const unplaced = applyFieldIssues(error.issues ?? [], form.setError, toLinkFormPath);
      if (!error.issues || unplaced.length > 0) setProblem(error.message);
    }
  });

  return (
    <Modal opened onClose={onClose} title={`${linked.party.name} in this incident`}>
      <form onSubmit={onSubmit} noValidate aria-label="Edit involvement">
        <Stack gap="sm">
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
            <Button type="submit" loading={form.formState.isSubmitting}>
              Save
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
