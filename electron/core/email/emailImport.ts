import { createHash } from 'node:crypto';
import type { z } from 'zod';
import type { EmailPreview } from '../../../shared/contract/emails';
import { DETAILS_SCHEMAS, type IncidentDetails } from '../../../shared/domain/incidentDetails';
import { NewIncidentSchema, type Incident } from '../../../shared/contract/incidents';
import type { Output, ParsedInput } from '../../../shared/contract';
import { AppError } from '../../../shared/contract/result';
import { awarenessOfEmailIssues } from '../../../shared/domain/dateRules';
import { stampNow, type Stamp } from '../actor';
import { appendAudit, diffFields } from '../audit/auditLog';
import type { CoreContext } from '../context';
import type { RegisteredFile } from '../files/fileRegistry';
import { insertIncident, snapshot } from '../incidents/incidentService';
import { getIncidentOrThrow, refreshPartyCounts, writeIncidentColumns } from '../incidents/incidentRepository';
import { refuseIssues, requireOpen } from '../incidents/incidentRules';
import { reindexIncident } from '../incidents/searchIndex';
import { domainClassifier, type Classifier } from '../domains/currentClassifier';
import { assessEmail, type EmailKind } from './emailChecks';
import { detailsFromEmail, fillEmptyDetails } from './emailDetails';
import { describeEmail } from './emailDescription';
import { attachEvidence, evidenceInIncident, incidentRecordingEmail, recordMessages } from './emailRepository';
import { readEmlBytes } from './emlFile';
import { readEmailFile } from './readEmailFile';
import { linkEmailParties } from './recipientParties';

type Prepared = { preview: EmailPreview; bytes: Buffer; mediaType: string; classify: Classifier };

type Reading = Awaited<ReturnType<typeof readEmailFile>>;

/**
 * What each uploaded file was read as, by its hash, so the import that follows a preview does not read the
 * same bytes again (a 1,000-recipient .msg takes msgreader a few hundred milliseconds). Only the reading is
 * kept: the domains are classified afresh at import, as the lists may have changed. A file whose bytes have
 * changed since (a path re-read from disk) has another hash and is read again; handles forgotten at lock
 * take their entries with them.
 */
const readings = new WeakMap<RegisteredFile, { sha256: string; reading: Reading }>();

async function readOnce(file: RegisteredFile, bytes: Buffer, sha256: string): Promise<Reading> {
  const kept = readings.get(file);
  if (kept?.sha256 === sha256) return kept.reading;
  const reading = await readEmailFile(file.name, bytes);
  readings.set(file, { sha256, reading });
  return reading;
}

/** Reads, checks and classifies the file: everything short of writing, shared by preview and import. */
async function prepare(ctx: CoreContext, fileId: string): Promise<Prepared> {
  const file = ctx.files.get(fileId);
  const bytes = readEmlBytes(file);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const { read, mediaType } = await readOnce(file, bytes, sha256);
  const classify = domainClassifier(ctx.db);
  const assessment = assessEmail(read, classify);
  const preview: EmailPreview = {
    fileName: file.name,
    sha256,
    size: bytes.length,
    usedAttachedOriginal: read.usedAttachedOriginal,
    email: assessment.email,
    proposedKind: assessment.proposedKind,
    proposedTitle: assessment.proposedTitle,
    kindReason: assessment.kindReason,
    sensitivityLabel: read.sensitivityLabel,
    warnings: [...read.warnings, ...assessment.warnings],
  };
  return { preview, bytes, mediaType, classify };
}

/** What Casebook read from an .eml or Outlook .msg and what it proposes; writes nothing. */
export async function previewEmail(ctx: CoreContext, input: ParsedInput<'emails:preview'>): Promise<Output<'emails:preview'>> {
  return (await prepare(ctx, input.fileId)).preview;
}

/**
 * Records an .eml or .msg: parsed first (asynchronously), then written in one immediate transaction — the incident
 * created or filled in, the file kept as evidence, one message row per recipient, every recipient and the
 * sender linked as parties — with one audit entry for the import beside the incident's own.
 */
export async function importEmail(ctx: CoreContext, input: ParsedInput<'emails:import'>): Promise<Output<'emails:import'>> {
  const stamp = stampNow(ctx);
  const { preview, bytes, mediaType, classify } = await prepare(ctx, input.fileId);
  const { target } = input;
  const result = ctx.db
    .transaction(() => {
      if (target.type === 'existing') {
        const kept = alreadyKept(ctx, target.incidentId, preview.sha256);
        if (kept) return kept;
      }
      const { incident, created, changes } =
        target.type === 'new' ? createFromEmail(ctx, target, preview, classify, stamp) : fillFromEmail(ctx, target.incidentId, preview, classify, stamp);
      const kind: EmailKind = incident.kind === 'cc_exposure' || incident.kind === 'misdirected_email' ? incident.kind : preview.proposedKind;
      const evidenceId = attachEvidence(
        ctx,
        incident,
        { name: preview.fileName, mediaType, bytes, sha256: preview.sha256, attachments: preview.email.attachments },
        stamp,
      );
      const linked = linkEmailParties(ctx, incident.id, preview.email.from, preview.email.recipients, kind, stamp);
      recordMessages(ctx.db, incident.id, evidenceId, preview.email, linked);
      refreshPartyCounts(ctx.db, incident.id);
      reindexIncident(ctx.db, incident.id);
      const after = getIncidentOrThrow(ctx.db, incident.id);
      const partiesCreated = linked.filter((l) => l.created).length;
      // An address without a valid domain is kept with the messages but identifies no party.
      const recipientsLinked = preview.email.recipients.filter((r) => r.classification.domainClass !== 'invalid').length;
      appendAudit(ctx, stamp.actor, stamp.at, [
        {
          action: 'email.imported',
          entityType: 'evidence',
          entityId: evidenceId,
          incidentId: incident.id,
          summary: `Email imported: ${preview.fileName} (sha256 ${preview.sha256.slice(0, 12)}…), ${recipientsLinked} recipient${recipientsLinked === 1 ? '' : 's'} linked`,
          personal: [preview.fileName],
          changes: [
            ...changes,
            {
              field: 'evidence',
              before: null,
              after: { fileName: preview.fileName, sha256: preview.sha256, size: bytes.length, usedAttachedOriginal: preview.usedAttachedOriginal },
            },
            { field: 'parties', before: null, after: linked.map((l) => ({ partyId: l.partyId, roles: l.roles, created: l.created })) },
          ],
        },
      ]);
      return {
        incidentId: incident.id,
        reference: incident.reference,
        created,
        evidenceId,
        sha256: preview.sha256,
        partiesLinked: linked.length,
        partiesCreated,
        affectedCount: after.affectedCount,
        alreadyAttached: false,
      };
    })
    .immediate();
  if (!result.alreadyAttached) ctx.events.emit({ type: 'data:changed', entities: ['incidents', 'parties'] });
  return result;
}

/**
 * The same file into the incident that already keeps it: "Add to it" after a duplicate was refused, or a
 * second drop of the same file. Nothing is added or changed, and the answer says it is already attached.
 */
function alreadyKept(ctx: CoreContext, incidentId: string, sha256: string): Output<'emails:import'> | null {
  const incident = getIncidentOrThrow(ctx.db, incidentId);
  const kept = evidenceInIncident(ctx.db, incidentId, sha256);
  if (!kept) return null;
  return {
    incidentId,
    reference: incident.reference,
    created: false,
    evidenceId: kept.id,
    sha256,
    partiesLinked: 0,
    partiesCreated: 0,
    affectedCount: incident.affectedCount,
    alreadyAttached: true,
  };
}

type Written = { incident: Incident; created: boolean; changes: ReturnType<typeof diffFields> };

function createFromEmail(
  ctx: CoreContext,
  target: Extract<ParsedInput<'emails:import'>['target'], { type: 'new' }>,
  preview: EmailPreview,
  classify: Classifier,
  stamp: Stamp,
): Written {
  const recorded = incidentRecordingEmail(ctx.db, preview.sha256, preview.email.messageId);
  if (recorded) {
    const same = recorded.by === 'file' ? 'the same file' : `the same Message-ID ${preview.email.messageId}`;
    throw new AppError('CONFLICT', `This email is already recorded in ${recorded.reference} (${same}). Open ${recorded.reference}, or add this copy to it.`, undefined, {
      incidentId: recorded.incidentId,
      reference: recorded.reference,
    });
  }
  const discoveredAt = target.awareAt;
  const { sentAt } = preview.email;
  refuseIssues(awarenessOfEmailIssues('target.awareAt', discoveredAt, sentAt, stamp.at), 'Correct when you became aware of it.');
  const parsed = NewIncidentSchema.safeParse({
    // The officer importing it reported it and owns it until someone else is named.
    owner: stamp.actor,
    reportingOfficer: stamp.actor,
    kind: target.kind,
    title: target.title ?? (target.kind === preview.proposedKind ? preview.proposedTitle : `Email: ${preview.email.subject || '(no subject)'}`.slice(0, 300)),
    recordMarking: target.recordMarking,
    materialMarking: target.materialMarking,
    discoveredAt,
    occurredAt: sentAt,
    description: describeEmail(preview),
    details: detailsFromEmail(target.kind, preview.email, classify),
  });
  if (!parsed.success) throw unrecordable(parsed.error);
  return { incident: insertIncident(ctx, parsed.data, stamp), created: true, changes: [] };
}

/** An existing incident: only the email fields still empty are filled, and its version moves on. */
function fillFromEmail(ctx: CoreContext, incidentId: string, preview: EmailPreview, classify: Classifier, stamp: Stamp): Written {
  const current = getIncidentOrThrow(ctx.db, incidentId);
  requireOpen(current);
  let details: IncidentDetails = current.details;
  if (current.kind === 'misdirected_email' || current.kind === 'cc_exposure') {
    const filled = DETAILS_SCHEMAS[current.kind].safeParse(fillEmptyDetails(current.details, detailsFromEmail(current.kind, preview.email, classify)));
    if (!filled.success) throw unrecordable(filled.error);
    details = filled.data as IncidentDetails;
  }
  const next = { ...current, details } as Incident;
  writeIncidentColumns(ctx.db, next, ['details'], stamp);
  const changes = diffFields(snapshot(current), snapshot(next));
  return { incident: current, created: false, changes };
}

/** A message whose headers break the incident's own limits (an address over 320 characters, say). */
function unrecordable(error: z.ZodError): AppError {
  const issue = error.issues[0]!;
  const path = issue.path.join('.');
  return new AppError('INVALID_INPUT', `The message cannot be recorded as it is (${path}: ${issue.message}). Record the incident by hand.`, [
    { path: `target.${path}`, message: issue.message },
  ]);
}
