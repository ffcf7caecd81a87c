import { SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export type FieldListItem = { label: string; value: ReactNode; isWide?: boolean };

/** Read-only fields as label-over-value pairs in a dense grid; empty values show a dash. */
export function FieldList({ items, cols = 3 }: { items: readonly FieldListItem[]; cols?: number }) {
  return (
    <SimpleGrid cols={cols} spacing="md" verticalSpacing="xs">
      {items.map((item) => (
        <Stack key={item.label} gap={0} style={item.isWide ? { gridColumn: '1 / -1' } : undefined}>
          <Text size="xs" c="dimmed">
            {item.label}
          </Text>
          <Text size="sm" component="div" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {isEmpty(item.value) ? '—' : item.value}
          </Text>
        </Stack>
      ))}
    </SimpleGrid>
  );
}

function isEmpty(value: ReactNode): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}
