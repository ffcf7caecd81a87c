import type { FieldsData } from '@kenjiuno/msgreader';
import type { Email } from 'postal-mime';
import type { EmailAttachment } from '../../../shared/contract/emails';
import { MSG_MEDIA_TYPE } from '../../../shared/contract/emails';
import { openMsg, type OpenedMsg } from './msgFile';
import { mailClassOf, mailClassWarning } from './outlookItem';
import { forwardWarning, labelOfHeaders, mailboxes, parseHeaderBlock, readAttachedEml } from './parseEmail';
import { finishReading, mailbox, type HeaderRecipient, type Mailbox, type MessageParts, type ReadEmail } from './readMessage';

/** How many people stored only as X.500 addresses are named in the warning before "and N more". */
const NAMED_MAX = 5;

/**
 * Reads an Outlook .msg into the same shape as an .eml. A forward carrying the original as an attached
 * Outlook item or .eml is read for the original, as for .eml forwards; the item's class decides whether it
 * is an email at all, and what can be read of it.
 */
export async function readMsg(name: string, bytes: Buffer): Promise<ReadEmail> {
  const item = openMsg(name, bytes);
  const { fields } = item;
  const mailClass = mailClassOf(name, fields.messageClass);
  const warnings = [...item.warnings];
  const classWarning = mailClassWarning(mailClass, (fields.attachments ?? []).map(attachmentName));
  if (classWarning) warnings.push(classWarning);
  if (mailClass === 'nonDelivery') warnings.push(bouncedWarning(fields));
  const outer = await partsOfItem(name, fields, item);
  const original = (fields.attachments ?? []).find(isAttachedMessage);
  if (!original) return finishReading(outer.parts, false, [...warnings, ...outer.warnings]);

  const label = `${name} (attached ${attachmentName(original)})`;
  warnings.unshift(forwardWarning(outer.parts.from?.address ?? null, outer.parts.sentAt));
  if (original.innerMsgContent && original.innerMsgContentFields) {
    const inner = original.innerMsgContentFields;
    mailClassOf(label, inner.messageClass);
    const read = await partsOfItem(label, inner, item);
    return finishReading(read.parts, true, [...warnings, ...read.warnings]);
  }
  const content = Buffer.from(item.reader.getAttachment(original).content);
  return finishReading(await readAttachedEml(label, content), true, warnings);
}

/** An attached Outlook item (a forward as attachment) or an attached .eml. */
function isAttachedMessage(a: FieldsData): boolean {
  if (a.innerMsgContent) return true;
  return a.attachMimeTag?.toLowerCase() === 'message/rfc822' || (a.extension ?? a.fileName ?? '').toLowerCase().endsWith('.eml');
}

function attachmentName(a: FieldsData): string {
  if (a.innerMsgContent) return `${a.name ?? a.innerMsgContentFields?.subject ?? 'message'}.msg`;
  return a.fileName ?? a.fileNameShort ?? a.name ?? '(unnamed attachment)';
}

/**
 * The sender, recipients and facts of one message (the file's, or an attached item's). Addresses come
 * from the SMTP properties Exchange writes beside its own X.500 addresses, then from the Internet headers
 * the item arrived with; a person known only by an X.500 address is named in a warning, not guessed at.
 */
async function partsOfItem(name: string, fields: FieldsData, item: OpenedMsg): Promise<{ parts: MessageParts; warnings: string[] }> {
  const headers = fields.headers ? await parseHeaderBlock(fields.headers) : null;
  const x500Only: string[] = [];
  const sender = senderOf(fields, headers);
  if (sender.x500) x500Only.push(sender.x500);
  const recipients: HeaderRecipient[] = [];
  for (const r of fields.recipients ?? []) {
    // PidTagRecipientType: 1 To, 2 Cc, 3 Bcc. Anything else (the originator row, resend copies) is not a recipient.
    if (r.recipType !== 'to' && r.recipType !== 'cc' && r.recipType !== 'bcc') continue;
    const address = smtpOf(r.smtpAddress, r.addressType, r.email) ?? headerAddressByName(headers, r.name);
    if (address) recipients.push({ ...mailbox(address, r.name ?? ''), field: r.recipType });
    else if (r.email) x500Only.push(`${r.name ? `${r.name} ` : ''}(${r.email})`);
  }
  const sentAt = fields.clientSubmitTime ? Date.parse(fields.clientSubmitTime) : headers?.date ? Date.parse(headers.date) : Number.NaN;
  const warnings = x500Only.length > 0 ? [x500Warning(x500Only, sender.x500 !== null)] : [];
  return {
    parts: {
      subject: (fields.subject ?? headers?.subject ?? '').trim(),
      from: sender.from,
      sentAt: Number.isNaN(sentAt) ? null : sentAt,
      sentAtMissing: Number.isNaN(sentAt)
        ? `${name} records no time it was sent (it may be a draft that was never sent): when it was sent is not known. Enter it on the incident if you find it.`
        : null,
      messageId: (fields.messageId ?? headers?.messageId ?? '').trim(),
      messageIdMissing: 'The message has no Internet Message-ID: match it to the gateway log by sender, time and subject instead.',
      fromMissing: sender.x500 ? 'The sender is not known by an email address (see above).' : 'The message names no sender: the sender is not known.',
      recipients,
      attachments: (fields.attachments ?? []).map((a) => attachmentOf(a, item)),
      sensitivityLabel: headers ? labelOfHeaders(headers) : null,
    },
    warnings,
  };
}

/** PidTagSmtpAddress, or PidTagEmailAddress when its address type is SMTP; never an X.500 DN. */
function smtpOf(smtp: string | undefined, addressType: string | undefined, email: string | undefined): string | null {
  if (smtp?.includes('@')) return smtp;
  if (addressType?.toUpperCase() === 'SMTP' && email?.includes('@')) return email;
  return null;
}

function senderOf(fields: FieldsData, headers: Email | null): { from: Mailbox | null; x500: string | null } {
  const headerFrom = headers?.from ? (mailboxes([headers.from])[0] ?? null) : null;
  const address = smtpOf(fields.senderSmtpAddress, fields.senderAddressType, fields.senderEmail) ?? headerFrom?.address ?? null;
  if (address) return { from: mailbox(address, fields.senderName ?? headerFrom?.name ?? ''), x500: null };
  const name = fields.senderName ? `${fields.senderName} ` : '';
  return { from: null, x500: fields.senderEmail ? `the sender ${name}(${fields.senderEmail})` : null };
}

/** A recipient's address from the To/Cc headers the item arrived with, matched by display name when only one matches. */
function headerAddressByName(headers: Email | null, name: string | undefined): string | null {
  if (!headers || !name) return null;
  const all = [...mailboxes(headers.to ?? []), ...mailboxes(headers.cc ?? []), ...mailboxes(headers.bcc ?? [])];
  const matches = new Set(all.filter((m) => m.name.toLowerCase() === name.trim().toLowerCase()).map((m) => m.address.toLowerCase()));
  return matches.size === 1 ? [...matches][0]! : null;
}

function x500Warning(people: string[], includesSender: boolean): string {
  const named = people.slice(0, NAMED_MAX).join('; ');
  const more = people.length > NAMED_MAX ? `; and ${people.length - NAMED_MAX} more` : '';
  const who = includesSender ? 'the sender' : 'them';
  return `${people.length} ${people.length === 1 ? 'person is' : 'people are'} stored only as Exchange (X.500) addresses, which name a mailbox in your organisation's Exchange but not an email address: ${named}${more}. They are not linked as parties; find their email addresses in the address book and add ${who} by hand.`;
}

/** A non-delivery report's recipient table lists the addresses delivery failed to. */
function bouncedWarning(fields: FieldsData): string {
  const bounced = (fields.recipients ?? []).map((r) => smtpOf(r.smtpAddress, r.addressType, r.email) ?? r.email ?? r.name).filter((a) => !!a);
  const list = bounced.length > 0 ? bounced.join(', ') : 'an address the report does not give';
  return `This is a non-delivery report: delivery to ${list} failed, so the message did not reach ${bounced.length === 1 ? 'that address' : 'those addresses'}. Record that on the incident.`;
}

function attachmentOf(a: FieldsData, item: OpenedMsg): EmailAttachment {
  if (a.innerMsgContent) {
    return { fileName: attachmentName(a), mediaType: MSG_MEDIA_TYPE, size: item.reader.getAttachment(a).content.length };
  }
  return { fileName: attachmentName(a), mediaType: a.attachMimeTag ?? 'application/octet-stream', size: a.contentLength ?? 0 };
}
