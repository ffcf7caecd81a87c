import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useRef, useState, type ReactNode } from 'react';
import type { FolderPurpose } from '../../../../shared/contract/shell';

const WORDING = {
  backup: { title: 'Folder for the backup', help: 'Type the full path of the removable drive or folder to write the backup to.' },
  restore: { title: 'Backup to restore', help: 'Type the full path of the backup’s folder (casebook-backup-…).' },
} as const;

/**
 * The harness's stand-in for the native folder dialog: browsers cannot pick a folder, so the page asks for its
 * path. `ask` resolves with the typed path, or null when cancelled; `prompt` is the dialog to render.
 */
export function useFolderPathPrompt(): { ask: (purpose: FolderPurpose) => Promise<string | null>; prompt: ReactNode } {
  const [purpose, setPurpose] = useState<FolderPurpose | null>(null);
  const [path, setPath] = useState('');
  const answer = useRef<(path: string | null) => void>(() => undefined);

  const ask = (next: FolderPurpose) =>
    new Promise<string | null>((resolve) => {
      answer.current = resolve;
      setPath('');
      setPurpose(next);
    });
  const finish = (value: string | null) => {
    setPurpose(null);
    answer.current(value);
  };

  const prompt =
    purpose === null ? null : (
      <Modal opened onClose={() => finish(null)} title={WORDING[purpose].title} size="md">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            finish(path.trim());
          }}
        >
          <Stack gap="sm">
            <Text size="sm">{WORDING[purpose].help}</Text>
            <TextInput label="Folder path" value={path} onChange={(e) => setPath(e.currentTarget.value)} data-autofocus spellCheck={false} />
            <Group justify="flex-end" gap="xs">
              <Button variant="default" onClick={() => finish(null)}>
                Cancel
              </Button>
              <Button type="submit" disabled={path.trim() === ''}>
                Use this folder
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    );

  return { ask, prompt };
}
