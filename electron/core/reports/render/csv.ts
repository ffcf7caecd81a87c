import Papa from 'papaparse';
import type { Sheet } from '../../../../shared/contract/reports';
import { fullFingerprintLine, type AuditFingerprint } from '../auditFingerprint';
import { cleanCellText, FORMULA_START, ukNumericDate, ukNumericDateTime } from './cells';

const BOM = '\uFEFF';

function cellText(value: string | number | null, type: Sheet['columns'][number]['type']): string | number {
  if (value === null) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    if (type === 'date') return ukNumericDate(value);
    if (type === 'datetime') return ukNumericDateTime(value);
    return value;
  }
  return cleanCellText(value);
}

/**
 * The sheet as CSV: UTF-8 with a byte-order mark (so Excel reads names correctly), CRLF line ends,
 * dates as London time ("27/11/2026 14:30"), text cleaned (cleanCellText) and then, where it could be
 * read as a formula, prefixed with a single quote. Numbers stay numbers (a negative count is not a formula). With `audit`,
 * one last row carries the audit fingerprint at generation in its first cell (CSV has no footer).
 */
export function renderCsv(sheet: Sheet, audit?: AuditFingerprint): Buffer {
  const fields = sheet.columns.map((c) => c.header);
  const data = sheet.rows.map((row) => sheet.columns.map((col, i) => cellText(row[i] ?? null, col.type)));
  if (audit) data.push([fullFingerprintLine(audit), ...sheet.columns.slice(1).map(() => '')]);
  const text = Papa.unparse({ fields, data }, { escapeFormulae: FORMULA_START, newline: '\r\n', quotes: false, header: true, skipEmptyLines: false });
  return Buffer.from(BOM + text + '\r\n', 'utf8');
}
