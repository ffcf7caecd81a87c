import { Badge } from '@mantine/core';
import type { Marking } from '../../../shared/domain/vocabulary';
import { MARKING_COLOURS } from '../theme';

export function MarkingBadge({ marking, size }: { marking: Marking; size?: 'xs' | 'sm' }) {
  return (
    // Only the classified tiers are filled: most records are OFFICIAL-SENSITIVE, and a register of loud
    // badges would hide the SECRET one.
    <Badge size={size} color={MARKING_COLOURS[marking]} variant={marking === 'SECRET' || marking === 'TOP SECRET' ? 'filled' : 'light'}>
      {marking}
    </Badge>
  );
}
