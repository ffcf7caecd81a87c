import { Modal, Stack, type ModalProps } from '@mantine/core';
import type { FormEventHandler, ReactNode } from 'react';
import { CancelSubmit } from './CancelSubmit';
import { ProblemAlert } from './ProblemAlert';

type Props = {
  title: string;
  /** The form's accessible name. */
  label: string;
  onSubmit: FormEventHandler<HTMLFormElement>;
  onClose: () => void;
  problem: string | null;
  problemTestId?: string;
  submitLabel: string;
  isSubmitting: boolean;
  size?: ModalProps['size'];
  children: ReactNode;
};

/**
 * A form in a modal dialog: the fields, then what stopped the last submit, then Cancel and the submit button.
 * Validation is the form's own (react-hook-form with the contract's schemas), so the browser's is off.
 */
export function FormDialog({ title, label, onSubmit, onClose, problem, problemTestId, submitLabel, isSubmitting, size, children }: Props) {
  return (
    <Modal opened onClose={onClose} title={title} size={size}>
      <form onSubmit={onSubmit} noValidate aria-label={label}>
        <Stack gap="sm">
          {children}
          <ProblemAlert problem={problem} testId={problemTestId} />
          <CancelSubmit submitLabel={submitLabel} isSubmitting={isSubmitting} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
