/**
 * UK date-time conventions: every instant is stored as UTC milliseconds and shown or entered in
 * Europe/London (GMT in winter, BST in summer), as "27 Nov 2026 14:30" or "27/11/2026 14:30".
 * Built on Intl only, so the renderer and the core agree without a time-zone library.
 */

export const UK_ZONE = 'Europe/London';

const partsFormatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: UK_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

type LocalParts = { year: number; month: number; day: number; hour: number; minute: number; second: number };

function londonParts(ms: number): LocalParts {
  const get = (parts: Intl.DateTimeFormatPart[], type: string) => Number(parts.find((p) => p.type === type)?.value);
  const parts = partsFormatter.formatToParts(new Date(ms));
  return {
    year: get(parts, 'year'),
    month: get(parts, 'month'),
    day: get(parts, 'day'),
    hour: get(parts, 'hour'),
    minute: get(parts, 'minute'),
    second: get(parts, 'second'),
  };
}

/** Offset of London from UTC at an instant, in ms (0 in GMT, 3,600,000 in BST). */
function londonOffset(ms: number): number {
  const p = londonParts(ms);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(ms / 1000) * 1000;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** "27 Nov 2026 14:30" */
export function formatUkDateTime(ms: number): string {
  const p = londonParts(ms);
  return `${p.day} ${MONTHS[p.month - 1]} ${p.year} ${pad(p.hour)}:${pad(p.minute)}`;
}

/** The UK's zone at an instant: GMT in winter, BST (GMT+1) in summer. */
export function ukZone(ms: number): 'GMT' | 'BST' {
  return londonOffset(ms) === 0 ? 'GMT' : 'BST';
}

const DAY_MS = 24 * 3_600_000;
// The clocks change twice a year, months apart, so sampling every six hours cannot step over a change and back.
const ZONE_SAMPLE_MS = 6 * 3_600_000;

/** Whether the UK's clocks change between `from` and `to`, or within a day either side (either order). */
export function isNearClockChange(from: number, to: number): boolean {
  const start = Math.min(from, to) - DAY_MS;
  const end = Math.max(from, to) + DAY_MS;
  // One millisecond before the window, so a change exactly a day before `from` still counts.
  const before = londonOffset(start - 1);
  for (let at = start; at < end; at += ZONE_SAMPLE_MS) {
    if (londonOffset(Math.min(at + ZONE_SAMPLE_MS, end)) !== before) return true;
  }
  return false;
}

/**
 * A time on a deadline's span (from awareness to the deadline) as "29 Mar 2026 10:00", with the zone
 * ("29 Mar 2026 10:00 BST") when the clocks change within a day of the span: 72 hours then end an hour
 * later or earlier on the wall clock than the officer would count, and the zone says why.
 */
export function formatUkDeadline(ms: number, span: { from: number; to: number }): string {
  const text = formatUkDateTime(ms);
  return isNearClockChange(span.from, span.to) ? `${text} ${ukZone(ms)}` : text;
}

/** "27 Nov 2026" */
export function formatUkDate(ms: number): string {
  const p = londonParts(ms);
  return `${p.day} ${MONTHS[p.month - 1]} ${p.year}`;
}

/** "27/11/2026 14:30", the form in which officers type date-times. */
export function formatUkNumeric(ms: number): string {
  const p = londonParts(ms);
  return `${pad(p.day)}/${pad(p.month)}/${p.year} ${pad(p.hour)}:${pad(p.minute)}`;
}

/** The calendar date in London at an instant: what "today" and "the day it closed" mean to an officer. */
export function ukCalendarDate(ms: number): { year: number; month: number; day: number } {
  const p = londonParts(ms);
  return { year: p.year, month: p.month, day: p.day };
}

/** The calendar year in London at an instant (references are numbered per year of recording). */
export function ukYear(ms: number): number {
  return londonParts(ms).year;
}

export type ParsedUkDateTime = { ok: true; ms: number } | { ok: false; message: string };

const UK_PATTERN = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[ T,]+(\d{1,2}):(\d{2}))?\s*$/;

/**
 * Parses "27/11/2026 14:30" (or "27/11/2026", meaning midnight) as London time.
 * In the autumn hour that happens twice, the first (BST) is taken; a time skipped when the clocks
 * go forward is refused, because it never happened in the UK.
 */
export function parseUkDateTime(text: string): ParsedUkDateTime {
  const m = UK_PATTERN.exec(text);
  if (!m) return { ok: false, message: 'Enter a date as DD/MM/YYYY, optionally with a time as HH:MM' };
  const [day, month, year, hour, minute] = [m[1], m[2], m[3], m[4] ?? '0', m[5] ?? '0'].map(Number) as [number, number, number, number, number];
  if (month < 1 || month > 12) return { ok: false, message: 'The month must be between 01 and 12' };
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return { ok: false, message: `That month has ${daysInMonth} days` };
  if (hour > 23 || minute > 59) return { ok: false, message: 'The time must be between 00:00 and 23:59' };
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // Try both offsets London uses; keep those that map back to the same wall-clock time.
  const candidates = [wall - 3_600_000, wall].filter((ms) => ms + londonOffset(ms) === wall);
  const first = candidates[0];
  if (first === undefined) {
    return { ok: false, message: 'That time does not exist in the UK: the clocks go forward an hour then' };
  }
  return { ok: true, ms: first };
}
