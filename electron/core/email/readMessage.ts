import type { EmailAttachment, SensitivityLabel } from '../../../shared/contract/emails';
import { normaliseDomain } from '../../../shared/domain/lookalike';

export type Mailbox = { address: string; name: string };
export type HeaderRecipient = Mailbox & { field: 'to' | 'cc' | 'bcc' };

/**
 * What an email file says, before any domain is classified: the one shape both readers produce (.eml in
 * parseEmail.ts, Outlook .msg in readMsg.ts), so preview, import, classification and duplicates are shared.
 */
export type ReadEmail = {
  subject: string;
  from: Mailbox | null;
  sentAt: number | null;
  messageId: string;
  recipients: HeaderRecipient[];
  attachments: EmailAttachment[];
  /** True when the file was a forward and the attached original was read instead. */
  usedAttachedOriginal: boolean;
  /** A Microsoft Purview sensitivity label found in the headers, offered for the material's marking. */
  sensitivityLabel: SensitivityLabel | null;
  warnings: string[];
};

/** A reader's findings, before recipients are merged and what is missing is said. */
export type MessageParts = Omit<ReadEmail, 'usedAttachedOriginal' | 'warnings'> & {
  /** Why the sending time is not known, said by the reader in its format's own words; null when known. */
  sentAtMissing: string | null;
  /** What to say when there is no Message-ID, in the format's words. */
  messageIdMissing: string;
  /** What to say when there is no sender, in the format's words. */
  fromMissing: string;
};

/**
 * Merges the recipients (the same address in To and Cc is one recipient, counted where it was most
 * visible) and says what is missing, in the order an officer checks it.
 */
export function finishReading(parts: MessageParts, usedAttachedOriginal: boolean, warnings: string[]): ReadEmail {
  const seen = new Set<string>();
  const recipients: HeaderRecipient[] = [];
  for (const field of ['to', 'cc', 'bcc'] as const) {
    for (const r of parts.recipients) {
      const key = r.address.toLowerCase();
      if (r.field !== field || seen.has(key)) continue;
      seen.add(key);
      recipients.push(r);
    }
  }
  const all = [...warnings];
  if (parts.sentAtMissing) all.push(parts.sentAtMissing);
  if (!parts.messageId) all.push(parts.messageIdMissing);
  if (!parts.from) all.push(parts.fromMissing);
  if (recipients.length === 0) all.push('The message names no recipients (To, Cc and Bcc are empty or undisclosed): link the people who received it by hand.');
  return {
    subject: parts.subject,
    from: parts.from,
    sentAt: parts.sentAt,
    messageId: parts.messageId,
    recipients,
    attachments: parts.attachments,
    usedAttachedOriginal,
    sensitivityLabel: parts.sensitivityLabel,
    warnings: all,
  };
}

/** A mailbox as recorded: the address normalised, a display name that only repeats the address dropped. */
export function mailbox(address: string, name: string): Mailbox {
  const normalised = normaliseAddress(address.trim());
  const display = name.trim();
  return { address: normalised, name: display.toLowerCase() === normalised.toLowerCase() ? '' : display };
}

/** The local part as written, the domain lowercased and in ASCII (punycode), as the mail system routed it. */
export function normaliseAddress(address: string): string {
  const at = address.lastIndexOf('@');
  if (at < 0) return address;
  const domain = normaliseDomain(address.slice(at + 1));
  return domain ? `${address.slice(0, at)}@${domain.ascii}` : address;
}
