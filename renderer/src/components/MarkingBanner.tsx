import { Box } from '@mantine/core';
import type { Marking } from '../../../shared/domain/vocabulary';
import { MARKING_COLOURS } from '../theme';

/** The protective-marking strip printed across the top of a marked record, as on a marked document. */
export function MarkingBanner({ marking }: { marking: Marking }) {
  return (
    <Box
      role="note"
      aria-label={`Protective marking: ${marking}`}
      data-testid="marking-banner"
      bg={`${MARKING_COLOURS[marking]}.${marking === 'OFFICIAL' ? 6 : 8}`}
      c="white"
      ta="center"
      fw={700}
      fz="xs"
      py={2}
      style={{ letterSpacing: '0.15em' }}
    >
      {marking}
    </Box>
  );
}
