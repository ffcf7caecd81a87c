import { Group, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useArrivalFocus } from '../lib/useArrivalFocus';

/** The title bar every page starts with; actions sit on the right. */
export function PageHeader({ title, children }: { title: ReactNode; children?: ReactNode }) {
  const heading = useArrivalFocus<HTMLHeadingElement>();
  return (
    <Group justify="space-between" px="md" py="xs" wrap="nowrap" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
      <Title order={1} size="h2" ref={heading} tabIndex={-1} data-page-heading>
        {title}
      </Title>
      <Group gap="xs" wrap="nowrap">
        {children}
      </Group>
    </Group>
  );
}
