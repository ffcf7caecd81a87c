import { Button, FileButton, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useState, type DragEvent } from 'react';
import { ProblemAlert } from '../../components/form/ProblemAlert';
import { toUiError } from '../../lib/errors';
import { useEvidenceStore } from '../../stores/useEvidenceStore';
import { fileSizeText } from '../email/recipientView';
import { tooLargeText } from './evidenceView';

/**
 * Where a file is dropped or chosen, described, then attached. A drop here is this incident's evidence, so
 * it is kept from the window's own drop target (which imports an .eml as an email).
 */
export function AttachEvidence({ incidentId }: { incidentId: string }) {
  const attach = useEvidenceStore((s) => s.attach);
  const [file, setFile] = useState<File | null>(null);
  const [description, setDescription] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const [isOver, setOver] = useState(false);

  const choose = (chosen: File | null) => {
    setProblem(chosen ? tooLargeText(chosen) : null);
    setFile(chosen && !tooLargeText(chosen) ? chosen : null);
  };
  const hold = (e: DragEvent, over: boolean) => {
    if (!e.dataTransfer.types.includes('Files')) return;
    e.preventDefault();
    e.stopPropagation();
    setOver(over);
  };
  const submit = async () => {
    if (!file) return;
    setBusy(true);
    setProblem(null);
    try {
      await attach(incidentId, file, description);
      setFile(null);
      setDescription('');
    } catch (e) {
      setProblem(toUiError(e).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Paper
      withBorder
      p="sm"
      data-testid="evidence-drop"
      style={{ borderStyle: 'dashed', borderWidth: 2, borderColor: isOver ? 'var(--mantine-color-indigo-6)' : undefined }}
      onDragEnter={(e) => hold(e, true)}
      onDragOver={(e) => hold(e, true)}
      onDragLeave={(e) => hold(e, false)}
      onDrop={(e) => {
        hold(e, false);
        const dropped = e.dataTransfer.files[0];
        if (dropped) choose(dropped);
      }}
    >
      <Stack gap="xs">
        <Group gap="xs">
          <Text size="sm">Drop a photo, a scan, a spreadsheet or any file here, or</Text>
          <FileButton onChange={choose}>
            {(props) => (
              <Button {...props} variant="default" size="xs">
                Choose a file…
              </Button>
            )}
          </FileButton>
        </Group>
        {file && (
          <Stack gap="xs">
            <Text size="sm">
              <Text span fw={600}>
                {file.name}
              </Text>{' '}
              <Text span c="dimmed" size="sm">
                ({fileSizeText(file.size)})
              </Text>
            </Text>
            <TextInput
              label="What it is"
              description="For whoever reads the record later: what the file shows and where it came from."
              value={description}
              maxLength={1000}
              onChange={(e) => setDescription(e.currentTarget.value)}
            />
            <Group gap="xs">
              <Button onClick={() => void submit()} loading={isBusy}>
                Attach to the incident
              </Button>
              <Button variant="default" onClick={() => choose(null)} disabled={isBusy}>
                Cancel
              </Button>
            </Group>
          </Stack>
        )}
        <ProblemAlert problem={problem} testId="evidence-attach-problem" />
      </Stack>
    </Paper>
  );
}
