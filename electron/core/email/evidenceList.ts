import type { Output, ParsedInput } from '../../../shared/contract';
import type { CoreContext } from '../context';
import { getIncidentOrThrow } from '../incidents/incidentRepository';
import { attachmentsOfIncident } from './emailRepository';

type EvidenceRow = {
  id: string;
  incident_id: string;
  file_name: string;
  media_type: string;
  size: number;
  sha256: string;
  source: 'email' | 'gateway_log';
  added_at: number;
  added_by: string;
};

/** An incident's evidence files, oldest first: names, sizes, SHA-256 and the attachments each names, never the content. */
export function listEvidence(ctx: CoreContext, input: ParsedInput<'evidence:list'>): Output<'evidence:list'> {
  getIncidentOrThrow(ctx.db, input.incidentId);
  const rows = ctx.db
    .prepare<[string], EvidenceRow>(
      `SELECT id, incident_id, file_name, media_type, size, sha256, source, added_at, added_by
       FROM evidence INDEXED BY evidence_by_incident WHERE incident_id = ? ORDER BY seq`,
    )
    .all(input.incidentId);
  const attachments = attachmentsOfIncident(ctx.db, input.incidentId);
  return {
    items: rows.map((r) => ({
      id: r.id,
      incidentId: r.incident_id,
      fileName: r.file_name,
      mediaType: r.media_type,
      size: r.size,
      sha256: r.sha256,
      source: r.source,
      addedAt: r.added_at,
      addedBy: r.added_by,
      attachments: attachments.get(r.id) ?? [],
    })),
  };
}
