import { Button, Checkbox, Group, Modal, SegmentedControl, Select, Stack, Switch, Text, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import { REPORT_KIND_LABELS, type ReportRequest } from '../../../../shared/contract/reports';
import { MARKINGS, type Marking } from '../../../../shared/domain/vocabulary';
import type { IncidentRecord } from '../../lib/contractTypes';
import { useReportsStore } from '../../stores/useReportsStore';
import { MissingAnswerLink } from './MissingAnswerLink';
import { ReportPreviewBody, SaveButtons } from './ReportPreview';

export type IncidentReportKind = 'briefing' | 'regulator' | 'letters';

/** The ICO draft first, and chosen when the dialog opens: it is the one the 72-hour clock waits for. */
const INCIDENT_REPORT_KINDS: IncidentReportKind[] = ['regulator', 'briefing', 'letters'];
const KIND_OPTIONS = INCIDENT_REPORT_KINDS.map((k) => ({ value: k, label: REPORT_KIND_LABELS[k] }));

const INTROS: Record<IncidentReportKind, string> = {
  briefing: 'One to two pages for the minister’s office. Add the lines to take, check the preview, then save.',
  regulator: 'Every section of the ICO’s breach report, filled from this incident. It never includes the names of the people affected.',
  letters:
    'A letter in plain language to each person marked for notification and not yet told: their own details, what information about them was involved, and the public account you wrote on the Decisions tab.',
};

/** Preview, then save, an incident's reports: the kind is chosen here, so one dialog saves the ICO draft and then the briefing. */
export function IncidentReportDialog({ incident, onClose }: { incident: IncidentRecord; onClose: () => void }) {
  const [kind, setKind] = useState<IncidentReportKind>('regulator');
  const [linesToTake, setLinesToTake] = useState('');
  const [merged, setMerged] = useState(true);
  const [letterMarking, setLetterMarking] = useState<Marking>('OFFICIAL');
  const [isReleasable, setIsReleasable] = useState(false);
  const loadPreview = useReportsStore((s) => s.loadPreview);
  const reset = useReportsStore((s) => s.reset);
  const status = useReportsStore((s) => s.status);
  const previewed = useReportsStore((s) => s.previewed);

  const request: ReportRequest =
    kind === 'briefing'
      ? { kind, incidentId: incident.id, linesToTake }
      : kind === 'regulator'
        ? { kind, incidentId: incident.id }
        : { kind, incidentId: incident.id, partyIds: [], merged, marking: letterMarking };
  // The confirmation is the officer's, given after reading the preview: it is sent with the save, not the preview.
  const saveRequest: ReportRequest = request.kind === 'letters' ? { ...request, releasableConfirmed: isReleasable } : request;

  // The first preview comes at once; later ones when the officer asks (typing does not re-render the report).
  useEffect(() => {
    void loadPreview(
      kind === 'briefing'
        ? { kind, incidentId: incident.id, linesToTake: '' }
        : kind === 'regulator'
          ? { kind, incidentId: incident.id }
          : { kind, incidentId: incident.id, partyIds: [], merged: true, marking: 'OFFICIAL' },
    );
    return reset;
  }, [kind, incident.id, loadPreview, reset]);

  const isStale = JSON.stringify(previewed) !== JSON.stringify(request);
  // A new preview is new text to read: the word given for the letters shown before does not carry over.
  const previewedKey = JSON.stringify(previewed);
  useEffect(() => setIsReleasable(false), [previewedKey]);

  return (
    <Modal opened onClose={onClose} title={`${REPORT_KIND_LABELS[kind]} — ${incident.reference}`} size="min(72rem, 95vw)" centered={false}>
      <Stack gap="sm">
        <SegmentedControl aria-label="Report" data={KIND_OPTIONS} value={kind} onChange={(k) => setKind(k as IncidentReportKind)} w="fit-content" />
        <Text size="sm" c="dimmed">
          {INTROS[kind]}
        </Text>
        {kind === 'briefing' && (
          <Textarea
            label="Lines to take"
            description="What the minister may say if asked. Leave empty to print “not yet agreed”."
            value={linesToTake}
            onChange={(e) => setLinesToTake(e.currentTarget.value)}
            autosize
            minRows={3}
            maxRows={10}
            maxLength={5000}
            data-autofocus
          />
        )}
        {kind === 'letters' && (
          <>
            <Switch label="One merged document (otherwise one document per person)" checked={merged} onChange={(e) => setMerged(e.currentTarget.checked)} />
            <Select
              label="Marking of each letter"
              description="OFFICIAL lets a letter go to a member of the public; choose higher if what it says calls for it."
              data={[...MARKINGS]}
              value={letterMarking}
              onChange={(m) => m && setLetterMarking(m as Marking)}
              allowDeselect={false}
              w="fit-content"
            />
            <Checkbox
              label="I have read each letter: what it contains may be released to its recipient"
              checked={isReleasable}
              onChange={(e) => setIsReleasable(e.currentTarget.checked)}
              data-testid="letters-releasable"
            />
          </>
        )}
        <Group justify="space-between" py={4} style={{ position: 'sticky', top: 60, zIndex: 2, background: 'var(--mantine-color-body)' }}>
          {isStale || status !== 'ready' ? (
            <Button variant="default" onClick={() => void loadPreview(request)} loading={status === 'loading'}>
              Update preview
            </Button>
          ) : (
            <Text size="sm" c="dimmed" data-testid="preview-current">
              The preview shows what will be saved.
            </Text>
          )}
          <SaveButtons request={saveRequest} disabled={status === 'error' || (kind === 'letters' && (!isReleasable || isStale))} />
        </Group>
        <ReportPreviewBody highlightMissing={kind === 'regulator'} answerLink={(label) => <MissingAnswerLink label={label} onLeave={onClose} />} />
      </Stack>
    </Modal>
  );
}
