import { Alert, Badge, Button, Group, Paper, Select, Stack, Text } from '@mantine/core';
import { GATEWAY_LOG_FORMAT_LABELS, type GatewayLogFormat } from '../../../../shared/contract/gatewayLogs';
import { MARKINGS, type Marking } from '../../../../shared/domain/vocabulary';
import { optionsFrom } from '../../lib/options';
import { selectCanStart, useGatewayImportStore } from '../../stores/useGatewayImportStore';
import { ColumnMappingFields } from './ColumnMappingFields';
import { formatSize } from './gatewayView';
import { IncidentTargetPicker } from './IncidentTargetPicker';
import { AwarenessField } from '../../components/AwarenessField';

const FORMAT_OPTIONS = optionsFrom(GATEWAY_LOG_FORMAT_LABELS);

/** The second step: what the file is, how to read it, where the messages go; then start. */
export function ImportOptions() {
  const inspection = useGatewayImportStore((s) => s.inspection);
  const format = useGatewayImportStore((s) => s.format);
  const setFormat = useGatewayImportStore((s) => s.setFormat);
  const fileInto = useGatewayImportStore((s) => s.fileInto);
  const recordMarking = useGatewayImportStore((s) => s.recordMarking);
  const setRecordMarking = useGatewayImportStore((s) => s.setRecordMarking);
  const step = useGatewayImportStore((s) => s.step);
  const error = useGatewayImportStore((s) => s.error);
  const start = useGatewayImportStore((s) => s.start);
  const canStart = useGatewayImportStore(selectCanStart);
  const awareText = useGatewayImportStore((s) => s.awareText);
  const setAwareText = useGatewayImportStore((s) => s.setAwareText);
  const awareIssue = error?.issues?.find((i) => i.path === 'awareAt')?.message;
  if (!inspection) return null;

  return (
    <Paper withBorder p="sm" data-testid="gateway-options">
      <Stack gap="sm">
        <Group gap="xs">
          <Text size="sm" fw={600}>
            {inspection.fileName}
          </Text>
          <Text size="sm" c="dimmed">
            {formatSize(inspection.size)}
          </Text>
          {inspection.detectedFormat ? (
            <Badge variant="light" color="teal" tt="none" data-testid="detected-format">
              Recognised: {GATEWAY_LOG_FORMAT_LABELS[inspection.detectedFormat]}
            </Badge>
          ) : (
            <Badge variant="light" color="orange" tt="none" data-testid="detected-format">
              Not recognised — map the columns
            </Badge>
          )}
        </Group>
        <Select label="Read it as" data={FORMAT_OPTIONS} value={format} onChange={(v) => v && setFormat(v as GatewayLogFormat)} allowDeselect={false} maw={420} />
        {format === 'csv' && <ColumnMappingFields />}
        <IncidentTargetPicker />
        {fileInto === 'new' && (
          <Select
            label="Marking of the new incidents"
            data={[...MARKINGS]}
            value={recordMarking}
            onChange={(v) => v && setRecordMarking(v as Marking)}
            allowDeselect={false}
            maw={260}
          />
        )}
        {fileInto === 'new' && <AwarenessField value={awareText} onChange={setAwareText} error={awareIssue} />}
        {error && !awareIssue && (
          <Alert color="red" variant="light" title="The import could not start" data-testid="gateway-start-error">
            {error.message}
          </Alert>
        )}
        <Group>
          <Button onClick={() => void start()} disabled={!canStart} loading={step === 'starting'}>
            Start import
          </Button>
          <Text size="xs" c="dimmed">
            Only messages to lookalike domains are kept; every other row is counted and dropped.
          </Text>
        </Group>
      </Stack>
    </Paper>
  );
}
