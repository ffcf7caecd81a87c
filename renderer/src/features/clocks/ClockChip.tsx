import { Box, Text, Tooltip } from '@mantine/core';
import type { Clock } from '../../../../shared/domain/clocks';
import { CLOCK_TONE_COLOURS, clockTone } from './clockView';

type Props = { title: string; clock: Clock; detail: string; isClosed?: boolean; testId: string; label?: string };

/** One deadline as a compact chip: what it is, where it stands, and (on hover or focus) why. */
export function ClockChip({ title, clock, detail, isClosed = false, testId, label = clock.label }: Props) {
  const tone = clockTone(clock, isClosed);
  const colour = CLOCK_TONE_COLOURS[tone];
  const isLoud = tone === 'overdue';
  return (
    <Tooltip label={detail} multiline w={320} withArrow openDelay={200}>
      <Box
        tabIndex={0}
        data-testid={testId}
        data-tone={tone}
        aria-label={`${title}: ${label}`}
        px={8}
        py={2}
        style={{
          display: 'inline-flex',
          alignItems: 'baseline',
          gap: 6,
          borderRadius: 4,
          whiteSpace: 'nowrap',
          border: `1px solid var(--mantine-color-${colour}-${tone === 'none' ? 3 : 4})`,
          background: isLoud ? `var(--mantine-color-${colour}-filled)` : `var(--mantine-color-${colour}-light)`,
          color: isLoud ? 'white' : `var(--mantine-color-${colour}-${tone === 'none' ? 7 : 9})`,
        }}
      >
        <Text span size="xs" fw={700}>
          {title}
        </Text>
        <Text span size="xs">
          {label}
        </Text>
      </Box>
    </Tooltip>
  );
}
