import { Badge } from '@mantine/core';
import { INCIDENT_STATUS_LABELS, type IncidentStatus } from '../../../shared/domain/vocabulary';
import { STATUS_COLOURS } from '../theme';

export function StatusBadge({ status }: { status: IncidentStatus }) {
  return (
    <Badge color={STATUS_COLOURS[status]} data-testid="status-badge">
      {INCIDENT_STATUS_LABELS[status]}
    </Badge>
  );
}
