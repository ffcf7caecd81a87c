import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { isThumbnailShown } from '../../../../shared/contract/evidence';
import { formatUkDateTime } from '../../../../shared/time/ukTime';
import { ProblemAlert } from '../../components/form/ProblemAlert';
import { toUiError } from '../../lib/errors';
import { useEvidenceStore, type EvidenceItem } from '../../stores/useEvidenceStore';
import { fileSizeText } from '../email/recipientView';
import { CustodyList } from './CustodyList';
import { EvidenceThumbnail } from './EvidenceThumbnail';
import { sourceLabel, typeText } from './evidenceView';
import { RemoveEvidenceDialog } from './RemoveEvidenceDialog';
import { saveEvidenceCopy } from './saveEvidenceCopy';

/**
 * One evidence item: what it is by its bytes, its SHA-256 printed whole (so a copy held elsewhere can be
 * compared), a picture for an image, a way to save a copy, and its chain of custody. Nothing is opened.
 */
export function EvidenceCard({ item, mayRemove }: { item: EvidenceItem; mayRemove: boolean }) {
  const exportCopy = useEvidenceStore((s) => s.exportCopy);
  const [isSaving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<{ problem: string | null; saved: string | null }>({ problem: null, saved: null });
  const [isRemoving, setRemoving] = useState(false);

  const save = async () => {
    setSaving(true);
    setOutcome({ problem: null, saved: null });
    try {
      const result = await saveEvidenceCopy(await exportCopy(item.id));
      if (result.saved) setOutcome({ problem: null, saved: result.path ? `Saved a copy to ${result.path}.` : `Saved a copy of ${result.fileName}.` });
      else if (!result.cancelled) setOutcome({ problem: result.message, saved: null });
    } catch (e) {
      setOutcome({ problem: toUiError(e).message, saved: null });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Paper withBorder p="xs" data-testid="evidence-item">
      <Group align="flex-start" wrap="nowrap" gap="sm">
        {isThumbnailShown(item) && <EvidenceThumbnail item={item} />}
        <Stack gap={4} miw={0} style={{ flex: 1 }}>
          <Group justify="space-between" wrap="nowrap" gap="xs">
            <Group gap="xs" wrap="nowrap" miw={0}>
              <Text size="sm" fw={600} truncate>
                {item.fileName}
              </Text>
              <Badge variant="default">{sourceLabel(item)}</Badge>
            </Group>
            <Group gap="xs" wrap="nowrap">
              <Button size="xs" variant="default" loading={isSaving} onClick={() => void save()}>
                Save a copy…
              </Button>
              {mayRemove && item.source === 'file' && (
                <Button size="xs" variant="subtle" color="red" onClick={() => setRemoving(true)}>
                  Remove…
                </Button>
              )}
            </Group>
          </Group>
          <Text size="xs" c="dimmed" data-testid="evidence-type">
            {typeText(item.mediaType)} · {fileSizeText(item.size)} · added {formatUkDateTime(item.addedAt)} by {item.addedBy}
          </Text>
          {item.description && <Text size="sm">{item.description}</Text>}
          <Group gap={6} wrap="nowrap">
            <Text size="xs" c="dimmed">
              SHA-256
            </Text>
            <Text size="xs" ff="monospace" data-testid="evidence-item-sha256" style={{ overflowWrap: 'anywhere', userSelect: 'all' }}>
              {item.sha256}
            </Text>
          </Group>
          <CustodyList steps={item.custody} />
          <ProblemAlert problem={outcome.problem} py={4} />
          {outcome.saved && (
            <Text size="xs" c="teal.8" data-testid="evidence-saved">
              {outcome.saved}
            </Text>
          )}
        </Stack>
      </Group>
      {isRemoving && <RemoveEvidenceDialog item={item} onClose={() => setRemoving(false)} />}
    </Paper>
  );
}
