import { Button, Group, Text } from '@mantine/core';
import { missingSuggestions } from './domainLists';

type Props = { listLabel: string; list: readonly string[]; suggested: readonly string[]; onAdd: (domains: string[]) => void };

/** Casebook's suggested defaults that are not in the list, each one click away. */
export function DomainSuggestions({ listLabel, list, suggested, onAdd }: Props) {
  const missing = missingSuggestions(list, suggested);
  if (missing.length === 0) return null;
  return (
    <Group gap={4} data-testid="domain-suggestions">
      <Text size="xs" c="dimmed">
        Suggested, not in the list:
      </Text>
      {missing.map((domain) => (
        <Button key={domain} variant="light" size="compact-xs" onClick={() => onAdd([domain])} aria-label={`Add ${domain} to ${listLabel}`}>
          + {domain}
        </Button>
      ))}
      {missing.length > 1 && (
        <Button variant="subtle" size="compact-xs" onClick={() => onAdd(missing)}>
          Add all
        </Button>
      )}
    </Group>
  );
}
