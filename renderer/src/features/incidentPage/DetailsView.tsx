import { Fieldset, Stack, Table, Text } from '@mantine/core';
import { ICO_INCIDENT_TYPES, INCIDENT_KIND_LABELS, INCIDENT_STATUS_LABELS, OUTCOME_LABELS } from '../../../../shared/domain/vocabulary';
import { formatUkDateTime } from '../../../../shared/time/ukTime';
import { FieldList } from '../../components/FieldList';
import type { IncidentRecord } from '../../lib/contractTypes';
import { useIncidentStore } from '../../stores/useIncidentStore';
import { detailFieldsOf, type DetailField } from '../incidentForm/detailFields';

const when = (ms: number | null) => (ms === null ? '' : formatUkDateTime(ms));

function detailText(field: DetailField, value: unknown): string {
  switch (field.type) {
    case 'list':
      return Array.isArray(value) ? value.join('\n') : '';
    case 'dateTime':
      return typeof value === 'number' ? formatUkDateTime(value) : '';
    case 'yesNo':
      return value === true ? 'Yes' : value === false ? 'No' : '';
    case 'count':
      return typeof value === 'number' ? value.toLocaleString('en-GB') : '';
    case 'choice':
      return field.options?.find((o) => o.value === value)?.label ?? '';
    case 'text':
    case 'longText':
      return typeof value === 'string' ? value : '';
    default:
      throw new Error(`Unknown detail field type ${String(field.type satisfies never)}`);
  }
}

/** The incident's recorded facts, read-only, grouped as the form groups them. */
export function DetailsView({ incident }: { incident: IncidentRecord }) {
  const statusHistory = useIncidentStore((s) => s.statusHistory);
  const details = incident.details as Record<string, unknown>;
  const detailItems = detailFieldsOf(incident.kind).map((f) => ({
    label: f.label,
    value: detailText(f, details[f.name]),
    isWide: f.type === 'longText' || f.type === 'list',
  }));

  return (
    <Stack gap="sm" data-testid="details-view">
      <Fieldset legend="What happened" variant="filled" p="sm">
        <FieldList
          items={[
            { label: 'Kind', value: INCIDENT_KIND_LABELS[incident.kind] },
            { label: 'ICO incident type', value: ICO_INCIDENT_TYPES[incident.kind] },
            { label: 'Outcome', value: incident.outcome ? OUTCOME_LABELS[incident.outcome] : '' },
            { label: 'Description', value: incident.description, isWide: true },
          ]}
        />
      </Fieldset>
      <Fieldset legend={`${INCIDENT_KIND_LABELS[incident.kind]} details`} variant="filled" p="sm">
        <FieldList items={detailItems} cols={2} />
      </Fieldset>
      <Fieldset legend="When, who and marking" variant="filled" p="sm">
        <FieldList
          items={[
            { label: 'Occurred', value: when(incident.occurredAt) },
            { label: 'Discovered', value: when(incident.discoveredAt) },
            { label: 'Reported', value: when(incident.reportedAt) },
            { label: 'Business unit', value: incident.businessUnit },
            { label: 'Reporting officer', value: incident.reportingOfficer },
            { label: 'Owner', value: incident.owner },
            { label: 'Marking of this record', value: incident.recordMarking },
            { label: 'Marking of the material', value: incident.materialMarking ?? 'Not known' },
            {
              label: 'Items compromised',
              value: incident.materialItemCount === null ? '' : incident.materialItemCount.toLocaleString('en-GB'),
            },
            { label: 'Recorded', value: `${formatUkDateTime(incident.createdAt)} by ${incident.createdBy}` },
            { label: 'Last changed', value: `${formatUkDateTime(incident.updatedAt)} by ${incident.updatedBy}` },
          ]}
        />
      </Fieldset>
      {statusHistory.length > 0 && (
        <Fieldset legend="Status changes" variant="filled" p="sm">
          <Table data-testid="status-history">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={140}>When</Table.Th>
                <Table.Th w={220}>Move</Table.Th>
                <Table.Th w={160}>By</Table.Th>
                <Table.Th>Reason</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {statusHistory.map((change) => (
                <Table.Tr key={`${change.at}-${change.to}`}>
                  <Table.Td>{formatUkDateTime(change.at)}</Table.Td>
                  <Table.Td>
                    {INCIDENT_STATUS_LABELS[change.from]} → {INCIDENT_STATUS_LABELS[change.to]}
                  </Table.Td>
                  <Table.Td>{change.actor}</Table.Td>
                  <Table.Td>
                    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                      {change.reason || '—'}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Fieldset>
      )}
    </Stack>
  );
}
