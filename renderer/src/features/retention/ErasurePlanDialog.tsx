import { Button, Group, List, Modal, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { ErasurePlan } from '../../../../shared/contract/retention';
import { ProblemAlert } from '../../components/form/ProblemAlert';
import { toUiError } from '../../lib/errors';

type Props = {
  title: string;
  plan: ErasurePlan;
  /** Who proposed it, when confirming; null when proposing. */
  proposedBy: string | null;
  actionLabel: string;
  /** Null when this account may not take the action (its own proposal, or a role the setting leaves out). */
  onAction: (() => Promise<void>) | null;
  whyNot?: string;
  onClose: () => void;
};

/** Exactly what an erasure removes and what it keeps, before it is proposed or confirmed (docs/retention.md#two-people). */
export function ErasurePlanDialog({ title, plan, proposedBy, actionLabel, onAction, whyNot, onClose }: Props) {
  const [isBusy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const act = async () => {
    if (!onAction) return;
    setBusy(true);
    setProblem(null);
    try {
      await onAction();
      onClose();
    } catch (e) {
      setProblem(toUiError(e).message);
      setBusy(false);
    }
  };
  return (
    <Modal opened onClose={onClose} title={title} size="lg">
      <Stack gap="sm">
        <Text size="sm">
          {proposedBy === null
            ? `Erasing the personal data of ${plan.label} needs a second account to confirm it.`
            : `${proposedBy} proposed erasing the personal data of ${plan.label}. Confirming erases it now; it cannot be undone.`}
        </Text>
        <Title order={3} size="h4">
          What goes
        </Title>
        <List size="sm" spacing={4} data-testid="erasure-goes">
          {plan.goes.map((line) => (
            <List.Item key={line}>{line}</List.Item>
          ))}
        </List>
        <Title order={3} size="h4">
          What stays
        </Title>
        <List size="sm" spacing={4} data-testid="erasure-stays">
          {plan.stays.map((line) => (
            <List.Item key={line}>{line}</List.Item>
          ))}
        </List>
        <Text size="xs" c="dimmed">
          Backups and exported reports made before the erasure still hold the data: Retention lists them, with their dates.
        </Text>
        <ProblemAlert problem={problem} />
        {whyNot && (
          <Text size="sm" c="dimmed">
            {whyNot}
          </Text>
        )}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose} data-autofocus>
            Cancel
          </Button>
          {onAction && (
            <Button color="red" loading={isBusy} onClick={() => void act()}>
              {actionLabel}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
