import { cell, findColumns, headerKey, requireDate, splitAddresses, type RowReader } from './logRow';
import { checkDelimiter, checkWidth, type HeaderReader } from './logHeader';

/** The message trace download report of Exchange Online (the older, snake_case export). */
const REPORT = {
  at: 'origin_timestamp_utc',
  sender: 'sender_address',
  recipients: 'recipient_status',
  subject: 'message_subject',
  messageId: 'message_id',
} as const;

/** The portal's newer CSV export. */
const PORTAL = {
  at: 'Received',
  sender: 'Sender address',
  recipients: 'Recipient address',
  subject: 'Subject',
  messageId: 'Message ID',
} as const;

const OPTIONAL = ['subject', 'messageId'] as const;

/**
 * `recipient_status` holds `address##Receive, Deliver`, several recipients separated by `;`; the
 * status after `##` says what happened to that copy, and every recipient named was addressed.
 */
function reportRecipients(text: string): string[] {
  return splitAddresses(text.replace(/##[^;]*/g, ''));
}

/** Microsoft 365 message trace, recognised by its header in either style. */
export const m365Header =
  (fileName: string): HeaderReader =>
  (header, line) => {
    checkDelimiter(fileName, line, header);
    const portal = header.some((h) => headerKey(h) === 'recipientaddress');
    const at = findColumns(fileName, line, header, portal ? PORTAL : REPORT, OPTIONAL);
    const names = portal ? PORTAL : REPORT;
    const readRow: RowReader = (row, rowLine) => {
      checkWidth(fileName, rowLine, row, header.length);
      const field = cell(row, at.recipients);
      const recipients = portal ? splitAddresses(field) : reportRecipients(field);
      if (recipients.length === 0) return null;
      return {
        sentAt: requireDate(fileName, rowLine, names.at, cell(row, at.at)),
        sender: cell(row, at.sender).trim().toLowerCase(),
        recipients,
        subject: cell(row, at.subject),
        messageId: cell(row, at.messageId),
      };
    };
    return readRow;
  };
