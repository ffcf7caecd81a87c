import { Text } from '@mantine/core';

const points = (n: number) => (n === 0 ? '0' : `+${n}`);

/** A choice's label led by the points it adds to the score. */
export function ScoredLabel({ score, label }: { score: number; label: string }) {
  return (
    <>
      <Text span size="xs" ff="monospace" fw={700} c="dimmed" mr={6}>
        {points(score)}
      </Text>
      {label}
    </>
  );
}
