import { Alert, Button, Fieldset, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { DEFAULT_INTERNAL_REPORT_HOURS, REGULATOR_HOURS } from '../../../../shared/domain/clocks';
import { EXTERNAL_RECIPIENT_LABELS, REGULATOR_REPORT_TYPE_LABELS } from '../../../../shared/domain/vocabulary';
import { formatUkDateTime } from '../../../../shared/time/ukTime';
import { ReadOnlyNote } from '../../components/ReadOnlyNote';
import { useMayCall } from '../../lib/access';
import type { IncidentRecord } from '../../lib/contractTypes';
import { useNow } from '../../lib/useNow';
import { useIncidentStore } from '../../stores/useIncidentStore';
import { useInvestigationStore } from '../../stores/useInvestigationStore';
import { useUiStore } from '../../stores/useUiStore';
import { ClockChip } from '../clocks/ClockChip';
import { incidentClocks } from '../clocks/clockView';
import { ExternalNotificationDialog } from './ExternalNotificationDialog';
import { MarkNotifiedDialog } from './MarkNotifiedDialog';
import { RegulatorReportDialog } from './RegulatorReportDialog';

type Dialog = 'regulator' | 'external' | 'subjects' | null;

const decisionText = (v: boolean | null, yes: string, no: string) => (v === true ? yes : v === false ? no : 'Not decided yet');

/** Who has been told: the ICO (each report), the people affected, and other organisations. */
export function NotificationsTab({ incident }: { incident: IncidentRecord }) {
  const notifications = useInvestigationStore((s) => s.notifications);
  const parties = useIncidentStore((s) => s.parties);
  const setTab = useUiStore((s) => s.setIncidentTab);
  const now = useNow(30_000);
  const [dialog, setDialog] = useState<Dialog>(null);
  const isClosed = incident.status === 'closed';
  const mayRecordRegulator = useMayCall('notifications:recordRegulator');
  const mayMarkNotified = useMayCall('involvements:markNotified');
  const mayRecordExternal = useMayCall('notifications:recordExternal');
  const mayDecide = useMayCall('incidents:update');
  const hasInitial = notifications.regulator.some((r) => r.reportType === 'initial');
  const { regulator: regulatorClock } = incidentClocks(incident, now, DEFAULT_INTERNAL_REPORT_HOURS, { highRisk: false, toldAt: null });

  const subjects = parties.items.filter((p) => p.involvement.roles.includes('data_subject'));
  const told = subjects.filter((p) => p.involvement.notificationStatus === 'notified').length;
  const isComplete = parties.nextCursor === null;

  return (
    <Stack gap="sm">
      {!isClosed && !mayRecordRegulator && <ReadOnlyNote what="who has been told" />}
      {notifications.error && (
        <Alert color="red" variant="light">
          {notifications.error.message}
        </Alert>
      )}

      <Fieldset legend="Reports to the ICO (UK GDPR Art. 33)" variant="filled" p="sm">
        <Stack gap="xs">
          <Group justify="space-between" wrap="nowrap">
            <Group gap="sm">
              <ClockChip
                testId="notifications-regulator-clock"
                title={`ICO ${REGULATOR_HOURS} h`}
                clock={regulatorClock}
                isClosed={isClosed}
                detail="From the moment of awareness; a report after 72 hours must give the reasons for the delay."
              />
              <Text size="sm" c="dimmed">
                Decision: {decisionText(incident.regulatorNotify, 'notify the ICO', 'do not notify')}
                {incident.icoReference && ` · ICO case ${incident.icoReference}`}
              </Text>
              {incident.regulatorNotify !== true && mayDecide && (
                <Button variant="subtle" size="compact-xs" onClick={() => setTab('decisions')}>
                  Record the decision
                </Button>
              )}
            </Group>
            {!isClosed && mayRecordRegulator && (
              <Button onClick={() => setDialog('regulator')}>{hasInitial ? 'Record follow-up report' : 'Record report to the ICO'}</Button>
            )}
          </Group>
          {notifications.regulator.length === 0 ? (
            <Text size="sm" c="dimmed">
              No report to the ICO recorded.
            </Text>
          ) : (
            <Table data-testid="regulator-reports">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={130}>Report</Table.Th>
                  <Table.Th w={150}>Submitted</Table.Th>
                  <Table.Th w={150}>ICO reference</Table.Th>
                  <Table.Th>Reason for delay / notes</Table.Th>
                  <Table.Th w={170}>Recorded</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {notifications.regulator.map((r) => (
                  <Table.Tr key={r.id} data-testid="regulator-report">
                    <Table.Td>{REGULATOR_REPORT_TYPE_LABELS[r.reportType]}</Table.Td>
                    <Table.Td>{formatUkDateTime(r.submittedAt)}</Table.Td>
                    <Table.Td>
                      <Text size="sm" ff="monospace">
                        {r.icoReference || '—'}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {r.delayReason && (
                        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                          <b>Delay:</b> {r.delayReason}
                        </Text>
                      )}
                      {r.notes && (
                        <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
                          {r.notes}
                        </Text>
                      )}
                      {!r.delayReason && !r.notes && '—'}
                    </Table.Td>
                    <Table.Td>
                      <Text size="xs">{formatUkDateTime(r.recordedAt)}</Text>
                      <Text size="xs" c="dimmed">
                        {r.recordedBy}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Stack>
      </Fieldset>

      <Fieldset legend="People affected (UK GDPR Art. 34)" variant="filled" p="sm">
        <Group justify="space-between" wrap="nowrap">
          <Stack gap={2}>
            <Text size="sm" data-testid="subjects-told">
              {subjects.length === 0
                ? 'No party is linked as a data subject.'
                : `${told.toLocaleString('en-GB')} of ${isComplete ? '' : 'the first '}${subjects.length.toLocaleString('en-GB')} data subjects told.`}
            </Text>
            <Text size="xs" c="dimmed">
              Decision: {decisionText(incident.subjectsNotify, 'tell them', 'do not tell them')}. Each party’s notification shows on the Parties tab.
            </Text>
          </Stack>
          {!isClosed && mayMarkNotified && (
            <Button variant="default" onClick={() => setDialog('subjects')} disabled={parties.items.length === 0}>
              Mark people as told
            </Button>
          )}
        </Group>
      </Fieldset>

      <Fieldset legend="Other organisations told" variant="filled" p="sm">
        <Stack gap="xs">
          <Group justify="space-between">
            <Text size="sm" c="dimmed">
              Police, other regulators, the Government Security Group, the minister’s private office…
            </Text>
            {!isClosed && mayRecordExternal && (
              <Button variant="default" onClick={() => setDialog('external')}>
                Record organisation told
              </Button>
            )}
          </Group>
          {notifications.external.length > 0 && (
            <Table data-testid="external-notifications">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={260}>Organisation</Table.Th>
                  <Table.Th w={150}>Told</Table.Th>
                  <Table.Th w={150}>Their reference</Table.Th>
                  <Table.Th>Notes</Table.Th>
                  <Table.Th w={170}>Recorded</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {notifications.external.map((n) => (
                  <Table.Tr key={n.id} data-testid="external-notification">
                    <Table.Td>
                      <Text size="sm">{EXTERNAL_RECIPIENT_LABELS[n.recipient]}</Text>
                      {n.recipientDetail && (
                        <Text size="xs" c="dimmed">
                          {n.recipientDetail}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{formatUkDateTime(n.notifiedAt)}</Table.Td>
                    <Table.Td>{n.reference || '—'}</Table.Td>
                    <Table.Td>
                      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                        {n.notes || '—'}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="xs">{formatUkDateTime(n.recordedAt)}</Text>
                      <Text size="xs" c="dimmed">
                        {n.recordedBy}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Stack>
      </Fieldset>

      {dialog === 'regulator' && <RegulatorReportDialog incident={incident} hasInitial={hasInitial} onClose={() => setDialog(null)} />}
      {dialog === 'external' && <ExternalNotificationDialog onClose={() => setDialog(null)} />}
      {dialog === 'subjects' && <MarkNotifiedDialog incident={incident} onClose={() => setDialog(null)} />}
    </Stack>
  );
}
