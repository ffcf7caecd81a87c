import { Button, Checkbox, Radio, ScrollArea, Stack } from '@mantine/core';
import { useController, type Control } from 'react-hook-form';
import { NOTIFICATION_STATUS_LABELS, PARTY_ROLE_LABELS } from '../../../../shared/domain/vocabulary';
import type { MarkNotifiedRequest } from '../../lib/contractTypes';
import { useIncidentStore } from '../../stores/useIncidentStore';
import type { MarkFormValues } from './notificationForms';

type Props = { control: Control<MarkFormValues, unknown, MarkNotifiedRequest>; subjects: number; showParties: boolean };

/** Who was told: every data subject linked, or the parties ticked from the incident's list. */
export function PartiesToldFields({ control, subjects, showParties }: Props) {
  const who = useController({ control, name: 'who' }).field;
  return (
    <>
      <Radio.Group label="Who was told" value={who.value} onChange={who.onChange}>
        <Stack gap={6} mt={4}>
          <Radio size="xs" value="all_subjects" label={`Everyone linked as a data subject (${subjects.toLocaleString('en-GB')})`} disabled={subjects === 0} />
          <Radio size="xs" value="selected" label="Only the parties I tick" />
        </Stack>
      </Radio.Group>
      {showParties && <PartyChecklist control={control} />}
    </>
  );
}

function PartyChecklist({ control }: { control: Props['control'] }) {
  const parties = useIncidentStore((s) => s.parties);
  const loadParties = useIncidentStore((s) => s.loadParties);
  const { field, fieldState } = useController({ control, name: 'partyIds' });
  return (
    <Checkbox.Group value={field.value} onChange={field.onChange} error={fieldState.error?.message} aria-label="Parties told">
      <ScrollArea.Autosize mah={240} type="auto">
        <Stack gap={4} py={4}>
          {parties.items.map(({ party, involvement }) => (
            <Checkbox
              key={party.id}
              size="xs"
              value={party.id}
              label={party.name}
              description={`${involvement.roles.map((r) => PARTY_ROLE_LABELS[r]).join(', ')} · ${NOTIFICATION_STATUS_LABELS[involvement.notificationStatus]}`}
            />
          ))}
        </Stack>
      </ScrollArea.Autosize>
      {parties.nextCursor && (
        <Button variant="subtle" size="compact-xs" onClick={() => void loadParties(true)}>
          Show more parties
        </Button>
      )}
    </Checkbox.Group>
  );
}
