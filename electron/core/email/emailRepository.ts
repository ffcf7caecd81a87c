import type { Incident } from '../../../shared/contract/incidents';
import type { ParsedEmail } from '../../../shared/contract/emails';
import { AppError } from '../../../shared/contract/result';
import type { Stamp } from '../actor';
import type { CoreContext } from '../context';
import type { Db } from '../db/openDatabase';
import type { LinkedRecipient } from './recipientParties';

/** The evidence, evidence_blobs and email_messages tables: every write to them is here; the callers hold the transaction. */

/**
 * Keeps the .eml as evidence of the incident. The bytes are stored once per SHA-256 however many
 * incidents cite them; the same file twice in one incident is refused. The caller holds the transaction.
 */
export function attachEvidence(ctx: CoreContext, incident: Incident, file: { name: string; bytes: Buffer; sha256: string }, stamp: Stamp): string {
  const { db } = ctx;
  const already = db
    .prepare<[string, string], { file_name: string }>('SELECT file_name FROM evidence WHERE incident_id = ? AND sha256 = ?')
    .get(incident.id, file.sha256);
  if (already) {
    throw new AppError(
      'CONFLICT',
      `${file.name} is already attached to ${incident.reference}${already.file_name === file.name ? '' : ` (as ${already.file_name})`}: the same email cannot be imported into one incident twice. Open the incident to see it.`,
    );
  }
  db.prepare('INSERT OR IGNORE INTO evidence_blobs (sha256, size, content) VALUES (?, ?, ?)').run(file.sha256, file.bytes.length, file.bytes);
  const id = ctx.newId();
  db.prepare(
    `INSERT INTO evidence (id, incident_id, sha256, file_name, media_type, size, source, added_at, added_by)
     VALUES (?, ?, ?, ?, 'message/rfc822', ?, 'email', ?, ?)`,
  ).run(id, incident.id, file.sha256, file.name, file.bytes.length, stamp.at, stamp.actor);
  return id;
}

/** One email_messages row: a recipient of a message, from an .eml (evidence) or a gateway log (import). */
export type MessageRow = {
  incidentId: string;
  evidenceId: string | null;
  importId: string | null;
  sentAt: number | null;
  sender: string;
  recipient: string;
  domain: string;
  field: string;
  domainClass: string;
  lookalikeOf: string | null;
  typoClass: string | null;
  subject: string;
  messageId: string;
  partyId: string | null;
};

/** Inserts message rows through one prepared statement, for an import that writes thousands. */
export function prepareMessageInsert(db: Db): (row: MessageRow) => void {
  const insert = db.prepare<MessageRow>(
    `INSERT INTO email_messages (incident_id, evidence_id, import_id, sent_at, sender, recipient, recipient_domain, recipient_field,
       domain_class, lookalike_of, typo_class, subject, message_id, party_id)
     VALUES (@incidentId, @evidenceId, @importId, @sentAt, @sender, @recipient, @domain, @field, @domainClass, @lookalikeOf, @typoClass, @subject, @messageId, @partyId)`,
  );
  return (row) => void insert.run(row);
}

/** One row per recipient of the message, so related incidents and lookalike counts are found by index. */
export function recordMessages(db: Db, incidentId: string, evidenceId: string, email: ParsedEmail, linked: LinkedRecipient[]): void {
  const partyByAddress = new Map(linked.map((l) => [l.address.toLowerCase(), l.partyId]));
  const insert = prepareMessageInsert(db);
  for (const r of email.recipients) {
    const c = r.classification;
    insert({
      incidentId,
      evidenceId,
      importId: null,
      sentAt: email.sentAt,
      sender: email.from?.address ?? '',
      recipient: r.address,
      domain: c.domain,
      field: r.field,
      domainClass: c.domainClass,
      lookalikeOf: c.lookalikeOf,
      typoClass: c.typoClass,
      subject: email.subject,
      messageId: email.messageId,
      partyId: partyByAddress.get(r.address.toLowerCase()) ?? null,
    });
  }
}

/**
 * The incident that already records this email, by the file's hash or by its Message-ID, or null: the same
 * email imported twice must be one incident, not two.
 */
export function incidentRecordingEmail(db: Db, sha256: string, messageId: string): { reference: string; by: 'file' | 'message-id' } | null {
  const byFile = db
    .prepare<[string], { reference: string }>('SELECT i.reference FROM evidence e JOIN incidents i ON i.id = e.incident_id WHERE e.sha256 = ? ORDER BY e.seq LIMIT 1')
    .get(sha256);
  if (byFile) return { reference: byFile.reference, by: 'file' };
  if (messageId === '') return null;
  const byMessage = db
    .prepare<[string], { reference: string }>(
      'SELECT i.reference FROM email_messages m JOIN incidents i ON i.id = m.incident_id WHERE m.message_id = ? AND m.evidence_id IS NOT NULL ORDER BY m.seq LIMIT 1',
    )
    .get(messageId);
  return byMessage ? { reference: byMessage.reference, by: 'message-id' } : null;
}
