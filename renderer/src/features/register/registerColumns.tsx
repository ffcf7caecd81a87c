import { Group, Text, Tooltip } from '@mantine/core';
import type { ReactNode } from 'react';
import type { IncidentSummary, SortField } from '../../../../shared/contract/incidents';
import { INCIDENT_KIND_LABELS } from '../../../../shared/domain/vocabulary';
import { formatUkDateTime } from '../../../../shared/time/ukTime';
import { DemoBadge } from '../../components/DemoBadge';
import { MarkingBadge } from '../../components/MarkingBadge';
import { SeverityBadge } from '../../components/SeverityBadge';
import { StatusBadge } from '../../components/StatusBadge';
import { CLOCK_TONE_COLOURS, registerClock } from '../clocks/clockView';
import { showHiddenMarks } from '../../../../shared/text/hiddenMarks';
import type { RegisterColumnKey } from './registerLayout';

export type RegisterColumn = {
  /** Its width and priority are in registerLayout.ts. */
  key: RegisterColumnKey;
  label: string;
  /** The core sorts by this field; columns without one are not sortable. */
  sortField?: SortField;
  align?: 'right';
  render: (row: IncidentSummary, now: number) => ReactNode;
};

function IcoClockCell({ row, now }: { row: IncidentSummary; now: number }) {
  const clock = registerClock(row, now);
  const colour = CLOCK_TONE_COLOURS[clock.tone];
  const isQuiet = clock.tone === 'none' || clock.tone === 'late';
  return (
    <Tooltip label={clock.title} openDelay={300}>
      <Text
        size="sm"
        data-testid="register-ico-clock"
        data-tone={clock.tone}
        c={isQuiet ? 'dimmed' : `${colour}.${clock.tone === 'calm' ? 7 : 8}`}
        fw={clock.tone === 'overdue' || clock.tone === 'soon' ? 600 : undefined}
        truncate
      >
        {clock.text}
      </Text>
    </Tooltip>
  );
}

/** The register's columns, in order; those with a sort field sort server-side by it. */
export const REGISTER_COLUMNS: readonly RegisterColumn[] = [
  {
    key: 'reference',
    sortField: 'reference',
    label: 'Reference',
    render: (r) => (
      <Text ff="monospace" size="xs">
        {r.reference}
      </Text>
    ),
  },
  {
    key: 'title',
    sortField: 'title',
    label: 'Title',
    render: (r) => (
      <Group gap={6} wrap="nowrap" miw={0}>
        <Text size="sm" truncate title={showHiddenMarks(r.title)}>
          {showHiddenMarks(r.title)}
        </Text>
        {r.isDemo && <DemoBadge />}
      </Group>
    ),
  },
  {
    key: 'kind',
    sortField: 'kind',
    label: 'Kind',
    render: (r) => (
      <Text size="sm" truncate>
        {INCIDENT_KIND_LABELS[r.kind]}
      </Text>
    ),
  },
  { key: 'status', sortField: 'status', label: 'Status', render: (r) => <StatusBadge status={r.status} /> },
  {
    key: 'severity',
    label: 'Severity',
    render: (r) =>
      r.severityBand ? (
        <SeverityBadge band={r.severityBand} size="xs" />
      ) : (
        <Text size="sm" c="dimmed">
          —
        </Text>
      ),
  },
  { key: 'ico', label: 'ICO clock', render: (r, now) => <IcoClockCell row={r} now={now} /> },
  { key: 'recordMarking', sortField: 'recordMarking', label: 'Marking', render: (r) => <MarkingBadge marking={r.recordMarking} size="xs" /> },
  {
    key: 'discoveredAt',
    sortField: 'discoveredAt',
    label: 'Discovered',
    render: (r) => (
      <Text fz={12} style={{ whiteSpace: 'nowrap' }}>
        {formatUkDateTime(r.discoveredAt)}
      </Text>
    ),
  },
  {
    key: 'owner',
    sortField: 'owner',
    label: 'Owner',
    render: (r) => (
      <Text size="sm" truncate>
        {r.owner || '—'}
      </Text>
    ),
  },
  {
    key: 'affectedCount',
    sortField: 'affectedCount',
    label: 'Affected',
    align: 'right',
    render: (r) => <Text size="sm">{r.affectedCount.toLocaleString('en-GB')}</Text>,
  },
];
