import { Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { IncidentSummary, SortField } from '../../../../shared/domain/schemas';
import { INCIDENT_KIND_LABELS } from '../../../../shared/domain/vocabulary';
import { formatUkDateTime } from '../../../../shared/time/ukTime';
import { DemoBadge } from '../../components/DemoBadge';
import { MarkingBadge } from '../../components/MarkingBadge';
import { StatusBadge } from '../../components/StatusBadge';

export type RegisterColumn = {
  field: SortField;
  label: string;
  width: string;
  align?: 'right';
  render: (row: IncidentSummary) => ReactNode;
};

/** The register's columns, in order; every one sorts server-side by its field. */
export const REGISTER_COLUMNS: readonly RegisterColumn[] = [
  { field: 'reference', label: 'Reference', width: '112px', render: (r) => <Text ff="monospace" size="xs">{r.reference}</Text> },
  {
    field: 'title',
    label: 'Title',
    width: 'minmax(220px, 1fr)',
    render: (r) => (
      <Group gap={6} wrap="nowrap" miw={0}>
        <Text size="sm" truncate title={r.title}>
          {r.title}
        </Text>
        {r.isDemo && <DemoBadge />}
      </Group>
    ),
  },
  { field: 'kind', label: 'Kind', width: '160px', render: (r) => <Text size="sm" truncate>{INCIDENT_KIND_LABELS[r.kind]}</Text> },
  { field: 'status', label: 'Status', width: '116px', render: (r) => <StatusBadge status={r.status} /> },
  { field: 'recordMarking', label: 'Marking', width: '140px', render: (r) => <MarkingBadge marking={r.recordMarking} /> },
  { field: 'discoveredAt', label: 'Discovered', width: '130px', render: (r) => <Text size="sm">{formatUkDateTime(r.discoveredAt)}</Text> },
  { field: 'owner', label: 'Owner', width: '140px', render: (r) => <Text size="sm" truncate>{r.owner || '—'}</Text> },
  { field: 'affectedCount', label: 'Affected', width: '72px', align: 'right', render: (r) => <Text size="sm">{r.affectedCount.toLocaleString('en-GB')}</Text> },
];

export const REGISTER_GRID_TEMPLATE = REGISTER_COLUMNS.map((c) => c.width).join(' ');
