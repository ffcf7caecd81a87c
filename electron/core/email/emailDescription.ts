import type { EmailPreview, RecipientField } from '../../../shared/contract/emails';
import { formatUkDate, formatUkDateTime, UK_ZONE } from '../../../shared/time/ukTime';

const weekday = new Intl.DateTimeFormat('en-GB', { timeZone: UK_ZONE, weekday: 'short' });
const FIELD_NAMES = { to: 'To', cc: 'Cc', bcc: 'Bcc', unknown: 'an unknown field' } as const satisfies Record<RecipientField, string>;
/** The incident's description field holds at most this many characters. */
const DESCRIPTION_MAX = 20_000;

const count = (n: number, word: string, plural = `${word}s`) => `${n.toLocaleString('en-GB')} ${n === 1 ? word : plural}`;

/** "Thu 26 Nov 2026 at 16:32", in London time. */
function sentText(ms: number): string {
  return `${weekday.format(new Date(ms))} ${formatUkDate(ms)} at ${formatUkDateTime(ms).slice(-5)}`;
}

/**
 * The facts of the message, written out for the new incident's description so the officer starts from what
 * the file says rather than retyping it: "Sent on Thu 26 Nov 2026 at 16:32 by x@mod.gov.uk to 55 recipients
 * (1 in To, 54 in Cc), subject “…”; 2 attachments: a.pdf, b.xlsx." Only what the headers say, nothing judged.
 */
export function describeEmail(preview: EmailPreview): string {
  const { email } = preview;
  const when = email.sentAt === null ? 'Sent at a time the message does not give' : `Sent on ${sentText(email.sentAt)}`;
  const by = email.from ? ` by ${email.from.address}` : ' by a sender the message does not name';
  const fields = (['to', 'cc', 'bcc', 'unknown'] as const)
    .map((f) => [f, email.recipients.filter((r) => r.field === f).length] as const)
    .filter(([, n]) => n > 0)
    .map(([f, n]) => `${n.toLocaleString('en-GB')} in ${FIELD_NAMES[f]}`);
  const to = email.recipients.length === 0 ? ' to no named recipient' : ` to ${count(email.recipients.length, 'recipient')} (${fields.join(', ')})`;
  const subject = email.subject === '' ? 'no subject' : `subject “${email.subject}”`;
  const attachments =
    email.attachments.length === 0 ? 'no attachments' : `${count(email.attachments.length, 'attachment')}: ${email.attachments.map((a) => a.fileName).join(', ')}`;
  const forward = preview.usedAttachedOriginal ? ` Read from the original message attached to a forward (${preview.fileName}).` : '';
  const label = preview.sensitivityLabel ? ` The message carried the sensitivity label “${preview.sensitivityLabel.name}” (Microsoft Purview).` : '';
  const text = `${when}${by}${to}, ${subject}; ${attachments}.${forward}${label}`;
  return text.length <= DESCRIPTION_MAX ? text : `${text.slice(0, DESCRIPTION_MAX - 1)}…`;
}
