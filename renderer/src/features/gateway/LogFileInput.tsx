import { Alert, Group, Input, Loader, Text } from '@mantine/core';
import { useGatewayImportStore } from '../../stores/useGatewayImportStore';

/** The first step: pick the log; Casebook uploads it and reads its header and first rows. */
export function LogFileInput({ disabled }: { disabled: boolean }) {
  const step = useGatewayImportStore((s) => s.step);
  const error = useGatewayImportStore((s) => s.error);
  const chooseFile = useGatewayImportStore((s) => s.chooseFile);
  const isInspecting = step === 'inspecting';

  return (
    <Input.Wrapper
      id="gateway-log-file"
      label="Gateway log file"
      description="An Exchange message tracking log (.log), a Microsoft 365 message trace export (.csv), or any CSV with one row per message."
    >
      <Group gap="sm" mt={6}>
        <input
          id="gateway-log-file"
          aria-describedby="gateway-log-file-description"
          type="file"
          accept=".log,.csv,.txt"
          disabled={disabled || isInspecting}
          // Cleared on each opening, so that choosing the same file again (after fixing it) reads it again.
          onClick={(e) => {
            e.currentTarget.value = '';
          }}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) void chooseFile(file);
          }}
        />
        {isInspecting && (
          <Group gap={6}>
            <Loader size={14} />
            <Text size="sm" c="dimmed">
              Reading the file’s header…
            </Text>
          </Group>
        )}
      </Group>
      {error && step === 'choose' && (
        <Alert color="red" variant="light" mt="xs" title="This file could not be read" data-testid="gateway-file-error">
          {error.message}
        </Alert>
      )}
    </Input.Wrapper>
  );
}
