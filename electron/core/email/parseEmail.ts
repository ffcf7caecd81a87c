import PostalMime, { type Address, type Email } from 'postal-mime';
import { normaliseDomain } from '../../../shared/domain/lookalike';
import type { EmailAttachment } from '../../../shared/contract/emails';
import { AppError } from '../../../shared/contract/result';
import { formatUkDateTime } from '../../../shared/time/ukTime';
import { checkEmlShape } from './emlFile';

export type Mailbox = { address: string; name: string };
export type HeaderRecipient = Mailbox & { field: 'to' | 'cc' | 'bcc' };

/** What the headers of an .eml say, before any domain is classified. */
export type ReadEmail = {
  subject: string;
  from: Mailbox | null;
  sentAt: number | null;
  messageId: string;
  recipients: HeaderRecipient[];
  attachments: EmailAttachment[];
  /** True when the file was a forward and the attached original was read instead. */
  usedAttachedOriginal: boolean;
  warnings: string[];
};

const FIELDS = ['to', 'cc', 'bcc'] as const;

/**
 * Reads an .eml. A forward carrying the original as message/rfc822 is read for the original's sender,
 * recipients, subject and date: the forward is how the officer heard of the breach, not the breach.
 */
export async function readEmail(name: string, bytes: Buffer): Promise<ReadEmail> {
  checkEmlShape(name, bytes);
  const outer = await parse(name, bytes);
  const original = outer.attachments.find((a) => a.mimeType === 'message/rfc822');
  if (!original) return describe(outer, false, []);
  const originalBytes = Buffer.from(original.content as ArrayBuffer);
  const label = `${name} (attached ${original.filename ?? 'message'})`;
  checkEmlShape(label, originalBytes);
  const outerFrom = mailboxes(outer.from ? [outer.from] : [])[0];
  const forwardedBy = outerFrom ? ` from ${outerFrom.address}` : '';
  const forwardedAt = outer.date && !Number.isNaN(Date.parse(outer.date)) ? ` on ${formatUkDateTime(Date.parse(outer.date))}` : '';
  return describe(await parse(label, originalBytes), true, [
    `This file is a forward${forwardedBy}${forwardedAt}: the attached original message was used for the sender, recipients, subject and date.`,
  ]);
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

function describe(email: Email, usedAttachedOriginal: boolean, warnings: string[]): ReadEmail {
  const from = mailboxes(email.from ? [email.from] : [])[0] ?? null;
  const seen = new Set<string>();
  const recipients: HeaderRecipient[] = [];
  for (const field of FIELDS) {
    for (const mailbox of mailboxes(email[field] ?? [])) {
      // The same address in To and Cc is one recipient, counted where it was most visible.
      const key = mailbox.address.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      recipients.push({ ...mailbox, field });
    }
  }
  const sentAt = email.date ? Date.parse(email.date) : Number.NaN;
  if (!email.date) warnings.push('The message has no Date header: when it was sent is not known. Enter it on the incident if you find it.');
  else if (Number.isNaN(sentAt)) warnings.push('The Date header could not be read as a date: when it was sent is not known.');
  if (!email.messageId) warnings.push('The message has no Message-ID header: match it to the gateway log by sender, time and subject instead.');
  if (!from) warnings.push('The message has no From header: the sender is not known.');
  if (recipients.length === 0) warnings.push('The message names no recipients (To, Cc and Bcc are empty or undisclosed): link the people who received it by hand.');
  return {
    subject: (email.subject ?? '').trim(),
    from,
    sentAt: Number.isNaN(sentAt) ? null : sentAt,
    messageId: (email.messageId ?? '').trim(),
    recipients,
    attachments: email.attachments.map((a) => ({
      fileName: a.filename ?? `(unnamed ${a.mimeType})`,
      mediaType: a.mimeType,
      size: typeof a.content === 'string' ? Buffer.byteLength(a.content) : a.content.byteLength,
    })),
    usedAttachedOriginal,
    warnings,
  };
}

/** Flattens groups (`Applicants: a@x, b@y;`, `undisclosed-recipients:;`) and normalises each domain to ASCII. */
function mailboxes(addresses: Address[]): Mailbox[] {
  return addresses
    .flatMap((a) => (a.group ? a.group : [a]))
    .filter((m) => m.address.trim().length > 0)
    .map((m) => {
      const address = normaliseAddress(m.address.trim());
      const name = m.name.trim();
      return { address, name: name.toLowerCase() === address.toLowerCase() ? '' : name };
    });
}

/** The local part as written, the domain lowercased and in ASCII (punycode), as the mail system routed it. */
function normaliseAddress(address: string): string {
  const at = address.lastIndexOf('@');
  if (at < 0) return address;
  const domain = normaliseDomain(address.slice(at + 1));
  return domain ? `${address.slice(0, at)}@${domain.ascii}` : address;
}
