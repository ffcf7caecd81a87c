import { Button, Group, Modal, Paper, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { DraftSummary } from '../../../../shared/contract/drafts';
import { formatUkDateTime } from '../../../../shared/time/ukTime';
import { useAuthStore } from '../../stores/useAuthStore';
import { useDraftsStore } from '../../stores/useDraftsStore';
import { useUiStore } from '../../stores/useUiStore';
import { draftWhat } from '../../components/form/draftText';
import { DRAFT_TAB, draftOfferText } from './draftOffer';

/**
 * After login, offers back what the account was writing when it last left (issue 11 §3): each draft can
 * be restored (its form opens with the values) or discarded. Waits for the failed-logins notice, which
 * comes first.
 */
export function DraftsOffer() {
  const offered = useDraftsStore((s) => s.offered);
  const loadOffer = useDraftsStore((s) => s.loadOffer);
  const withdraw = useDraftsStore((s) => s.withdraw);
  const discard = useDraftsStore((s) => s.discard);
  const isFailedLoginsShown = useAuthStore((s) => s.unseenFailedLogins.length > 0);
  const navigate = useUiStore((s) => s.navigate);
  const openIncident = useUiStore((s) => s.openIncident);
  const [isDismissed, setDismissed] = useState(false);

  useEffect(() => {
    // Nothing to offer is no problem worth showing: the forms still restore their own drafts.
    loadOffer().catch(() => undefined);
  }, [loadOffer]);

  const restore = (draft: DraftSummary) => {
    withdraw(draft);
    setDismissed(true);
    if (draft.kind === 'newIncident' || draft.incidentReference === null) navigate({ page: 'newIncident' });
    else openIncident(draft.incidentReference, DRAFT_TAB[draft.kind]);
  };

  return (
    <Modal opened={offered.length > 0 && !isDismissed && !isFailedLoginsShown} onClose={() => setDismissed(true)} title="Unsaved work" centered size="lg">
      <Stack gap="sm" data-testid="drafts-offer">
        {offered.map((draft) => (
          <Paper key={`${draft.kind}:${draft.incidentId ?? ''}`} withBorder p="sm">
            <Text size="sm" fw={600}>
              {draftOfferText(draft)}
            </Text>
            {draft.incidentTitle && (
              <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                {draft.incidentTitle}
              </Text>
            )}
            <Text size="xs" c="dimmed">
              Last kept {formatUkDateTime(draft.updatedAt)}
            </Text>
            <Group gap="xs" mt="xs">
              <Button size="compact-sm" onClick={() => restore(draft)} aria-label={`Restore ${draftWhat(draft.kind, draft.incidentReference)}`}>
                Restore
              </Button>
              <Button
                size="compact-sm"
                variant="default"
                onClick={() => void discard(draft).catch(() => undefined)}
                aria-label={`Discard ${draftWhat(draft.kind, draft.incidentReference)}`}
              >
                Discard
              </Button>
            </Group>
          </Paper>
        ))}
        <Text size="xs" c="dimmed">
          Drafts are kept in the encrypted register for your account only. “Later” keeps them: each form offers its draft again when you open it.
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setDismissed(true)}>
            Later
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
