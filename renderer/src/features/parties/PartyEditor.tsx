import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Fieldset, Group, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useForm } from 'react-hook-form';
import { NewPartySchema, type Party } from '../../../../shared/contract/parties';
import type { z } from '../../../../shared/zodConfig';
import { ProblemAlert } from '../../components/form/ProblemAlert';
import { useFormProblem } from '../../components/form/useFormProblem';
import { toUiError } from '../../lib/errors';
import type { PartyPatch } from '../../lib/contractTypes';
import { topLevelField } from '../../lib/formErrors';
import { usePartiesStore } from '../../stores/usePartiesStore';
import { PartyFields, type PartyField } from './PartyFields';

type PartyForm = z.input<typeof NewPartySchema>;
type CheckedParty = z.output<typeof NewPartySchema>;
const FIELDS: readonly PartyField[] = ['type', 'name', 'email', 'phone', 'organisation', 'notes'];
const toField = topLevelField(FIELDS);
/** The core names a party's fields inside its patch. */
const toPartyField = (path: string) => toField(path.replace(/^patch\./, ''));

/** Edits a party's own details against the version on screen; only changed fields are sent. */
export function PartyEditor({ party, onDone }: { party: Party; onDone: () => void }) {
  const updateParty = usePartiesStore((s) => s.updateParty);
  const form = useForm<PartyForm, unknown, CheckedParty>({
    resolver: zodResolver(NewPartySchema),
    defaultValues: { type: party.type, name: party.name, email: party.email, phone: party.phone, organisation: party.organisation, notes: party.notes },
  });
  const { errors } = form.formState;
  const { problem, setProblem, show } = useFormProblem(form.setError, toPartyField);

  const onSubmit = form.handleSubmit(async (edited) => {
    setProblem(null);
    const patch: PartyPatch = {};
    for (const field of FIELDS) if (edited[field] !== party[field]) Object.assign(patch, { [field]: edited[field] });
    if (Object.keys(patch).length === 0) return onDone();
    try {
      await updateParty(patch);
      notifications.show({ color: 'green', message: `Saved ${edited.name}.` });
      onDone();
    } catch (e) {
      const error = toUiError(e);
      if (error.code === 'CONFLICT') return;
      show(error);
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Edit party">
      <Fieldset legend="Details" variant="filled" p="sm">
        <Stack gap="sm">
          <PartyFields field={(name) => form.register(name)} errors={Object.fromEntries(FIELDS.map((f) => [f, errors[f]?.message]))} />
          <ProblemAlert problem={problem} />
          <Group gap="xs">
            <Button type="submit" loading={form.formState.isSubmitting}>
              Save party
            </Button>
            <Button variant="default" onClick={onDone}>
              Cancel
            </Button>
          </Group>
        </Stack>
      </Fieldset>
    </form>
  );
}
