import { badLine } from './lineReader';

/** One log line as Casebook needs it, whatever the format: a message and the recipients the line names. */
export type LogEntry = {
  sentAt: number;
  sender: string;
  recipients: string[];
  subject: string;
  messageId: string;
};

/**
 * Reads the data lines of one format once its header is known: returns the entry, or null for a line
 * that does not describe mail to its recipients (an Exchange DSN event, a line with no recipient).
 */
export type RowReader = (fields: string[], line: number) => LogEntry | null;

const ISO = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{4})[ ,T]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AP]M)?$/i;

/**
 * A log's timestamp as UTC milliseconds, or null. ISO 8601 (Exchange, M365's origin_timestamp_utc) with
 * or without an offset — without one it is UTC, as both products write; and the portal's slashed dates,
 * month first as Microsoft exports them unless the first number cannot be a month (then day first).
 */
export function parseLogDate(text: string): number | null {
  const t = text.trim();
  const iso = ISO.exec(t);
  if (iso) {
    const [, y, mo, d, h, mi, s, frac, zone] = iso;
    const ms = frac ? Number(frac.slice(0, 3).padEnd(3, '0')) : 0;
    return checked(Number(y), Number(mo), Number(d), Number(h), Number(mi), Number(s ?? 0), ms, offsetMinutes(zone));
  }
  const slashed = SLASHED.exec(t);
  if (slashed) {
    const [, a, b, y, h, mi, s, ampm] = slashed;
    const [month, day] = Number(a) > 12 ? [Number(b), Number(a)] : [Number(a), Number(b)];
    let hour = Number(h);
    if (ampm) {
      if (hour < 1 || hour > 12) return null;
      hour = (hour % 12) + (ampm.toUpperCase() === 'PM' ? 12 : 0);
    }
    return checked(Number(y), month, day, hour, Number(mi), Number(s ?? 0), 0, 0);
  }
  return null;
}

function offsetMinutes(zone: string | undefined): number {
  if (!zone || zone.toUpperCase() === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
}

/** Date.UTC rolls 31 February over into March; a log that says so is wrong, so it is refused instead. */
function checked(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number, offset: number): number | null {
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return null;
  const at = Date.UTC(y, mo - 1, d, h, mi, s, ms);
  if (new Date(at).getUTCDate() !== d) return null;
  return at - offset * 60_000;
}

/** The date of a line, or an error naming the file, the line and the text found. */
export function requireDate(fileName: string, line: number, column: string, text: string): number {
  const at = parseLogDate(text);
  if (at === null) {
    const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
    throw badLine(
      fileName,
      line,
      `"${shown}" in ${column} is not a date Casebook can read (expected e.g. 2023-03-14T09:12:00Z). Correct the line or export the log again.`,
    );
  }
  return at;
}

/** Addresses from a list field: separated by `;` (or `,` in hand-made CSVs), angle brackets removed, lower case. */
export function splitAddresses(text: string, separators: RegExp = /;/): string[] {
  const out: string[] = [];
  for (const part of text.split(separators)) {
    const address = part.trim().replace(/^<|>$/g, '').toLowerCase();
    if (address) out.push(address);
  }
  return out;
}

/** Header names compared without case, spaces, dashes or underscores: "Sender address" = sender_address. */
export const headerKey = (name: string) =>
  name
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '');

/** Each wanted column's index, or an error naming every column that is missing. */
export function findColumns<K extends string>(
  fileName: string,
  line: number,
  header: string[],
  wanted: Record<K, string>,
  optional: readonly NoInfer<K>[] = [],
): Record<K, number> {
  const index = new Map(header.map((name, i) => [headerKey(name), i] as const));
  const found = {} as Record<K, number>;
  const missing: string[] = [];
  for (const key of Object.keys(wanted) as K[]) {
    const at = index.get(headerKey(wanted[key]));
    if (at === undefined) {
      if (!optional.includes(key)) missing.push(wanted[key]);
      found[key] = -1;
    } else found[key] = at;
  }
  if (missing.length > 0) {
    throw badLine(
      fileName,
      line,
      `the header has no column ${missing.map((m) => `"${m}"`).join(', ')}. Export the log with ${missing.length > 1 ? 'these columns' : 'this column'}, or choose "Other CSV" and map the columns yourself.`,
    );
  }
  return found;
}

/** A field by index; an absent optional column (-1) or a short line reads as empty. */
export const cell = (fields: string[], at: number) => (at < 0 ? '' : (fields[at] ?? ''));
