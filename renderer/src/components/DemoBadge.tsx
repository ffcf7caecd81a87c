import { Badge, Tooltip } from '@mantine/core';

/** Demo records must never be mistaken for real ones, in lists or on their own page. */
export function DemoBadge() {
  return (
    <Tooltip label="Demo data, loaded to try Casebook out. Remove it in Settings.">
      <Badge color="pink" variant="outline" data-testid="demo-badge" style={{ flexShrink: 0 }}>
        Demo
      </Badge>
    </Tooltip>
  );
}
