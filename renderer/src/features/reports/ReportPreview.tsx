import { Alert, Box, Button, Center, Group, List, Loader, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { ReactNode } from 'react';
import { FORMATS_BY_KIND, type ReportFormat, type ReportRequest } from '../../../../shared/contract/reports';
import { useReportsStore, type SaveReport } from '../../stores/useReportsStore';
import { ReportDocumentView } from './ReportDocumentView';
import { missingAnswers } from './reportView';
import { SheetPreview } from './SheetPreview';

export const FORMAT_BUTTON_LABELS: Record<ReportFormat, string> = {
  pdf: 'Save as PDF',
  docx: 'Save as Word',
  xlsx: 'Save as Excel',
  csv: 'Save as CSV',
};

/** What the last preview showed: the documents, or the sheet's first rows. */
export function ReportPreviewBody({ highlightMissing = false, answerLink }: { highlightMissing?: boolean; answerLink?: (label: string) => ReactNode }) {
  const status = useReportsStore((s) => s.status);
  const preview = useReportsStore((s) => s.preview);
  const error = useReportsStore((s) => s.error);

  if (status === 'error' && error) {
    return (
      <Alert color="red" variant="light" title="The preview could not be made" data-testid="report-preview-error">
        {error.message}
      </Alert>
    );
  }
  if (!preview || status === 'idle') return null;
  const missing = highlightMissing ? missingAnswers(preview.documents) : [];
  const mandatory = missing.filter((m) => m.isMandatory);
  const optional = missing.filter((m) => !m.isMandatory);
  return (
    <Box pos="relative" data-testid="report-preview" aria-busy={status === 'loading'}>
      {status === 'loading' && (
        <Center pos="absolute" inset={0} style={{ zIndex: 1, background: 'rgba(255,255,255,0.6)' }}>
          <Loader size="sm" aria-label="Updating the preview" />
        </Center>
      )}
      <Stack gap="md">
        {highlightMissing && mandatory.length > 0 && (
          <Alert
            color="orange"
            variant="light"
            title={`${mandatory.length} mandatory ${mandatory.length === 1 ? 'answer is' : 'answers are'} still missing`}
            data-testid="report-missing-list"
          >
            <Text size="sm" mb={4}>
              Complete these on the incident before submitting to the ICO; the draft shows them as not yet known.
            </Text>
            <List size="sm" spacing={0}>
              {mandatory.map((m) => (
                <List.Item key={m.label}>
                  {m.label}
                  {answerLink?.(m.label)}
                </List.Item>
              ))}
            </List>
            {optional.length > 0 && (
              <Text size="xs" c="dimmed" mt={6}>
                Also not yet known, but not required: {optional.map((m) => m.label).join('; ')}.
              </Text>
            )}
          </Alert>
        )}
        {highlightMissing && mandatory.length === 0 && preview.documents.length > 0 && (
          <Alert color="green" variant="light" data-testid="report-missing-list">
            Every mandatory answer is filled in. Check the draft, then submit it to the ICO.
          </Alert>
        )}
        {preview.sheet && <SheetPreview sheet={preview.sheet} rowCount={preview.sheetRowCount} />}
        {preview.documents.map((document, i) => (
          <ReportDocumentView key={`${document.fileStem}-${i}`} document={document} />
        ))}
        {!preview.sheet && preview.documents.length === 0 && (
          <Text size="sm" c="dimmed" data-testid="report-empty">
            There is nothing to put in this report.
          </Text>
        )}
      </Stack>
    </Box>
  );
}

/** The save buttons for a report's formats: generate through the core, then save or download. */
export function SaveButtons({ request, disabled = false }: { request: ReportRequest | null; disabled?: boolean }) {
  const saving = useReportsStore((s) => s.saving);
  const save = useReportsStore((s) => s.save);
  if (!request) return null;
  const formats = FORMATS_BY_KIND[request.kind] as readonly ReportFormat[];

  const run = async (format: ReportFormat) => {
    showSaveOutcome(await save(request, format));
  };

  return (
    <Group gap="xs">
      {formats.map((format) => (
        <Button
          key={format}
          variant={format === formats[0] ? 'filled' : 'default'}
          loading={saving === format}
          disabled={disabled || (saving !== null && saving !== format)}
          onClick={() => void run(format)}
        >
          {FORMAT_BUTTON_LABELS[format]}
        </Button>
      ))}
    </Group>
  );
}

function savedText(files: { fileName: string; path: string | null }[]): string {
  if (files.length === 1) {
    const [file] = files;
    return file!.path ? `Saved ${file!.path}` : `Saved ${file!.fileName} to your downloads`;
  }
  return `Saved ${files.length} files: ${files.map((f) => f.fileName).join(', ')}`;
}

function showSaveOutcome(report: SaveReport): void {
  if (report.outcome === 'saved') {
    notifications.show({ color: 'green', message: savedText(report.files), autoClose: 5000 });
  } else if (report.outcome === 'cancelled') {
    if (report.files.length > 0) notifications.show({ color: 'yellow', message: `${savedText(report.files)}; the rest were not saved.` });
  } else {
    const before = report.files.length > 0 ? `${savedText(report.files)}. ` : '';
    notifications.show({ color: 'red', title: 'The report was not saved', message: `${before}${report.message}`, autoClose: false });
  }
}
