import { Badge } from '@mantine/core';
import type { Marking } from '../../../shared/domain/vocabulary';
import { MARKING_COLOURS } from '../theme';

export function MarkingBadge({ marking }: { marking: Marking }) {
  return (
    <Badge color={MARKING_COLOURS[marking]} variant={marking === 'OFFICIAL' ? 'outline' : 'filled'}>
      {marking}
    </Badge>
  );
}
