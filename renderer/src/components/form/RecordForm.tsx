import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import type { FormEventHandler, ReactNode } from 'react';
import { ReadOnlyNote } from '../ReadOnlyNote';
import { ProblemAlert } from './ProblemAlert';

type Props = {
  /** The form's accessible name. */
  label: string;
  onSubmit: FormEventHandler<HTMLFormElement>;
  isClosed: boolean;
  /** Closed, or an account that only reads: the form shows what is recorded, with nothing to press. */
  isReadOnly: boolean;
  /** Said when the incident is closed, e.g. "its decisions are read-only". */
  closedText: string;
  /** What an account that only reads may not change, e.g. "the decisions". */
  readOnlyWhat: string;
  problem: string | null;
  submitLabel: string;
  isSubmitting: boolean;
  isDirty: boolean;
  children: ReactNode;
};

/** A form on one of an incident's tabs: edits part of the saved record and saves them with one button. */
export function RecordForm({ label, onSubmit, isClosed, isReadOnly, closedText, readOnlyWhat, problem, submitLabel, isSubmitting, isDirty, children }: Props) {
  return (
    <form onSubmit={onSubmit} noValidate aria-label={label}>
      <fieldset disabled={isReadOnly} style={{ border: 0, padding: 0, margin: 0 }}>
        <Stack gap="sm">
          {isClosed && (
            <Alert color="gray" variant="light" py={6}>
              {closedText}
            </Alert>
          )}
          {!isClosed && isReadOnly && <ReadOnlyNote what={readOnlyWhat} />}
          {children}
          <ProblemAlert problem={problem} />
          {!isReadOnly && (
            <Group gap="xs">
              <Button type="submit" loading={isSubmitting} disabled={!isDirty}>
                {submitLabel}
              </Button>
              {isDirty && (
                <Text size="xs" c="dimmed">
                  Unsaved changes
                </Text>
              )}
            </Group>
          )}
        </Stack>
      </fieldset>
    </form>
  );
}
