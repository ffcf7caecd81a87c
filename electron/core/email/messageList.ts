import type { DomainClass, TypoClass } from '../../../shared/domain/lookalike';
import type { RecipientField } from '../../../shared/contract/emails';
import type { Output, ParsedInput } from '../../../shared/contract';
import type { CoreContext } from '../context';
import { decodeCursor, pageOf } from '../cursor';
import { getIncidentOrThrow } from '../incidents/incidentRepository';

type MessageRow = {
  seq: number;
  incident_id: string;
  evidence_id: string | null;
  sent_at: number | null;
  sender: string;
  recipient: string;
  recipient_domain: string;
  recipient_field: RecipientField;
  domain_class: DomainClass;
  lookalike_of: string | null;
  typo_class: TypoClass | null;
  domain_reason: string;
  subject: string;
  message_id: string;
  party_id: string | null;
};

/** The messages behind an email incident, in the order they were recorded, keyset-paginated by row number. */
export function listMessages(ctx: CoreContext, input: ParsedInput<'messages:list'>): Output<'messages:list'> {
  getIncidentOrThrow(ctx.db, input.incidentId);
  const after = decodeCursor(input.cursor);
  const rows = ctx.db
    .prepare<[string, number, number], MessageRow>(
      `SELECT seq, incident_id, evidence_id, sent_at, sender, recipient, recipient_domain, recipient_field, domain_class,
         lookalike_of, typo_class, domain_reason, subject, message_id, party_id
       FROM email_messages INDEXED BY email_messages_by_incident WHERE incident_id = ? AND seq > ? ORDER BY seq LIMIT ?`,
    )
    .all(input.incidentId, after?.seq ?? 0, input.limit + 1);
  const { total } = ctx.db
    .prepare<[string], { total: number }>('SELECT count(*) AS total FROM email_messages INDEXED BY email_messages_by_incident WHERE incident_id = ?')
    .get(input.incidentId)!;
  const page = pageOf(
    rows,
    input.limit,
    (r) => ({ value: r.seq, seq: r.seq }),
    (r) => ({
      seq: r.seq,
      incidentId: r.incident_id,
      source: r.evidence_id === null ? ('gateway_log' as const) : ('eml' as const),
      sentAt: r.sent_at,
      sender: r.sender,
      recipient: r.recipient,
      recipientDomain: r.recipient_domain,
      recipientField: r.recipient_field,
      domainClass: r.domain_class,
      lookalikeOf: r.lookalike_of,
      typoClass: r.typo_class,
      domainReason: r.domain_reason,
      subject: r.subject,
      messageId: r.message_id,
      partyId: r.party_id,
    }),
  );
  return { ...page, total };
}
