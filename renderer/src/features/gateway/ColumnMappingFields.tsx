import { Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { LOG_FIELDS, REQUIRED_LOG_FIELDS } from '../../../../shared/contract/gatewayLogs';
import { useGatewayImportStore } from '../../stores/useGatewayImportStore';
import { LOG_FIELD_LABELS } from './gatewayView';
import { SampleRows } from './SampleRows';

const REQUIRED: readonly string[] = REQUIRED_LOG_FIELDS;

/** For a CSV Casebook does not recognise: which column holds each field, beside what the columns hold. */
export function ColumnMappingFields() {
  const inspection = useGatewayImportStore((s) => s.inspection);
  const mapping = useGatewayImportStore((s) => s.mapping);
  const setMappingField = useGatewayImportStore((s) => s.setMappingField);
  if (!inspection) return null;
  // The mapping names columns by their header, so an unnamed or repeated header can be chosen once at most.
  const columns = [...new Set(inspection.columns.filter((name) => name.trim() !== ''))];

  return (
    <Stack gap="xs" data-testid="column-mapping">
      <Text size="sm" fw={600}>
        Map the columns
      </Text>
      <Text size="xs" c="dimmed">
        Recipients may hold several addresses separated by ; or ,. Subject and message ID are optional but help tell messages apart.
      </Text>
      <SimpleGrid cols={{ base: 2, lg: 5 }} spacing="sm">
        {LOG_FIELDS.map((field) => {
          const isRequired = REQUIRED.includes(field);
          return (
            <Select
              key={field}
              label={LOG_FIELD_LABELS[field]}
              required={isRequired}
              placeholder={isRequired ? 'Choose a column' : 'Not in this file'}
              data={columns}
              value={mapping[field] || null}
              onChange={(column) => setMappingField(field, column ?? '')}
              clearable={!isRequired}
              error={isRequired && mapping[field] === '' ? 'Required' : undefined}
            />
          );
        })}
      </SimpleGrid>
      <SampleRows columns={inspection.columns} rows={inspection.sampleRows} />
    </Stack>
  );
}
