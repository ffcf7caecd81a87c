import { Group, Paper, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A titled section of the dashboard, with room beside the title for a note. */
export function Panel({ title, children, testId, extra }: { title: string; children: ReactNode; testId: string; extra?: ReactNode }) {
  return (
    <Paper withBorder p="sm" data-testid={testId} component="section" aria-label={title}>
      <Group justify="space-between" mb={6} wrap="nowrap">
        <Title order={2} size="h3">
          {title}
        </Title>
        {extra}
      </Group>
      {children}
    </Paper>
  );
}
