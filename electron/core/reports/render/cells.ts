import { formatUkNumeric } from '../../../../shared/time/ukTime';
import { showHiddenMarks } from '../../../../shared/text/hiddenMarks';

/**
 * Spreadsheet cell safety and dates, shared by the CSV and Excel renderers.
 *
 * OWASP CSV-injection guidance: a text value that starts with `=`, `+`, `-`, `@`, tab or carriage
 * return could be read as a formula by Excel, LibreOffice or Sheets, so it is written with a single
 * quote in front. The whole value is tested, even when it spans several lines (papaparse's own
 * pattern, /^[=+\-@\t\r].*$/, misses "=1\n…" because `.` does not cross a line break).
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

export function escapeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * Text for a spreadsheet cell before any formula check: direction overrides and invisible characters shown
 * as markers (as the PDF and Word reports do), control characters other than tab and line breaks dropped.
 * Cleaning comes first so that a control character cannot hide a formula from the check ("\u0001=…").
 */
export function cleanCellText(text: string): string {
  return showHiddenMarks(text).replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '');
}

const NUMERIC = /^(\d{2})\/(\d{2})\/(\d{4}) (\d{2}):(\d{2})$/;

/**
 * Europe/London wall-clock time of a UTC instant, as a Date whose UTC fields carry that wall time.
 * Excel has no time zones: it stores the clock time the officer would read, so this is what goes in.
 */
export function londonWallDate(ms: number): Date {
  return new Date(ms + londonOffsetOfHour(Math.floor(ms / HOUR)));
}

const HOUR = 3_600_000;
/** London's offset from UTC by UTC hour: asking Intl for each of 40,000 dates took most of a register's XLSX. */
const offsetByHour = new Map<number, number>();

/**
 * London's offset is whole minutes and changes only at 01:00 UTC, so it is the same for every instant of a
 * UTC hour: worked out once per hour from the formatted wall time at the hour's start.
 */
function londonOffsetOfHour(hour: number): number {
  let offset = offsetByHour.get(hour);
  if (offset !== undefined) return offset;
  const start = hour * HOUR;
  const m = NUMERIC.exec(formatUkNumeric(start));
  if (!m) throw new Error(`Cannot convert ${start} to London time`);
  const [day, month, year, h, minute] = m.slice(1).map(Number) as [number, number, number, number, number];
  offset = Date.UTC(year, month - 1, day, h, minute) - start;
  if (offsetByHour.size >= 100_000) offsetByHour.clear();
  offsetByHour.set(hour, offset);
  return offset;
}

/** "27/11/2026" */
export function ukNumericDate(ms: number): string {
  return formatUkNumeric(ms).slice(0, 10);
}

/** "27/11/2026 14:30" */
export function ukNumericDateTime(ms: number): string {
  return formatUkNumeric(ms);
}

export const MIME_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv',
} as const;
