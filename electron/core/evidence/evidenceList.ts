import type { Output, ParsedInput } from '../../../shared/contract';
import type { Evidence } from '../../../shared/contract/evidence';
import type { CoreContext } from '../context';
import { attachmentsOfIncident } from '../email/emailRepository';
import { getIncidentOrThrow } from '../incidents/incidentRepository';
import { custodyOfIncident } from './custodyRepository';
import { evidenceItemsOfIncident, type EvidenceItemRow } from './evidenceRepository';

/**
 * An incident's evidence, oldest first: imported emails and attached files with their names, sizes, SHA-256,
 * sniffed types and chains of custody — never the content — then the custody of the items removed since,
 * and the total size of what is kept.
 */
export function listEvidence(ctx: CoreContext, input: ParsedInput<'evidence:list'>): Output<'evidence:list'> {
  getIncidentOrThrow(ctx.db, input.incidentId);
  const rows = evidenceItemsOfIncident(ctx.db, input.incidentId);
  const attachments = attachmentsOfIncident(ctx.db, input.incidentId);
  const custody = custodyOfIncident(ctx.db, input.incidentId);
  const items = rows.map((r): Evidence => toEvidence(r, attachments.get(r.id) ?? [], custody.get(r.id)?.steps ?? []));
  const kept = new Set(rows.map((r) => r.id));
  const removed = [...custody].filter(([id]) => !kept.has(id)).map(([id, c]) => ({ id, fileName: c.fileName, sha256: c.sha256, custody: c.steps }));
  return { items, removed, totalBytes: rows.reduce((sum, r) => sum + r.size, 0) };
}

function toEvidence(r: EvidenceItemRow, attachments: Evidence['attachments'], custody: Evidence['custody']): Evidence {
  return {
    id: r.id,
    incidentId: r.incident_id,
    fileName: r.file_name,
    mediaType: r.media_type,
    size: r.size,
    sha256: r.sha256,
    source: r.source,
    description: r.description,
    addedAt: r.added_at,
    addedBy: r.added_by,
    attachments,
    custody,
  };
}
