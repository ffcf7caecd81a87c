import { Alert, Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import { formatUkDateTime } from '../../../../shared/time/ukTime';
import { DraftRestored } from '../../components/form/DraftRestored';
import { draftWhat } from '../../components/form/draftText';
import { useDraft } from '../../components/form/useDraft';
import { ReadOnlyNote } from '../../components/ReadOnlyNote';
import { useMayCall } from '../../lib/access';
import { toUiError } from '../../lib/errors';
import { useIncidentStore } from '../../stores/useIncidentStore';

/** The investigation's running log, newest first. Notes are never edited: the timeline is evidence. */
export function NotesTab({ incidentId, reference, isClosed }: { incidentId: string; reference: string; isClosed: boolean }) {
  const notes = useIncidentStore((s) => s.notes);
  const loadNotes = useIncidentStore((s) => s.loadNotes);
  const addNote = useIncidentStore((s) => s.addNote);
  const mayAdd = useMayCall('notes:add');
  const [body, setBody] = useState('');
  const [isSaving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const draft = useDraft({
    form: isClosed || !mayAdd ? null : { kind: 'note', incidentId },
    values: { body },
    isDirty: body.trim() !== '',
    what: draftWhat('note', reference),
    onRestore: (values) => setBody(typeof values.body === 'string' ? values.body : ''),
  });

  useEffect(() => {
    void loadNotes();
  }, [loadNotes]);

  const save = async () => {
    if (body.trim() === '') {
      setProblem('Write the note first.');
      return;
    }
    setSaving(true);
    setProblem(null);
    try {
      await draft.submit(() => addNote(body));
      setBody('');
    } catch (e) {
      const error = toUiError(e);
      setProblem(error.issues?.[0]?.message ?? error.message);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Stack gap="sm" maw={860}>
      {isClosed ? (
        <Text size="sm" c="dimmed">
          This incident is closed. Re-open it to add notes.
        </Text>
      ) : !mayAdd ? (
        <ReadOnlyNote what="the notes" />
      ) : (
        <Stack gap={6}>
          <DraftRestored
            at={draft.restoredAt}
            onDiscard={() => {
              draft.discard();
              setBody('');
            }}
          />
          <Textarea
            label="Add a note"
            placeholder="What was done, found or decided. Ctrl+Enter adds it."
            minRows={3}
            value={body}
            onChange={(e) => setBody(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void save();
            }}
            error={problem}
          />
          <Group>
            <Button onClick={() => void save()} loading={isSaving}>
              Add note
            </Button>
          </Group>
        </Stack>
      )}
      {notes.error && (
        <Alert color="red" variant="light">
          {notes.error.message}
        </Alert>
      )}
      {notes.status === 'ready' && notes.items.length === 0 && (
        <Text size="sm" c="dimmed">
          No notes yet.
        </Text>
      )}
      <Stack gap="xs" data-testid="notes-timeline">
        {notes.items.map((note) => (
          <Paper key={note.id} withBorder p="xs" data-testid="note">
            <Group gap="xs" mb={2}>
              <Text size="xs" fw={600}>
                {note.author}
              </Text>
              <Text size="xs" c="dimmed">
                {formatUkDateTime(note.createdAt)}
              </Text>
            </Group>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {note.body}
            </Text>
          </Paper>
        ))}
      </Stack>
      {notes.nextCursor && (
        <Button variant="subtle" onClick={() => void loadNotes(true)} w="fit-content">
          Show older notes
        </Button>
      )}
    </Stack>
  );
}
