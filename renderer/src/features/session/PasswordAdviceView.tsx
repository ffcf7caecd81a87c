import { Group, List, Progress, Stack, Text } from '@mantine/core';
import { STRENGTH_LABELS } from './sessionText';
import type { PasswordAdvice } from './usePasswordAdvice';

const COLOURS = ['red', 'red', 'orange', 'teal', 'green'] as const;

/** The strength meter and the core's advice under a new password. */
export function PasswordAdviceView({ advice }: { advice: PasswordAdvice | null }) {
  if (!advice) return null;
  return (
    <Stack gap={4} data-testid="password-advice">
      <Group gap="xs" wrap="nowrap">
        <Progress value={((advice.score + 1) / 5) * 100} color={COLOURS[advice.score]} size="sm" flex={1} aria-label="Password strength" />
        <Text size="xs" fw={500} c={COLOURS[advice.score]} w={80} ta="right">
          {STRENGTH_LABELS[advice.score]}
        </Text>
      </Group>
      {advice.warning && (
        <Text size="xs" c={advice.acceptable ? 'dimmed' : 'red'}>
          {advice.warning}
        </Text>
      )}
      {advice.suggestions.length > 0 && (
        <List size="xs" c="dimmed" spacing={0}>
          {advice.suggestions.map((s) => (
            <List.Item key={s}>{s}</List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
