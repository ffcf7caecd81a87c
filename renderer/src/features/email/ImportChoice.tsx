import { Alert, Button, Group, Paper, Radio, Select, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { EmailPreview } from '../../../../shared/contract/emails';
import type { ConflictHolder } from '../../../../shared/contract/result';
import { INCIDENT_KIND_LABELS, MARKINGS, type Marking } from '../../../../shared/domain/vocabulary';
import { toUiError } from '../../lib/errors';
import { useEmailImportStore, type ImportContext, type ImportTarget } from '../../stores/useEmailImportStore';
import { useIncidentStore } from '../../stores/useIncidentStore';
import { useUiStore } from '../../stores/useUiStore';
import { OpenIncidentPicker } from '../../components/OpenIncidentPicker';
import { AwarenessField } from '../../components/AwarenessField';
import { nowAsAwareness, readAwareness } from '../../lib/awareness';
import { DuplicateEmailAlert } from './DuplicateEmailAlert';
import { importNotice } from './recipientView';

type EmailKind = EmailPreview['proposedKind'];

const KINDS: EmailKind[] = ['misdirected_email', 'cc_exposure'];

/**
 * Where the email goes: a new incident of the proposed kind, or an open incident already on record.
 * Keyed by the preview, so a different file starts again from its own proposal.
 */
export function ImportChoice({ preview, context, onCancel }: { preview: EmailPreview; context: ImportContext | null; onCancel: () => void }) {
  const importEmail = useEmailImportStore((s) => s.importEmail);
  const closeDialog = useEmailImportStore((s) => s.closeDialog);
  const isImporting = useEmailImportStore((s) => s.step === 'importing');
  const openIncident = useUiStore((s) => s.openIncident);
  const route = useUiStore((s) => s.route);
  const [mode, setMode] = useState<'new' | 'existing'>(context ? 'existing' : 'new');
  const [kind, setKind] = useState<EmailKind>(preview.proposedKind);
  const [title, setTitle] = useState(preview.proposedTitle);
  const [marking, setMarking] = useState<Marking>('OFFICIAL-SENSITIVE');
  // The message's own Purview label, when it names a marking, is offered; the officer confirms or changes it.
  const [materialMarking, setMaterialMarking] = useState<Marking | null>(preview.sensitivityLabel?.marking ?? null);
  const [existing, setExisting] = useState<ImportContext | null>(context);
  const [aware, setAware] = useState(nowAsAwareness);
  const [errors, setErrors] = useState<{ title?: string; incident?: string; aware?: string; problem?: string }>({});
  /** The incident already holding this email, when the core refused to record it twice. */
  const [holder, setHolder] = useState<ConflictHolder | null>(null);
  const problemRef = useRef<HTMLDivElement>(null);

  // The refusal appears below the recipients, often out of sight in a long dialog: bring it into view.
  useEffect(() => {
    if (errors.problem) problemRef.current?.scrollIntoView({ block: 'nearest' });
  }, [errors.problem]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const target = toTarget();
    if (target) void record(target);
  };

  const record = async (target: ImportTarget) => {
    setErrors({});
    setHolder(null);
    try {
      const result = await importEmail(target);
      notifications.show({ color: result.alreadyAttached ? 'blue' : 'green', message: importNotice(result) });
      closeDialog();
      // Added to the incident on screen: stay on its tab and re-read its counts and parties. Otherwise open it.
      const open = useIncidentStore.getState();
      if (route.page === 'incident' && route.reference === result.reference && open.id === result.incidentId) {
        void Promise.all([open.reload(), open.loadParties()]);
      } else {
        openIncident(result.reference, result.alreadyAttached ? 'email' : 'details');
      }
    } catch (e) {
      const error = toUiError(e);
      const titleIssue = error.issues?.find((i) => i.path.startsWith('target.title'));
      const awareIssue = error.issues?.find((i) => i.path === 'target.awareAt');
      setErrors(titleIssue ? { title: titleIssue.message } : awareIssue ? { aware: awareIssue.message } : { problem: error.message });
      if (error.code === 'CONFLICT' && error.holder) setHolder(error.holder);
    }
  };

  const openHolder = (reference: string) => {
    closeDialog();
    openIncident(reference, 'email');
  };

  const toTarget = (): ImportTarget | null => {
    if (mode === 'existing') {
      if (existing) return { type: 'existing', incidentId: existing.id };
      setErrors({ incident: 'Choose the incident to add this email to' });
      return null;
    }
    if (title.trim() === '') {
      setErrors({ title: 'Enter a title for the new incident' });
      return null;
    }
    const awareAt = readAwareness(aware, Date.now());
    if (!awareAt.ok) {
      setErrors({ aware: awareAt.message });
      return null;
    }
    return { type: 'new', kind, title: title.trim(), recordMarking: marking, materialMarking, awareAt: awareAt.ms };
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Where to record the email">
      <Stack gap="sm">
        <Radio.Group value={mode} onChange={(v) => setMode(v as 'new' | 'existing')} label="Record it" size="sm">
          <Group gap="lg" mt={4}>
            <Radio value="new" label="Record as a new incident" />
            <Radio value="existing" label={context ? `Add to ${context.reference}` : 'Add to an existing incident'} />
          </Group>
        </Radio.Group>
        <Paper withBorder p="sm" bg="gray.0">
          {mode === 'new' ? (
            <Stack gap="sm">
              <Radio.Group value={kind} onChange={(v) => setKind(v as EmailKind)} label="Kind" description={`Proposed: ${preview.kindReason}`} size="sm">
                <Group gap="lg" mt={4}>
                  {KINDS.map((k) => (
                    <Radio key={k} value={k} label={INCIDENT_KIND_LABELS[k]} />
                  ))}
                </Group>
              </Radio.Group>
              <Group gap="sm" align="flex-start" wrap="nowrap">
                <TextInput
                  label="Title"
                  required
                  value={title}
                  onChange={(e) => setTitle(e.currentTarget.value)}
                  error={errors.title}
                  maxLength={300}
                  style={{ flex: 1 }}
                />
                <Select
                  label="Record marking"
                  description="Of the incident record"
                  data={[...MARKINGS]}
                  value={marking}
                  onChange={(v) => v && setMarking(v as Marking)}
                  w={190}
                />
              </Group>
              <Select
                label="Marking of the material compromised"
                description={
                  preview.sensitivityLabel
                    ? `The message was labelled “${preview.sensitivityLabel.name}” (Microsoft Purview)${preview.sensitivityLabel.marking ? '' : ', which names no marking: choose one'}`
                    : 'Of what was disclosed, if you know it'
                }
                data={[{ value: '', label: 'Not known' }, ...MARKINGS.map((m) => ({ value: m, label: m }))]}
                value={materialMarking ?? ''}
                onChange={(v) => setMaterialMarking(v ? (v as Marking) : null)}
                allowDeselect={false}
                w={420}
              />
              <AwarenessField value={aware} onChange={setAware} error={errors.aware} sentAt={preview.email.sentAt} />
            </Stack>
          ) : (
            <Stack gap="xs">
              {existing && (
                <Text size="sm" data-testid="import-into">
                  Adds the email to{' '}
                  <Text span ff="monospace" size="sm">
                    {existing.reference}
                  </Text>{' '}
                  “{existing.title}”: its recipients are linked as parties and the file kept as evidence.
                </Text>
              )}
              <OpenIncidentPicker
                selectedId={existing?.id ?? null}
                onSelect={(i) => setExisting({ id: i.id, reference: i.reference, title: i.title })}
                error={errors.incident}
              />
            </Stack>
          )}
        </Paper>
        {errors.problem && holder && (
          <div ref={problemRef}>
            <DuplicateEmailAlert
              message={errors.problem}
              holder={holder}
              isImporting={isImporting}
              onOpen={() => openHolder(holder.reference)}
              onAddTo={() => void record({ type: 'existing', incidentId: holder.incidentId })}
            />
          </div>
        )}
        {errors.problem && !holder && (
          <Alert color="red" variant="light" title="The email was not imported" data-testid="import-error" ref={problemRef}>
            {errors.problem}
          </Alert>
        )}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={isImporting}>
            Import
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
