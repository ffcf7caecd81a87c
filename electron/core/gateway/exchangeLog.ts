import { badLine } from './lineReader';
import { cell, findColumns, requireDate, splitAddresses, type RowReader } from './logRow';
import { checkDelimiter, checkWidth, type HeaderReader } from './logHeader';

/** The columns Casebook reads from an Exchange Server message tracking log (subject logging may be off). */
const COLUMNS = {
  at: 'date-time',
  event: 'event-id',
  messageId: 'message-id',
  networkId: 'network-message-id',
  internalId: 'internal-message-id',
  recipients: 'recipient-address',
  sender: 'sender-address',
  subject: 'message-subject',
} as const;
const OPTIONAL = ['networkId', 'internalId', 'subject'] as const;

/**
 * A DSN line is the bounce Exchange sends back to the sender, under its own message id: counting it
 * would count a message to the sender. Every other event naming recipients (RECEIVE, SEND, DELIVER,
 * FAIL, DEFER, EXPAND, TRANSFER, REDIRECT…) names a recipient the message was addressed to; one message
 * appears in several of them, and the import counts each message and recipient once.
 */
const NOT_TO_RECIPIENTS = new Set(['DSN']);

/**
 * Exchange Server message tracking log: `#Software`, `#Version`, `#Log-type`, `#Date` lines, then
 * `#Fields: date-time,client-ip,…` naming the comma-separated columns of every line after it.
 */
export const exchangeHeader =
  (fileName: string): HeaderReader =>
  (fields, line) => {
    const first = fields[0] ?? '';
    if (!first.startsWith('#')) {
      throw badLine(
        fileName,
        line,
        'no "#Fields:" header line comes before the data, so this is not an Exchange message tracking log. Choose the format the file is in, or "Other CSV".',
      );
    }
    if (!/^#Fields:/i.test(first)) return null;
    const header = [first.replace(/^#Fields:\s*/i, ''), ...fields.slice(1)];
    checkDelimiter(fileName, line, header);
    const at = findColumns(fileName, line, header, COLUMNS, OPTIONAL);
    const readRow: RowReader = (row, rowLine) => {
      checkWidth(fileName, rowLine, row, header.length);
      if (NOT_TO_RECIPIENTS.has(cell(row, at.event).toUpperCase())) return null;
      const recipients = splitAddresses(cell(row, at.recipients));
      if (recipients.length === 0) return null;
      return {
        sentAt: requireDate(fileName, rowLine, COLUMNS.at, cell(row, at.at)),
        sender: cell(row, at.sender).trim().toLowerCase(),
        recipients,
        subject: cell(row, at.subject),
        messageId: cell(row, at.messageId) || cell(row, at.networkId) || cell(row, at.internalId),
      };
    };
    return readRow;
  };
