import type { DomainClass } from '../../../shared/domain/lookalike';
import type { GatewayImportResult, GatewayLogFormat } from '../../../shared/contract/gatewayLogs';
import { NewIncidentSchema, type Incident } from '../../../shared/contract/incidents';
import type { Marking } from '../../../shared/domain/vocabulary';
import { AppError } from '../../../shared/contract/result';
import { formatUkDateTime } from '../../../shared/time/ukTime';
import type { Stamp } from '../actor';
import { appendAudit } from '../audit/auditLog';
import type { CoreContext } from '../context';
import { insertIncident } from '../incidents/incidentService';
import { getIncidentOrThrow, refreshPartyCounts } from '../incidents/incidentRepository';
import { requireOpen } from '../incidents/incidentRules';
import { reindexIncident } from '../incidents/searchIndex';
import { firstImportOf, insertGatewayImport, openIncidentForDomain } from './gatewayRepository';
import type { KeptMessage } from './messageSet';
import { linkRecipients } from './recipientParties';

export type ImportPlan = {
  fileName: string;
  sha256: string;
  size: number;
  format: GatewayLogFormat;
  rowCount: number;
  byClass: Record<DomainClass, number>;
  kept: KeptMessage[];
  incidentId: string | undefined;
  recordMarking: Marking;
  /** When the officer became aware: each new incident's discoveredAt (the contract requires it unless `incidentId` is given). */
  awareAt: number | undefined;
  /** Told how many messages are stored so far, while the transaction runs (the job's progress). */
  written?: (messages: number) => void;
};

/** How many recipients an incident's details list: enough to read, while the full list is in its messages. */
const DETAILS_RECIPIENTS = 200;
const TITLE_MAX = 300;

type Group = { domain: string; messages: KeptMessage[] };

/**
 * Writes a read and checked log in one transaction: the import, its lookalike messages, one incident per
 * lookalike domain (or the officer's incident, or the open incident already holding that domain's messages), the recipients as parties linked as unintended recipients,
 * and one audit entry for the import beside each new incident's own. Rows go in through prepared
 * statements, not the per-row services, which would re-read and re-audit every one of 100,000 rows.
 */
export function writeImport(ctx: CoreContext, plan: ImportPlan, stamp: Stamp): GatewayImportResult {
  const { db } = ctx;
  return db
    .transaction(() => {
      refuseRepeat(ctx, plan);
      const target = plan.incidentId ? getIncidentOrThrow(db, plan.incidentId) : null;
      if (target) requireOpen(target);
      const importId = ctx.newId();
      insertGatewayImport(
        db,
        { id: importId, fileName: plan.fileName, sha256: plan.sha256, size: plan.size, format: plan.format, rowCount: plan.rowCount, messageCount: plan.kept.length },
        stamp,
      );

      const groups = groupByDomain(plan.kept);
      const { awareAt } = plan;
      // A domain already under investigation gets its new messages, not a second incident for the same typo.
      const placed = groups.map((g): { incident: Incident; how: 'chosen' | 'open' | 'new' } => {
        // Each new incident takes a moment (its record, search entry and audit): a log of many domains still reports progress.
        plan.written?.(0);
        if (target) return { incident: target, how: 'chosen' };
        const open = openIncidentForDomain(db, g.domain);
        if (open) return { incident: getIncidentOrThrow(db, open), how: 'open' };
        return { incident: createGroupIncident(ctx, { ...plan, awareAt: awareAt! }, g, stamp), how: 'new' };
      });
      const incidents = placed.map((p) => p.incident);
      const links = linkRecipients(
        ctx,
        importId,
        groups.map((g, i) => ({ incidentId: incidents[i]!.id, messages: g.messages })),
        stamp,
        plan.written,
      );
      for (const id of new Set(incidents.map((i) => i.id))) {
        plan.written?.(plan.kept.length);
        refreshPartyCounts(db, id);
        reindexIncident(db, id);
      }

      const result: GatewayImportResult = {
        importId,
        fileName: plan.fileName,
        sha256: plan.sha256,
        rowCount: plan.rowCount,
        messageCount: plan.kept.length,
        byClass: plan.byClass,
        groups: groups.map((g, i) => ({
          domain: g.domain,
          lookalikeOf: g.messages[0]!.classification.lookalikeOf!,
          reason: g.messages[0]!.classification.reason,
          messageCount: g.messages.length,
          incidentId: incidents[i]!.id,
          reference: incidents[i]!.reference,
          created: placed[i]!.how === 'new',
          openForDomain: placed[i]!.how === 'open',
        })),
        partiesCreated: links.partiesCreated,
      };
      appendAudit(ctx, stamp.actor, stamp.at, [
        {
          action: 'gateway_log.imported',
          entityType: 'gateway_import',
          entityId: importId,
          incidentId: target?.id ?? (incidents.length === 1 ? incidents[0]!.id : null),
          summary: summary(plan, result, links.partiesLinked),
          changes: Object.entries({
            fileName: plan.fileName,
            sha256: plan.sha256,
            size: plan.size,
            format: plan.format,
            rowCount: plan.rowCount,
            messageCount: plan.kept.length,
            byClass: plan.byClass,
            partiesLinked: links.partiesLinked,
            partiesCreated: links.partiesCreated,
            incidentsCreated: placed.filter((p) => p.how === 'new').map((p) => p.incident.reference),
            incidentsAddedTo: [...new Set(placed.filter((p) => p.how === 'open').map((p) => p.incident.reference))],
          }).map(([field, after]) => ({ field, before: null, after })),
        },
      ]);
      return result;
    })
    .immediate();
}

/** The same bytes imported twice would double every count; the officer wants to know it is already in. */
function refuseRepeat(ctx: CoreContext, plan: ImportPlan): void {
  const earlier = firstImportOf(ctx.db, plan.sha256);
  if (earlier) {
    throw new AppError(
      'CONFLICT',
      `${plan.fileName} has already been imported (as ${earlier.file_name}, by ${earlier.imported_by} at ${formatUkDateTime(earlier.imported_at)}): the file is identical, so nothing was imported again. Open the incidents of that import instead.`,
    );
  }
}

/** Lookalike messages by domain, the largest group first (the one to look at first). */
function groupByDomain(kept: KeptMessage[]): Group[] {
  const groups = new Map<string, KeptMessage[]>();
  for (const m of kept) {
    const list = groups.get(m.classification.domain);
    if (list) list.push(m);
    else groups.set(m.classification.domain, [m]);
  }
  return [...groups.entries()]
    .map(([domain, messages]) => ({ domain, messages }))
    .sort((a, b) => b.messages.length - a.messages.length || a.domain.localeCompare(b.domain));
}

function createGroupIncident(ctx: CoreContext, plan: ImportPlan & { awareAt: number }, group: Group, stamp: Stamp): Incident {
  const c = group.messages[0]!.classification;
  const n = group.messages.length;
  const senders = new Set(group.messages.map((m) => m.sender));
  const recipients = [...new Set(group.messages.map((m) => m.recipient))];
  let first = Number.POSITIVE_INFINITY;
  for (const m of group.messages) first = Math.min(first, m.sentAt);
  const of = c.lookalikeOf!.includes('.') ? c.lookalikeOf : `.${c.lookalikeOf}`;
  const head = `${n.toLocaleString('en-GB')} message${n === 1 ? '' : 's'} to ${c.unicode} (lookalike of ${of}) — `;
  const title = head + plan.fileName.slice(0, Math.max(1, TITLE_MAX - head.length));
  const input = NewIncidentSchema.parse({
    kind: 'misdirected_email',
    title,
    description: [
      `Found in the mail gateway log ${plan.fileName} (SHA-256 ${plan.sha256}): ${n.toLocaleString('en-GB')} message${n === 1 ? '' : 's'} to ${recipients.length.toLocaleString('en-GB')} address${recipients.length === 1 ? '' : 'es'} at ${c.unicode}.`,
      c.reason,
      recipients.length > DETAILS_RECIPIENTS ? `The first ${DETAILS_RECIPIENTS} recipients are listed in the details; every one is linked as a party.` : '',
    ]
      .filter(Boolean)
      .join(' '),
    // A log from a laptop with a wrong clock must not make the incident happen after it was discovered.
    occurredAt: Math.min(first, plan.awareAt),
    discoveredAt: plan.awareAt,
    // The officer importing it reported it and owns it until someone else is named.
    owner: stamp.actor,
    reportingOfficer: stamp.actor,
    recordMarking: plan.recordMarking,
    materialItemCount: n,
    details: {
      sender: senders.size === 1 ? [...senders][0]!.slice(0, 320) : '',
      actualRecipients: recipients.slice(0, DETAILS_RECIPIENTS).map((r) => r.slice(0, 320)),
    },
  });
  return insertIncident(ctx, input, stamp);
}

function summary(plan: ImportPlan, result: GatewayImportResult, partiesLinked: number): string {
  const n = (value: number, word: string, plural = `${word}s`) => `${value.toLocaleString('en-GB')} ${value === 1 ? word : plural}`;
  const where = result.groups.length === 0 ? 'none to a lookalike domain' : `${n(result.messageCount, 'message')} to ${n(result.groups.length, 'lookalike domain')} kept`;
  const created = result.groups.filter((g) => g.created).map((g) => g.reference);
  const added = result.groups
    .filter((g) => g.openForDomain)
    .map((g) => `${n(g.messageCount, 'message')} to ${g.domain} added to ${g.reference}, already open for that domain`);
  return `Imported gateway log ${plan.fileName}: ${n(plan.rowCount, 'line')}, ${where}, ${n(partiesLinked, 'recipient')} linked (${result.partiesCreated.toLocaleString('en-GB')} new)${created.length ? `; recorded ${created.join(', ')}` : ''}${added.length ? `; ${added.join('; ')}` : ''}`;
}
