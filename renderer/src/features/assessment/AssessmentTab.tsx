import { Alert, Stack, Text } from '@mantine/core';
import { ReadOnlyNote } from '../../components/ReadOnlyNote';
import { useMayCall } from '../../lib/access';
import type { IncidentRecord } from '../../lib/contractTypes';
import { selectLatestAssessment, useInvestigationStore } from '../../stores/useInvestigationStore';
import { AcceptRecommendation } from '../incidentPage/AcceptRecommendation';
import { AssessmentForm } from './AssessmentForm';
import { AssessmentHistory } from './AssessmentHistory';

/** Severity with the ENISA 2013 method: the form with its live result, then every earlier assessment. */
export function AssessmentTab({ incident }: { incident: IncidentRecord }) {
  const assessments = useInvestigationStore((s) => s.assessments);
  const latest = useInvestigationStore(selectLatestAssessment);
  const isClosed = incident.status === 'closed';
  const mayAssess = useMayCall('assessments:add');

  return (
    <Stack gap="md">
      {assessments.error && (
        <Alert color="red" variant="light">
          {assessments.error.message}
        </Alert>
      )}
      {isClosed ? (
        <Alert color="gray" variant="light" py={6}>
          <Text size="sm">This incident is closed, so it cannot be re-assessed. Re-open it to assess it again.</Text>
        </Alert>
      ) : !mayAssess ? (
        <ReadOnlyNote what="the assessments" />
      ) : (
        assessments.status === 'ready' && (
          // Keyed by the latest assessment: after a save the form starts again from what was saved.
          <AssessmentForm key={latest?.id ?? 'first'} incident={incident} latest={latest} />
        )
      )}
      {/* The next step where the officer already is: deciding on what was just assessed. */}
      <AcceptRecommendation incident={incident} latest={latest} />
      <AssessmentHistory items={assessments.items} />
    </Stack>
  );
}
