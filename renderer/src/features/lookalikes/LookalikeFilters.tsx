import { Checkbox, Group, MultiSelect, SegmentedControl, Text } from '@mantine/core';
import { optionsFrom } from '../../lib/options';
import { useLookalikesStore } from '../../stores/useLookalikesStore';
import { formatCount } from '../gateway/gatewayView';
import { TYPO_CLASS_LABELS } from './lookalikeLabels';

const TYPO_OPTIONS = optionsFrom(TYPO_CLASS_LABELS);
const PART_OPTIONS = [
  { value: 'any', label: 'Any part' },
  { value: 'name', label: 'Name' },
  { value: 'suffix', label: 'Public suffix' },
];

/** Narrows the list on screen, and says how many there are, of how many domains, and how many have already bitten. */
export function LookalikeFilters({ shown }: { shown: number }) {
  const filters = useLookalikesStore((s) => s.filters);
  const setFilters = useLookalikesStore((s) => s.setFilters);
  const items = useLookalikesStore((s) => s.items);
  const sources = useLookalikesStore((s) => s.sources);
  const seen = items.filter((l) => l.seenInIncidents > 0).length;

  return (
    <Group justify="space-between" align="flex-end" gap="sm">
      <Group align="flex-end" gap="sm">
        <MultiSelect
          label="Typo class"
          placeholder={filters.typoClasses.length === 0 ? 'All classes' : undefined}
          data={TYPO_OPTIONS}
          value={filters.typoClasses}
          onChange={(v) => setFilters({ typoClasses: v as typeof filters.typoClasses })}
          clearable
          w={300}
        />
        <SegmentedControl
          aria-label="Part of the domain changed"
          data={PART_OPTIONS}
          value={filters.part}
          onChange={(v) => setFilters({ part: v as typeof filters.part })}
        />
        <Checkbox label="Only those seen in incidents" checked={filters.onlySeen} onChange={(e) => setFilters({ onlySeen: e.currentTarget.checked })} mb={6} />
      </Group>
      <Text size="sm" data-testid="lookalike-counts" aria-live="polite">
        {formatCount(items.length)} lookalikes of {sources.length} {sources.length === 1 ? 'domain' : 'domains'}; {formatCount(seen)} already seen
        {shown !== items.length && ` · showing ${formatCount(shown)}`}
      </Text>
    </Group>
  );
}
