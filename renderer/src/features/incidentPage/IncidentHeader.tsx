import { Group, Stack, Text, Title } from '@mantine/core';
import { INCIDENT_KIND_LABELS, OUTCOME_LABELS } from '../../../../shared/domain/vocabulary';
import { formatUkDate, formatUkDateTime } from '../../../../shared/time/ukTime';
import { DemoBadge } from '../../components/DemoBadge';
import { SeverityBadge } from '../../components/SeverityBadge';
import { StatusBadge } from '../../components/StatusBadge';
import { useMayCall } from '../../lib/access';
import { useArrivalFocus } from '../../lib/useArrivalFocus';
import type { IncidentRecord } from '../../lib/contractTypes';
import { IncidentClocks } from '../clocks/IncidentClocks';
import { IncidentReportsMenu } from '../reports/IncidentReportsMenu';
import { RecordChecks } from './RecordChecks';
import { WorkflowActions } from './WorkflowActions';
import { erasedLine } from '../retention/retentionView';
import { showHiddenMarks } from '../../../../shared/text/hiddenMarks';

export function IncidentHeader({ incident }: { incident: IncidentRecord }) {
  const mayMove = useMayCall('incidents:transition');
  const heading = useArrivalFocus<HTMLHeadingElement>();
  const facts = [INCIDENT_KIND_LABELS[incident.kind], `Discovered ${formatUkDateTime(incident.discoveredAt)}`, incident.owner ? `Owner ${incident.owner}` : 'No owner'];
  return (
    <Stack gap={4} px="md" pt="sm" pb="xs">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Stack gap={2} miw={0}>
          <Group gap="xs">
            <Text ff="monospace" size="sm" c="dimmed" data-testid="incident-reference">
              {incident.reference}
            </Text>
            <StatusBadge status={incident.status} />
            {incident.severityBand && <SeverityBadge band={incident.severityBand} score={incident.severityScore} />}
            {incident.outcome && (
              <Text size="xs" c="dimmed">
                {OUTCOME_LABELS[incident.outcome]}
              </Text>
            )}
            {incident.isDemo && <DemoBadge />}
          </Group>
          <Title order={1} size="h2" data-testid="incident-title" ref={heading} tabIndex={-1} data-page-heading>
            {showHiddenMarks(incident.title)}
          </Title>
        </Stack>
        <Group gap="xs" wrap="nowrap">
          <IncidentReportsMenu incident={incident} />
          {mayMove && <WorkflowActions incident={incident} />}
        </Group>
      </Group>
      <Group gap="lg">
        <Text size="xs" c="dimmed">
          {facts.join(' · ')}
        </Text>
        <Text size="xs" data-testid="affected-count">
          <b>{incident.affectedCount.toLocaleString('en-GB')} affected</b>
          <Text span size="xs" c="dimmed">
            {' '}
            — people whose data was involved
          </Text>
        </Text>
        <Text size="xs" c="dimmed" data-testid="party-count">
          {incident.partyCount.toLocaleString('en-GB')} {incident.partyCount === 1 ? 'party' : 'parties'} linked
        </Text>
      </Group>
      {incident.personalDataErased && (
        <Text size="sm" c="orange.9" fw={600} data-testid="personal-data-erased">
          {erasedLine(formatUkDate(incident.personalDataErased.at), incident.personalDataErased.by)}
        </Text>
      )}
      <RecordChecks incident={incident} />
      <IncidentClocks incident={incident} />
    </Stack>
  );
}
