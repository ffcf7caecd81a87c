import { Group } from '@mantine/core';
import { internalDueAt, regulatorDueAt, REGULATOR_HOURS } from '../../../../shared/domain/clocks';
import { SEVERITY_BAND_LABELS } from '../../../../shared/domain/severity';
import { formatUkDeadline } from '../../../../shared/time/ukTime';
import type { IncidentRecord } from '../../lib/contractTypes';
import { useNow } from '../../lib/useNow';
import { selectLatestAssessment, useInvestigationStore } from '../../stores/useInvestigationStore';
import { selectInternalReportHours, useSettingsStore } from '../../stores/useSettingsStore';
import { ClockChip } from './ClockChip';
import { incidentClocks, isSubjectsHighRisk } from './clockView';

/** The incident's three deadlines, re-computed every 30 seconds from the moment of awareness. */
export function IncidentClocks({ incident }: { incident: IncidentRecord }) {
  const now = useNow(30_000);
  const hours = useSettingsStore(selectInternalReportHours);
  const latest = useInvestigationStore(selectLatestAssessment);
  const highRisk = isSubjectsHighRisk(incident, latest);
  const clocks = incidentClocks(incident, now, hours, { highRisk, toldAt: incident.subjectsToldAt });
  const isClosed = incident.status === 'closed';
  // Near a clock change each time carries GMT or BST, so 72 hours that end "an hour off" are explained.
  const regulatorSpan = { from: incident.discoveredAt, to: regulatorDueAt(incident.discoveredAt) };
  const internalSpan = { from: incident.discoveredAt, to: internalDueAt(incident.discoveredAt, hours) };
  const aware = formatUkDeadline(incident.discoveredAt, regulatorSpan);
  const due = (at: number | null, span: { from: number; to: number }) => (at === null ? '' : `Due ${formatUkDeadline(at, span)}, `);

  const band = latest ? SEVERITY_BAND_LABELS[latest.band] : incident.severityBand ? SEVERITY_BAND_LABELS[incident.severityBand] : null;
  const subjectsDetail = highRisk
    ? `The latest assessment (${band}) puts the people at high risk: tell them without undue delay (UK GDPR Art. 34(1)). There is no fixed hour. Awareness ${aware}.`
    : band
      ? `The latest assessment (${band}) does not put the people at high risk, so Art. 34(1) does not require telling them.`
      : 'Assess the severity to know whether the people must be told (UK GDPR Art. 34(1)).';

  return (
    <Group gap={6} role="group" aria-label="Clocks" data-testid="incident-clocks">
      <ClockChip
        testId="clock-regulator"
        title={`ICO ${REGULATOR_HOURS} h`}
        clock={clocks.regulator}
        isClosed={isClosed}
        detail={
          clocks.regulator.state === 'not_required'
            ? 'Decided not to notify the ICO; the decision and its reasons stay in the breach register (Art. 33(5)).'
            : `${due(clocks.regulator.dueAt, regulatorSpan)}${REGULATOR_HOURS} hours after awareness (${aware}). A later notification must give the reasons for the delay (UK GDPR Art. 33(1)).`
        }
      />
      <ClockChip
        testId="clock-internal"
        title={`DSO report ${hours} h`}
        clock={clocks.internal}
        isClosed={isClosed}
        detail={`${due(clocks.internal.dueAt, internalSpan)}${hours} hours after awareness: the department’s deadline for reporting to the departmental security officer (change it in Settings). Met by the incident’s “Reported” time.`}
      />
      <ClockChip
        testId="clock-subjects"
        title="People at high risk"
        clock={clocks.subjects}
        isClosed={isClosed}
        label={band === null && clocks.subjects.state === 'not_required' ? 'Not assessed yet' : clocks.subjects.label}
        detail={subjectsDetail}
      />
    </Group>
  );
}
