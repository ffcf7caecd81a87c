import { Group, MultiSelect, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
import { INCIDENT_KIND_LABELS, INCIDENT_STATUS_LABELS, MARKINGS } from '../../../../shared/domain/vocabulary';
import { optionsFrom } from '../../lib/options';
import { useIncidentsStore } from '../../stores/useIncidentsStore';

const STATUS_OPTIONS = optionsFrom(INCIDENT_STATUS_LABELS);
const KIND_OPTIONS = optionsFrom(INCIDENT_KIND_LABELS);
const MARKING_OPTIONS = MARKINGS.map((m) => ({ value: m, label: m }));

function countText(total: number, text: string): string {
  const count = `${total.toLocaleString('en-GB')} ${total === 1 ? 'incident' : 'incidents'}`;
  if (!text.trim()) return count;
  return `${count} ${total === 1 ? 'matches' : 'match'} “${text.trim()}”`;
}

/** Search and filters; each change reloads the first page from the core. */
export function RegisterToolbar() {
  const filter = useIncidentsStore((s) => s.filter);
  const total = useIncidentsStore((s) => s.total);
  const status = useIncidentsStore((s) => s.status);
  const setFilter = useIncidentsStore((s) => s.setFilter);
  const [text, setText] = useState(filter.text);
  const sent = useRef(filter.text);
  // Debounced so typing a whole address costs one search, not one per key.
  const searchLater = useDebouncedCallback((value: string) => {
    sent.current = value;
    setFilter({ text: value });
  }, 250);

  // A search that arrives from elsewhere (a link, Back) replaces the box's text; the officer's own, sent
  // while they kept typing, does not, or the keys typed since would be lost.
  useEffect(() => {
    if (filter.text === sent.current) return;
    sent.current = filter.text;
    setText(filter.text);
  }, [filter.text]);

  return (
    // Wraps onto a second line in a narrow window rather than pushing the count off screen.
    <Group gap="xs" px="md" py={8} style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
      <TextInput
        aria-label="Search incidents"
        placeholder="Search titles, descriptions, notes, people, addresses…"
        value={text}
        onChange={(e) => {
          setText(e.currentTarget.value);
          searchLater(e.currentTarget.value);
        }}
        w={280}
        type="search"
      />
      <MultiSelect
        aria-label="Filter by status"
        placeholder={filter.statuses.length ? undefined : 'Any status'}
        data={STATUS_OPTIONS}
        value={filter.statuses}
        onChange={(v) => setFilter({ statuses: v as typeof filter.statuses })}
        clearable
        // "Open" picks five statuses: the field grows into the spare width to hold them on one line or two.
        flex="1 1 180px"
        maw={440}
      />
      <MultiSelect
        aria-label="Filter by kind"
        placeholder={filter.kinds.length ? undefined : 'Any kind'}
        data={KIND_OPTIONS}
        value={filter.kinds}
        onChange={(v) => setFilter({ kinds: v as typeof filter.kinds })}
        clearable
        w={220}
      />
      <MultiSelect
        aria-label="Filter by marking"
        placeholder={filter.markings.length ? undefined : 'Any marking'}
        data={MARKING_OPTIONS}
        value={filter.markings}
        onChange={(v) => setFilter({ markings: v as typeof filter.markings })}
        clearable
        w={180}
      />
      <Text size="sm" c="dimmed" ml="auto" data-testid="register-count" aria-live="polite" style={{ whiteSpace: 'nowrap' }}>
        {status === 'ready' ? countText(total, filter.text) : 'Loading…'}
      </Text>
    </Group>
  );
}
