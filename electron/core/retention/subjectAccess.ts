import { AppError } from '../../../shared/contract/result';
import {
  DATA_CATEGORY_LABELS,
  INCIDENT_KIND_LABELS,
  NOTIFICATION_METHOD_LABELS,
  NOTIFICATION_STATUS_LABELS,
  PARTY_ROLE_LABELS,
  type DataCategory,
  type IncidentKind,
  type NotificationMethod,
  type NotificationStatus,
  type PartyRole,
} from '../../../shared/domain/vocabulary';
import { formatUkDate, formatUkDateTime } from '../../../shared/time/ukTime';
import { stampNow } from '../actor';
import { appendAudit } from '../audit/auditLog';
import type { CoreContext } from '../context';
import { redactor, type Withheld } from '../reports/redaction';
import { PERSON_MESSAGE } from './erasurePlan';

/** What replaces another person's name, address or number in a subject access export. */
const WITHHELD = '[another person]';

type InvolvementRow = {
  incident_id: string;
  reference: string;
  kind: IncidentKind;
  title: string;
  discovered_at: number;
  public_account: string;
  notification_status: NotificationStatus;
  notified_at: number | null;
  notification_method: NotificationMethod | null;
  roles: string | null;
  data_categories: string | null;
};

const labels = <T extends string>(list: string | null, words: Record<T, string>) => (list ? (list.split(',') as T[]).map((v) => words[v]).sort() : []);

/**
 * Everything the register holds about one person (UK GDPR Art. 15): their details, each incident they are
 * part of, the data about them it concerned, and what they were told and when, with every other person's
 * name, address and number replaced (docs/retention.md#subject-access). Audited as a report, so the
 * export is listed among the copies outside the register.
 */
export function subjectAccessExport(ctx: CoreContext, partyId: string): { fileName: string; content: string } {
  const { actor, at } = stampNow(ctx);
  const party = ctx.db
    .prepare<[string], { name: string; email: string; phone: string; organisation: string; erased_at: number | null }>(
      'SELECT name, email, phone, organisation, erased_at FROM parties WHERE id = ?',
    )
    .get(partyId);
  if (!party) throw new AppError('NOT_FOUND', 'That person does not exist in the register.');
  const involvements = ctx.db
    .prepare<[string], InvolvementRow>(
      `SELECT v.incident_id, i.reference, i.kind, i.title, i.discovered_at, i.public_account, v.notification_status, v.notified_at, v.notification_method,
         (SELECT group_concat(role) FROM involvement_roles r WHERE r.involvement_seq = v.seq) AS roles,
         (SELECT group_concat(category) FROM involvement_data_categories c WHERE c.involvement_seq = v.seq) AS data_categories
       FROM involvements v JOIN incidents i ON i.id = v.incident_id WHERE v.party_id = ? ORDER BY i.discovered_at, i.seq`,
    )
    .all(partyId);
  const others = ctx.db
    .prepare<[string, string], { type: string; name: string; email: string; phone: string }>(
      `SELECT DISTINCT p.type, p.name, p.email, p.phone FROM involvements v JOIN parties p ON p.id = v.party_id
       WHERE v.incident_id IN (SELECT incident_id FROM involvements WHERE party_id = ?) AND p.id <> ? AND p.erased_at IS NULL`,
    )
    .all(partyId, partyId)
    .map((p): Withheld => ({ name: p.type === 'person' ? p.name : null, email: p.email, phone: p.phone, marker: WITHHELD }));
  const withhold = redactor(others);
  const messages = ctx.db
    .prepare<{ id: string; email: string }, { reference: string; sent_at: number | null; subject: string; recipient_field: string }>(
      `SELECT i.reference, m.sent_at, m.subject, m.recipient_field FROM email_messages m JOIN incidents i ON i.id = m.incident_id
       WHERE ${PERSON_MESSAGE} ORDER BY m.seq`,
    )
    .all({ id: partyId, email: party.email });
  const document = {
    title: 'Subject access export (UK GDPR Article 15)',
    generatedAt: formatUkDateTime(at),
    generatedBy: actor,
    person: {
      name: party.name,
      email: party.email,
      phone: party.phone,
      organisation: party.organisation,
      erasedOn: party.erased_at === null ? null : formatUkDate(party.erased_at),
    },
    otherPeople: `Other people's names, email addresses and telephone numbers are replaced with ${WITHHELD}.`,
    incidents: involvements.map((v) => ({
      reference: v.reference,
      kind: INCIDENT_KIND_LABELS[v.kind],
      title: withhold(v.title),
      discovered: formatUkDate(v.discovered_at),
      whatHappened: withhold(v.public_account),
      yourPart: labels<PartyRole>(v.roles, PARTY_ROLE_LABELS),
      dataAboutYou: labels<DataCategory>(v.data_categories, DATA_CATEGORY_LABELS),
      told: {
        status: NOTIFICATION_STATUS_LABELS[v.notification_status],
        when: v.notified_at === null ? null : formatUkDateTime(v.notified_at),
        how: v.notification_method === null ? null : NOTIFICATION_METHOD_LABELS[v.notification_method],
      },
    })),
    messages: messages.map((m) => ({
      incident: m.reference,
      sent: m.sent_at === null ? null : formatUkDateTime(m.sent_at),
      subject: withhold(m.subject),
      field: m.recipient_field,
    })),
  };
  const fileName = `subject-access-${partyId.slice(0, 8)}.json`;
  ctx.db
    .transaction(() =>
      appendAudit(ctx, actor, at, [
        {
          action: 'report.generated',
          entityType: 'report',
          entityId: partyId,
          incidentId: null,
          summary: 'Generated a subject access export (JSON)',
          changes: [
            { field: 'kind', before: null, after: 'subject_access' },
            { field: 'format', before: null, after: 'json' },
            { field: 'files', before: null, after: [fileName] },
            { field: 'rowCount', before: null, after: involvements.length },
          ],
        },
      ]),
    )
    .immediate();
  return { fileName, content: `${JSON.stringify(document, null, 2)}\n` };
}
