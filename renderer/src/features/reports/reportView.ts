import type { ReportDocument } from '../../../../shared/contract/reports';
import { INCIDENT_KIND_LABELS, INCIDENT_STATUS_LABELS, type IncidentKind, type IncidentStatus, type Marking } from '../../../../shared/domain/vocabulary';

/** The register's filters (as useIncidentsStore keeps them). */
type RegisterFilter = { statuses: readonly IncidentStatus[]; kinds: readonly IncidentKind[]; markings: readonly Marking[]; text: string };

/** An answer a document still lacks; mandatory when its label carries the form's asterisk ("Organisation name *"). */
export type MissingAnswer = { label: string; isMandatory: boolean };

/** The answers a document still lacks: every field, or paragraph under a heading, marked as not yet known. */
export function missingAnswers(documents: ReportDocument[]): MissingAnswer[] {
  const missing = new Map<string, MissingAnswer>();
  const add = (text: string) => {
    const label = text.replace(/\s*\*\s*$/, '');
    if (!missing.has(label)) missing.set(label, { label, isMandatory: /\*\s*$/.test(text) });
  };
  for (const document of documents) {
    let heading = '';
    for (const block of document.blocks) {
      if (block.type === 'heading') heading = block.text;
      if (block.type === 'fields') for (const row of block.rows) if (row.isMissing) add(row.label);
      if (block.type === 'paragraph' && block.tone === 'missing') add(heading || block.text);
    }
  }
  return [...missing.values()];
}

/** The register's filters in words, so the officer knows which incidents the file will hold. */
export function filterText(filter: RegisterFilter): string {
  const parts = [
    filter.statuses.length ? `status ${filter.statuses.map((s) => INCIDENT_STATUS_LABELS[s]).join(' or ')}` : '',
    filter.kinds.length ? `kind ${filter.kinds.map((k) => INCIDENT_KIND_LABELS[k]).join(' or ')}` : '',
    filter.markings.length ? `marked ${filter.markings.join(' or ')}` : '',
    filter.text.trim() ? `matching “${filter.text.trim()}”` : '',
  ].filter(Boolean);
  return parts.length ? `Incidents with ${parts.join(', ')}.` : 'Every incident in the register.';
}
