import { Center, Paper, Portal, Text } from '@mantine/core';

/** Shown over the whole window while a file is dragged over it; it takes no pointer events itself. */
export function FileDropOverlay() {
  return (
    <Portal>
      <Center
        data-testid="file-drop-overlay"
        style={{
          position: 'fixed',
          inset: 0,
          zIndex: 1000,
          pointerEvents: 'none',
          background: 'rgba(55, 65, 140, 0.18)',
          border: '3px dashed var(--mantine-color-indigo-6)',
        }}
      >
        <Paper shadow="md" px="xl" py="md" withBorder>
          <Text size="lg" fw={600} c="indigo.8">
            Drop the email (.eml or .msg) to import it
          </Text>
          <Text size="sm" c="dimmed">
            Casebook reads it and shows you the recipients before anything is recorded.
          </Text>
        </Paper>
      </Center>
    </Portal>
  );
}
