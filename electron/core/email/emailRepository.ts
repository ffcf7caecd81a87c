import type { Incident } from '../../../shared/contract/incidents';
import type { EmailAttachment, ParsedEmail } from '../../../shared/contract/emails';
import type { Stamp } from '../actor';
import type { CoreContext } from '../context';
import type { Db } from '../db/openDatabase';
import { recordCustody } from '../evidence/custodyRepository';
import type { LinkedRecipient } from './recipientParties';

/** The evidence, evidence_blobs and email_messages tables: every write to them is here (custody steps through the custody repository); the callers hold the transaction. */

/** The evidence row of this file in this incident, if it is already kept there. */
export function evidenceInIncident(db: Db, incidentId: string, sha256: string): { id: string; fileName: string } | null {
  const row = db
    .prepare<[string, string], { id: string; file_name: string }>('SELECT id, file_name FROM evidence WHERE incident_id = ? AND sha256 = ?')
    .get(incidentId, sha256);
  return row ? { id: row.id, fileName: row.file_name } : null;
}

/**
 * Keeps the email file (.eml or .msg) as evidence of the incident, with the names, types and sizes of its attachments. The bytes
 * are stored once per SHA-256 however many incidents cite them; the caller has checked the file is not
 * already kept in this incident (`evidenceInIncident`) and holds the transaction.
 */
export function attachEvidence(
  ctx: CoreContext,
  incident: Incident,
  file: { name: string; mediaType: string; bytes: Buffer; sha256: string; attachments: EmailAttachment[] },
  stamp: Stamp,
): string {
  const { db } = ctx;
  db.prepare('INSERT OR IGNORE INTO evidence_blobs (sha256, size, content) VALUES (?, ?, ?)').run(file.sha256, file.bytes.length, file.bytes);
  const id = ctx.newId();
  db.prepare(
    `INSERT INTO evidence (id, incident_id, sha256, file_name, media_type, size, source, added_at, added_by)
     VALUES (?, ?, ?, ?, ?, ?, 'email', ?, ?)`,
  ).run(id, incident.id, file.sha256, file.name, file.mediaType, file.bytes.length, stamp.at, stamp.actor);
  const insertAttachment = db.prepare('INSERT INTO evidence_attachments (evidence_id, position, file_name, media_type, size) VALUES (?, ?, ?, ?, ?)');
  file.attachments.forEach((a, position) => insertAttachment.run(id, position, a.fileName, a.mediaType, a.size));
  recordCustody(db, {
    evidenceId: id,
    incidentId: incident.id,
    sha256: file.sha256,
    fileName: file.name,
    action: 'added',
    at: stamp.at,
    actor: stamp.actor,
    reason: null,
  });
  return id;
}

/** The attachments named by each evidence file of an incident, in the order the message lists them. */
export function attachmentsOfIncident(db: Db, incidentId: string): Map<string, EmailAttachment[]> {
  const rows = db
    .prepare<[string], { evidence_id: string; file_name: string; media_type: string; size: number }>(
      `SELECT a.evidence_id, a.file_name, a.media_type, a.size
       FROM evidence e INDEXED BY evidence_by_incident JOIN evidence_attachments a ON a.evidence_id = e.id
       WHERE e.incident_id = ? ORDER BY e.seq, a.position`,
    )
    .all(incidentId);
  const byEvidence = new Map<string, EmailAttachment[]>();
  for (const r of rows) {
    const list = byEvidence.get(r.evidence_id) ?? [];
    list.push({ fileName: r.file_name, mediaType: r.media_type, size: r.size });
    byEvidence.set(r.evidence_id, list);
  }
  return byEvidence;
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
  /** Why the domain was classified so, as the classifier said it at import time. */
  domainReason: string;
  subject: string;
  messageId: string;
  partyId: string | null;
};

/**
 * Inserts message rows through one prepared statement, for an import that writes thousands. Parameters are
 * bound by position: binding an object by name costs a property lookup per column per row, measurably slower
 * over the 84,000 rows of a large gateway log (npm run bench).
 */
export function prepareMessageInsert(db: Db): (row: MessageRow) => void {
  const insert = db.prepare<
    [string, string | null, string | null, number | null, string, string, string, string, string, string | null, string | null, string, string, string, string | null]
  >(
    `INSERT INTO email_messages (incident_id, evidence_id, import_id, sent_at, sender, recipient, recipient_domain, recipient_field,
       domain_class, lookalike_of, typo_class, domain_reason, subject, message_id, party_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  return (r) =>
    void insert.run(
      r.incidentId,
      r.evidenceId,
      r.importId,
      r.sentAt,
      r.sender,
      r.recipient,
      r.domain,
      r.field,
      r.domainClass,
      r.lookalikeOf,
      r.typoClass,
      r.domainReason,
      r.subject,
      r.messageId,
      r.partyId,
    );
}

/**
 * One row per recipient of the message, so related incidents and lookalike counts are found by index. A
 * second copy of a message the incident already holds (same Message-ID) adds no row for a recipient already
 * recorded, so the messages are not counted twice.
 */
export function recordMessages(db: Db, incidentId: string, evidenceId: string, email: ParsedEmail, linked: LinkedRecipient[]): void {
  const partyByAddress = new Map(linked.map((l) => [l.address.toLowerCase(), l.partyId]));
  const recorded = new Set(
    email.messageId === ''
      ? []
      : db
          .prepare<[string, string], { recipient: string }>(
            'SELECT recipient FROM email_messages INDEXED BY email_messages_by_incident WHERE incident_id = ? AND message_id = ? AND evidence_id IS NOT NULL',
          )
          .all(incidentId, email.messageId)
          .map((m) => m.recipient.toLowerCase()),
  );
  const insert = prepareMessageInsert(db);
  for (const r of email.recipients) {
    if (recorded.has(r.address.toLowerCase())) continue;
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
      domainReason: c.reason,
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
export function incidentRecordingEmail(db: Db, sha256: string, messageId: string): { incidentId: string; reference: string; by: 'file' | 'message-id' } | null {
  const byFile = db
    .prepare<[string], { id: string; reference: string }>(
      'SELECT i.id, i.reference FROM evidence e JOIN incidents i ON i.id = e.incident_id WHERE e.sha256 = ? ORDER BY e.seq LIMIT 1',
    )
    .get(sha256);
  if (byFile) return { incidentId: byFile.id, reference: byFile.reference, by: 'file' };
  if (messageId === '') return null;
  const byMessage = db
    .prepare<[string], { id: string; reference: string }>(
      'SELECT i.id, i.reference FROM email_messages m JOIN incidents i ON i.id = m.incident_id WHERE m.message_id = ? AND m.evidence_id IS NOT NULL ORDER BY m.seq LIMIT 1',
    )
    .get(messageId);
  return byMessage ? { incidentId: byMessage.id, reference: byMessage.reference, by: 'message-id' } : null;
}
