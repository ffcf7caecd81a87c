import { Box } from '@mantine/core';
import type { ReactNode } from 'react';

/** The scrolling body under a page header, with a readable maximum width for forms. */
export function ScrollPage({ children, maxWidth = 1100 }: { children: ReactNode; maxWidth?: number }) {
  return (
    <Box style={{ flex: 1, minHeight: 0, overflow: 'auto' }}>
      <Box p="md" maw={maxWidth}>
        {children}
      </Box>
    </Box>
  );
}
