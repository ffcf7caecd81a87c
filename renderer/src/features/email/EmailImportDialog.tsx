import { Alert, Button, Center, FileInput, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import { useEmailImportStore } from '../../stores/useEmailImportStore';
import { EmailPreviewView } from './EmailPreviewView';
import { ImportChoice } from './ImportChoice';

/** An .eml or an Outlook .msg as a mail client saves it; some give the MIME type only. */
export const EMAIL_ACCEPT = '.eml,.msg,message/rfc822,application/vnd.ms-outlook';

/** Reads an email file (.eml or Outlook .msg), shows what it says and where its recipients' domains stand, then records it. */
export function EmailImportDialog() {
  const dialog = useEmailImportStore((s) => s.dialog);
  const step = useEmailImportStore((s) => s.step);
  const source = useEmailImportStore((s) => s.source);
  const preview = useEmailImportStore((s) => s.preview);
  const readError = useEmailImportStore((s) => s.readError);
  const read = useEmailImportStore((s) => s.read);
  const closeDialog = useEmailImportStore((s) => s.closeDialog);

  return (
    <Modal opened={dialog !== null} onClose={closeDialog} title="Import an email" size={980} closeOnClickOutside={false}>
      <Stack gap="sm">
        <FileInput
          label="Email file (.eml or .msg)"
          description="Drag the email out of Outlook, or save it from your mail client (in Outlook: File › Save As). A forward is read from its attached original."
          placeholder="Choose a file, or drop it anywhere on the window"
          accept={EMAIL_ACCEPT}
          value={source}
          onChange={(file) => file && void read(file)}
          disabled={step === 'importing'}
          error={readError !== null}
          data-autofocus={step === 'choose' ? true : undefined}
        />
        {readError && (
          <Alert color="red" variant="light" title={`${source?.name ?? 'The file'} could not be read`} data-testid="read-error">
            {readError.message} Nothing was recorded.
          </Alert>
        )}
        {step === 'reading' && (
          <Center py="lg">
            <Group gap="xs">
              <Loader size="sm" />
              <Text size="sm" c="dimmed">
                Reading {source?.name}…
              </Text>
            </Group>
          </Center>
        )}
        {preview && (step === 'preview' || step === 'importing') && (
          <>
            <EmailPreviewView preview={preview} />
            <ImportChoice key={preview.sha256} preview={preview} context={dialog?.context ?? null} onCancel={closeDialog} />
          </>
        )}
        {!preview && step !== 'reading' && (
          <Group justify="flex-end">
            <Button variant="default" onClick={closeDialog}>
              Cancel
            </Button>
          </Group>
        )}
      </Stack>
    </Modal>
  );
}
