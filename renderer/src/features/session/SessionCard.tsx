import { Center, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** The card that stands alone in front of the register: setup, login and the lock screen. */
export function SessionCard({ title, intro, children }: { title: string; intro: string; children: ReactNode }) {
  return (
    <Center component="main" h="100%" bg="gray.0">
      <Paper withBorder p="lg" w={440} shadow="xs">
        <Stack gap="sm">
          <Title order={1}>{title}</Title>
          <Text size="sm" c="dimmed">
            {intro}
          </Text>
          {children}
        </Stack>
      </Paper>
    </Center>
  );
}
