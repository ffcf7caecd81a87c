import type { ColumnMapping, GatewayLogFormat } from '../../../shared/contract/gatewayLogs';
import { badLine } from './lineReader';
import { headerKey, type RowReader } from './logRow';

/**
 * Given the records before the data, one at a time: null while still reading header lines, then the
 * reader of the data lines. Throws when the header is not the format's.
 */
export type HeaderReader = (fields: string[], line: number) => RowReader | null;

/** A header that did not split on commas but holds semicolons or tabs: say so, rather than "columns missing". */
export function checkDelimiter(fileName: string, line: number, header: string[]): void {
  if (header.length > 1) return;
  const only = header[0] ?? '';
  const other = only.includes(';') ? 'semicolons' : only.includes('\t') ? 'tabs' : null;
  if (other) {
    throw badLine(
      fileName,
      line,
      `the columns are separated by ${other}, not commas. Export the log as comma-separated CSV (in Excel: Save As → "CSV (Comma delimited)"), then import it again.`,
    );
  }
}

/** A data line with a different number of fields from the header has been cut, joined or hand-edited. */
export function checkWidth(fileName: string, line: number, fields: string[], width: number): void {
  if (fields.length !== width) {
    throw badLine(
      fileName,
      line,
      `this line has ${fields.length} field${fields.length === 1 ? '' : 's'} where the header names ${width}. Check the file has not been cut short or edited, or export it again.`,
    );
  }
}

/** The CSV format a header row announces (Exchange logs announce themselves with `#` lines), or null. */
export function detectFormat(header: string[]): GatewayLogFormat | null {
  const keys = new Set(header.map(headerKey));
  if (keys.has('origintimestamputc') && keys.has('recipientstatus')) return 'm365';
  if (keys.has('received') && keys.has('recipientaddress') && keys.has('senderaddress')) return 'm365';
  return null;
}

/** Column names that usually hold each field, tried in order, for the suggested mapping. */
const GUESSES: Record<keyof ColumnMapping, RegExp[]> = {
  sentAt: [/^(date|datetime|timestamp|time|when|sent|sentat|received|origintimestamputc)$/, /date|time|received|sent/],
  sender: [/^(sender|senderaddress|from|fromaddress)$/, /sender|from/],
  recipients: [/^(recipients?|recipientaddress|to|toaddress)$/, /recipient|^to/],
  subject: [/^(subject|messagesubject)$/, /subject/],
  messageId: [/^(messageid|internetmessageid)$/, /messageid/],
};

export function suggestMapping(columns: string[]): Partial<ColumnMapping> {
  const keys = columns.map(headerKey);
  const mapping: Partial<ColumnMapping> = {};
  for (const [field, patterns] of Object.entries(GUESSES) as [keyof ColumnMapping, RegExp[]][]) {
    for (const pattern of patterns) {
      const at = keys.findIndex((k) => pattern.test(k));
      if (at !== -1) {
        mapping[field] = columns[at]!;
        break;
      }
    }
  }
  return mapping;
}
