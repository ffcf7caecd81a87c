import type { ColumnMapping } from '../../../shared/contract/gatewayLogs';
import { cell, findColumns, requireDate, splitAddresses, type RowReader } from './logRow';
import { checkDelimiter, checkWidth, type HeaderReader } from './logHeader';

/** Any other CSV, through the columns the officer mapped after inspecting it. */
export const mappedHeader =
  (fileName: string, mapping: ColumnMapping): HeaderReader =>
  (header, line) => {
    checkDelimiter(fileName, line, header);
    const wanted = { ...mapping, subject: mapping.subject ?? '', messageId: mapping.messageId ?? '' };
    const optional = (['subject', 'messageId'] as const).filter((k) => !mapping[k]);
    const at = findColumns(fileName, line, header, wanted, optional);
    const readRow: RowReader = (row, rowLine) => {
      checkWidth(fileName, rowLine, row, header.length);
      // A hand-made list may separate recipients with commas as well as semicolons.
      const recipients = splitAddresses(cell(row, at.recipients), /[;,]/);
      if (recipients.length === 0) return null;
      return {
        sentAt: requireDate(fileName, rowLine, mapping.sentAt, cell(row, at.sentAt)),
        sender: cell(row, at.sender).trim().toLowerCase(),
        recipients,
        subject: cell(row, at.subject),
        messageId: cell(row, at.messageId),
      };
    };
    return readRow;
  };
