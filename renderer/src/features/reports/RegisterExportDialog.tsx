import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { ReportRequest } from '../../../../shared/contract/reports';
import { useIncidentsStore } from '../../stores/useIncidentsStore';
import { useReportsStore } from '../../stores/useReportsStore';
import { ReportPreviewBody, SaveButtons } from './ReportPreview';
import { filterText } from './reportView';

/** "Export register": the Art. 33(5) register of the incidents the current filters show, as CSV or Excel. */
export function RegisterExportButton() {
  const [isOpen, setOpen] = useState(false);
  return (
    <>
      <Button variant="default" onClick={() => setOpen(true)}>
        Export register
      </Button>
      {isOpen && <RegisterExportDialog onClose={() => setOpen(false)} />}
    </>
  );
}

function RegisterExportDialog({ onClose }: { onClose: () => void }) {
  const filter = useIncidentsStore((s) => s.filter);
  const loadPreview = useReportsStore((s) => s.loadPreview);
  const reset = useReportsStore((s) => s.reset);
  const status = useReportsStore((s) => s.status);
  const [request] = useState<ReportRequest>(() => ({ kind: 'register', filter }));

  useEffect(() => {
    void loadPreview(request);
    return reset;
  }, [request, loadPreview, reset]);

  return (
    <Modal opened onClose={onClose} title="Export the breach register" size="min(80rem, 95vw)">
      <Stack gap="sm">
        <Text size="sm" c="dimmed" data-testid="register-export-filter">
          {filterText(filter)} Cells are written so that a spreadsheet never runs them as formulas.
        </Text>
        <Group justify="flex-end">
          <SaveButtons request={request} disabled={status !== 'ready'} />
        </Group>
        <ReportPreviewBody />
      </Stack>
    </Modal>
  );
}
