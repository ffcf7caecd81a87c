import { Alert, Button, Fieldset, Group, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import type { DueIncident, ErasurePlan, ErasureProposal } from '../../../../shared/contract/retention';
import { RETENTION_OUTCOME_LABELS } from '../../../../shared/domain/retentionSchedule';
import { formatUkDate, formatUkDateTime } from '../../../../shared/time/ukTime';
import { DemoBadge } from '../../components/DemoBadge';
import { PageHeader } from '../../components/PageHeader';
import { ScrollPage } from '../../components/ScrollPage';
import { useMayCall } from '../../lib/access';
import { toUiError } from '../../lib/errors';
import { useAuthStore } from '../../stores/useAuthStore';
import { useRetentionStore } from '../../stores/useRetentionStore';
import { useSessionStore } from '../../stores/useSessionStore';
import { useUiStore } from '../../stores/useUiStore';
import { ErasurePlanDialog } from './ErasurePlanDialog';
import { LegalHoldDialog } from './LegalHoldDialog';
import { OutsideCopies } from './OutsideCopies';
import { RetentionScheduleForm } from './RetentionScheduleForm';
import { dueCountText, formatCalendarDate } from './retentionView';

type Open =
  { kind: 'propose'; incident: DueIncident; plan: ErasurePlan } | { kind: 'confirm'; proposal: ErasureProposal } | { kind: 'hold'; incident: DueIncident } | null;

/** Retention: the schedule, the incidents due for review, the erasures awaiting a second account, and legal holds. */
export function RetentionPage() {
  const { due, proposals, holds, status, error, load, preview, propose, confirm, withdraw, hold, release } = useRetentionStore();
  const openIncident = useUiStore((s) => s.openIncident);
  const me = useAuthStore((s) => s.auth?.account?.name) ?? useSessionStore.getState().session?.officer?.name ?? null;
  const mayPropose = useMayCall('erasures:propose');
  const mayConfirm = useMayCall('erasures:confirm');
  const mayListCopies = useMayCall('backups:outsideCopies');
  const [open, setOpen] = useState<Open>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    void load();
  }, [load]);

  const startProposal = async (incident: DueIncident) => {
    setProblem(null);
    try {
      setOpen({ kind: 'propose', incident, plan: await preview({ type: 'incident', incidentId: incident.id }) });
    } catch (e) {
      setProblem(toUiError(e).message);
    }
  };

  const whyNotConfirm = (p: ErasureProposal) =>
    p.proposedBy === me
      ? 'You proposed it: a second account must confirm it.'
      : !mayConfirm
        ? 'An administrator confirms an erasure (or an officer, when the administrator allows it).'
        : undefined;

  return (
    <>
      <PageHeader title="Retention" />
      <ScrollPage maxWidth={1000}>
        <Stack gap="sm">
          {error && <Alert color="red">{error.message}</Alert>}
          {problem && <Alert color="red">{problem}</Alert>}
          <Fieldset legend="Schedule" variant="filled" p="sm">
            <RetentionScheduleForm />
          </Fieldset>
          <Fieldset legend="Awaiting a second account" variant="filled" p="sm" data-testid="erasures-awaiting">
            {proposals.length === 0 ? (
              <Text size="sm" c="dimmed">
                No erasure awaits confirmation.
              </Text>
            ) : (
              <Stack gap={6}>
                {proposals.map((p) => (
                  <Group key={p.id} justify="space-between" wrap="nowrap">
                    <Text size="sm">
                      {p.plan.label}: proposed by {p.proposedBy} on {formatUkDateTime(p.proposedAt)}
                    </Text>
                    <Group gap="xs" wrap="nowrap">
                      <Button size="xs" variant="light" onClick={() => setOpen({ kind: 'confirm', proposal: p })}>
                        Review
                      </Button>
                      {mayPropose && (
                        <Button size="xs" variant="subtle" onClick={() => void withdraw(p.id).catch((e: unknown) => setProblem(toUiError(e).message))}>
                          Withdraw
                        </Button>
                      )}
                    </Group>
                  </Group>
                ))}
              </Stack>
            )}
          </Fieldset>
          <Fieldset legend="Due for review" variant="filled" p="sm" data-testid="erasures-due">
            <Text size="sm" mb="xs" fw={600}>
              {status === 'ready' ? dueCountText(due.length) : 'Reading the register…'}
            </Text>
            {due.length > 0 && (
              <Table striped verticalSpacing={4}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Incident</Table.Th>
                    <Table.Th>Outcome</Table.Th>
                    <Table.Th>Closed</Table.Th>
                    <Table.Th>Due</Table.Th>
                    <Table.Th />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {due.map((incident) => {
                    const isProposed = proposals.some((p) => p.scope.type === 'incident' && p.scope.incidentId === incident.id);
                    return (
                      <Table.Tr key={incident.id} data-testid="due-incident">
                        <Table.Td>
                          <Button variant="subtle" size="compact-sm" onClick={() => openIncident(incident.reference, 'details')}>
                            {incident.reference}
                          </Button>{' '}
                          <Text span size="sm">
                            {incident.title}
                          </Text>{' '}
                          {incident.isDemo && <DemoBadge />}
                        </Table.Td>
                        <Table.Td>{RETENTION_OUTCOME_LABELS[incident.outcome]}</Table.Td>
                        <Table.Td>{formatUkDate(incident.closedAt)}</Table.Td>
                        <Table.Td>{formatCalendarDate(incident.dueOn)}</Table.Td>
                        <Table.Td>
                          {mayPropose && (
                            <Group gap={4} wrap="nowrap" justify="flex-end">
                              <Button size="xs" variant="light" color="red" disabled={isProposed} onClick={() => void startProposal(incident)}>
                                {isProposed ? 'Proposed' : 'Propose erasure'}
                              </Button>
                              <Button size="xs" variant="subtle" onClick={() => setOpen({ kind: 'hold', incident })}>
                                Legal hold
                              </Button>
                            </Group>
                          )}
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            )}
          </Fieldset>
          <Fieldset legend="Legal holds" variant="filled" p="sm">
            {holds.length === 0 ? (
              <Text size="sm" c="dimmed">
                Nothing is on legal hold.
              </Text>
            ) : (
              <Stack gap={6}>
                {holds.map((h) => (
                  <Group key={h.id} justify="space-between" wrap="nowrap">
                    <Text size="sm">
                      {h.label}: {h.reason} (placed by {h.placedBy} on {formatUkDate(h.placedAt)})
                    </Text>
                    {mayPropose && (
                      <Button size="xs" variant="subtle" onClick={() => void release(h.id).catch((e: unknown) => setProblem(toUiError(e).message))}>
                        Lift hold
                      </Button>
                    )}
                  </Group>
                ))}
              </Stack>
            )}
          </Fieldset>
          {mayListCopies && (
            <Fieldset legend="Copies outside the register" variant="filled" p="sm">
              <OutsideCopies />
            </Fieldset>
          )}
        </Stack>
      </ScrollPage>
      {open?.kind === 'propose' && (
        <ErasurePlanDialog
          title={`Propose erasing ${open.incident.reference}`}
          plan={open.plan}
          proposedBy={null}
          actionLabel="Propose erasure"
          onAction={async () => {
            await propose({ type: 'incident', incidentId: open.incident.id });
            notifications.show({ message: `Erasure of ${open.incident.reference} proposed: a second account confirms it.` });
          }}
          onClose={() => setOpen(null)}
        />
      )}
      {open?.kind === 'confirm' && (
        <ErasurePlanDialog
          title="Confirm the erasure"
          plan={open.proposal.plan}
          proposedBy={open.proposal.proposedBy}
          actionLabel="Confirm erasure"
          whyNot={whyNotConfirm(open.proposal)}
          onAction={
            whyNotConfirm(open.proposal) === undefined
              ? async () => {
                  const result = await confirm(open.proposal.id);
                  notifications.show({ message: `Personal data of ${open.proposal.plan.label} erased on ${formatUkDate(result.erasedAt)}.` });
                }
              : null
          }
          onClose={() => setOpen(null)}
        />
      )}
      {open?.kind === 'hold' && <LegalHoldDialog reference={open.incident.reference} onHold={(reason) => hold(open.incident.id, reason)} onClose={() => setOpen(null)} />}
    </>
  );
}
