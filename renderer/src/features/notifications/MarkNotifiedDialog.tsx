import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Checkbox, Group, Modal, Radio, ScrollArea, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { NOTIFICATION_METHOD_LABELS, NOTIFICATION_STATUS_LABELS, PARTY_ROLE_LABELS } from '../../../../shared/domain/vocabulary';
import { formatUkNumeric } from '../../../../shared/time/ukTime';
import type { IncidentRecord, MarkNotifiedRequest } from '../../lib/contractTypes';
import { toUiError } from '../../lib/errors';
import { applyFieldIssues } from '../../lib/formErrors';
import { optionsFrom } from '../../lib/options';
import { UK_DATE_TIME_PLACEHOLDER } from '../../lib/ukDateText';
import { useIncidentStore } from '../../stores/useIncidentStore';
import { useInvestigationStore } from '../../stores/useInvestigationStore';
import { markFormSchema, type MarkFormValues } from './notificationForms';

const METHOD_OPTIONS = optionsFrom(NOTIFICATION_METHOD_LABELS);
const FIELDS = ['who', 'partyIds', 'method', 'notifiedAt'] as const;

/** Marks many linked parties as told in one step, as when one letter goes to every person affected. */
export function MarkNotifiedDialog({ incident, onClose }: { incident: IncidentRecord; onClose: () => void }) {
  const markNotified = useInvestigationStore((s) => s.markNotified);
  const parties = useIncidentStore((s) => s.parties);
  const loadParties = useIncidentStore((s) => s.loadParties);
  const [problem, setProblem] = useState<string | null>(null);
  const schema = useMemo(() => markFormSchema(Date.now()), []);
  const form = useForm<MarkFormValues, unknown, MarkNotifiedRequest>({
    resolver: zodResolver(schema),
    defaultValues: { who: 'all_subjects', partyIds: [], method: null, notifiedAt: formatUkNumeric(Date.now()) },
  });
  const { errors, isSubmitting } = form.formState;
  const who = useWatch({ control: form.control, name: 'who' });
  const subjects = incident.affectedCount;

  const onSubmit = form.handleSubmit(async (request) => {
    setProblem(null);
    try {
      const updated = await markNotified(request);
      notifications.show({ color: 'green', message: `Marked ${updated.toLocaleString('en-GB')} ${updated === 1 ? 'party' : 'parties'} as told.` });
      onClose();
    } catch (e) {
      const error = toUiError(e);
      const unplaced = applyFieldIssues(error.issues ?? [], form.setError, (path) => {
        const field = path.split('.')[0] ?? '';
        return (FIELDS as readonly string[]).includes(field) ? (field as (typeof FIELDS)[number]) : null;
      });
      if (!error.issues || unplaced.length > 0) setProblem(error.message);
    }
  });

  return (
    <Modal opened onClose={onClose} title="Mark people as told">
      <form onSubmit={onSubmit} noValidate aria-label="Mark people as told">
        <Stack gap="sm">
          <Controller
            control={form.control}
            name="who"
            render={({ field }) => (
              <Radio.Group label="Who was told" value={field.value} onChange={field.onChange}>
                <Stack gap={6} mt={4}>
                  <Radio
                    size="xs"
                    value="all_subjects"
                    label={`Everyone linked as a data subject (${subjects.toLocaleString('en-GB')})`}
                    disabled={subjects === 0}
                  />
                  <Radio size="xs" value="selected" label="Only the parties I tick" />
                </Stack>
              </Radio.Group>
            )}
          />
          {who === 'selected' && (
            <Controller
              control={form.control}
              name="partyIds"
              render={({ field }) => (
                <Checkbox.Group value={field.value} onChange={field.onChange} error={errors.partyIds?.message} aria-label="Parties told">
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
              )}
            />
          )}
          <SimpleGrid cols={2} spacing="sm">
            <Controller
              control={form.control}
              name="method"
              render={({ field }) => (
                <Select
                  label="How they were told"
                  required
                  data={METHOD_OPTIONS}
                  value={field.value}
                  onChange={field.onChange}
                  error={errors.method?.message}
                  ref={field.ref}
                />
              )}
            />
            <TextInput
              label="Told on"
              required
              placeholder={UK_DATE_TIME_PLACEHOLDER}
              error={errors.notifiedAt?.message}
              {...form.register('notifiedAt')}
            />
          </SimpleGrid>
          <Text size="xs" c="dimmed">
            Each party’s notification is recorded with your name in the incident’s history.
          </Text>
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
              Mark as told
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
