import PostalMime, { type Address, type Email } from 'postal-mime';
import { AppError } from '../../../shared/contract/result';
import { formatUkDateTime } from '../../../shared/time/ukTime';
import { checkEmlShape } from './emlFile';
import { finishReading, mailbox, type HeaderRecipient, type Mailbox, type MessageParts, type ReadEmail } from './readMessage';
import { sensitivityLabelOf } from './sensitivityLabel';

const FIELDS = ['to', 'cc', 'bcc'] as const;

/**
 * Reads an .eml. A forward carrying the original as message/rfc822 is read for the original's sender,
 * recipients, subject and date: the forward is how the officer heard of the breach, not the breach.
 */
export async function readEmail(name: string, bytes: Buffer): Promise<ReadEmail> {
  checkEmlShape(name, bytes);
  const outer = await parse(name, bytes);
  const original = outer.attachments.find((a) => a.mimeType === 'message/rfc822');
  if (!original) return finishReading(partsOf(outer), false, []);
  const label = `${name} (attached ${original.filename ?? 'message'})`;
  const read = await readAttachedEml(label, Buffer.from(original.content as ArrayBuffer));
  const outerFrom = mailboxes(outer.from ? [outer.from] : [])[0];
  return finishReading(read, true, [forwardWarning(outerFrom?.address ?? null, outer.date ? Date.parse(outer.date) : null)]);
}

/** An original message attached as .eml, to a forward saved as .eml or as Outlook .msg. */
export async function readAttachedEml(label: string, bytes: Buffer): Promise<MessageParts> {
  checkEmlShape(label, bytes);
  return partsOf(await parse(label, bytes));
}

/** What the officer is told when the attached original was read instead of the forward. */
export function forwardWarning(forwardedBy: string | null, forwardedAt: number | null): string {
  const by = forwardedBy ? ` from ${forwardedBy}` : '';
  const at = forwardedAt !== null && !Number.isNaN(forwardedAt) ? ` on ${formatUkDateTime(forwardedAt)}` : '';
  return `This file is a forward${by}${at}: the attached original message was used for the sender, recipients, subject and date.`;
}

/**
 * Reads a block of Internet headers on its own (an Outlook item keeps the headers it arrived with), for the
 * addresses and labels they carry; null when they cannot be read.
 */
export async function parseHeaderBlock(headers: string): Promise<Email | null> {
  try {
    return await PostalMime.parse(`${headers.trimEnd()}\r\n\r\n`);
  } catch {
    return null;
  }
}

async function parse(name: string, bytes: Buffer): Promise<Email> {
  try {
    // Attached messages stay attachments, so a forward's original is read on its own terms above.
    return await PostalMime.parse(bytes, { forceRfc822Attachments: true });
  } catch {
    throw new AppError(
      'INVALID_INPUT',
      `${name} could not be read as an email: its MIME structure is damaged or nested too deeply. Save the email from the mail client again and import the new file.`,
      [{ path: 'fileId', message: `${name} cannot be read as an email` }],
    );
  }
}

function partsOf(email: Email): MessageParts {
  const recipients: HeaderRecipient[] = FIELDS.flatMap((field) => mailboxes(email[field] ?? []).map((m) => ({ ...m, field })));
  const sentAt = email.date ? Date.parse(email.date) : Number.NaN;
  return {
    subject: (email.subject ?? '').trim(),
    from: mailboxes(email.from ? [email.from] : [])[0] ?? null,
    sentAt: Number.isNaN(sentAt) ? null : sentAt,
    sentAtMissing: !email.date
      ? 'The message has no Date header: when it was sent is not known. Enter it on the incident if you find it.'
      : Number.isNaN(sentAt)
        ? 'The Date header could not be read as a date: when it was sent is not known.'
        : null,
    messageId: (email.messageId ?? '').trim(),
    messageIdMissing: 'The message has no Message-ID header: match it to the gateway log by sender, time and subject instead.',
    fromMissing: 'The message has no From header: the sender is not known.',
    recipients,
    attachments: email.attachments.map((a) => ({
      fileName: a.filename ?? `(unnamed ${a.mimeType})`,
      mediaType: a.mimeType,
      size: typeof a.content === 'string' ? Buffer.byteLength(a.content) : a.content.byteLength,
    })),
    sensitivityLabel: labelOfHeaders(email),
  };
}

/** The Purview label in a parsed message's headers, if any. */
export function labelOfHeaders(email: Email) {
  return sensitivityLabelOf(email.headers.filter((h) => h.key.toLowerCase() === 'msip_labels').map((h) => h.value));
}

/** Flattens groups (`Applicants: a@x, b@y;`, `undisclosed-recipients:;`) and normalises each domain to ASCII. */
export function mailboxes(addresses: Address[]): Mailbox[] {
  return addresses
    .flatMap((a) => (a.group ? a.group : [a]))
    .filter((m) => m.address.trim().length > 0)
    .map((m) => mailbox(m.address, m.name));
}
