import { formatUkDate, parseUkDateTime, ukYear } from '../../../../shared/time/ukTime';

/** How the officer names the period of a statistics report. */
export type PeriodChoice =
  | { type: 'quarter'; year: number; quarter: 1 | 2 | 3 | 4 }
  | { type: 'financialYear'; startYear: number }
  | { type: 'calendarYear'; year: number }
  | { type: 'custom'; from: string; to: string };

export type PeriodRange = { ok: true; from: number; to: number; label: string } | { ok: false; field: 'from' | 'to'; message: string };

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const pad = (n: number) => String(n).padStart(2, '0');

/** London midnight at the start of a calendar day (months may run past 12: the date rolls on). */
function londonMidnight(year: number, month: number, day: number): number {
  const d = new Date(Date.UTC(year, month - 1, day));
  const parsed = parseUkDateTime(`${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`);
  if (!parsed.ok) throw new Error(parsed.message); // midnight always exists in London
  return parsed.ms;
}

/**
 * The period as instants, start inclusive and end exclusive, each at midnight in London. A custom
 * period's end date is included: "01/04/2025 to 30/06/2025" runs to the end of 30 June.
 */
export function periodRange(choice: PeriodChoice): PeriodRange {
  switch (choice.type) {
    case 'quarter': {
      const firstMonth = (choice.quarter - 1) * 3 + 1;
      return {
        ok: true,
        from: londonMidnight(choice.year, firstMonth, 1),
        to: londonMidnight(choice.year, firstMonth + 3, 1),
        label: `${MONTH_NAMES[firstMonth - 1]} to ${MONTH_NAMES[firstMonth + 1]} ${choice.year}`,
      };
    }
    case 'financialYear':
      return {
        ok: true,
        from: londonMidnight(choice.startYear, 4, 1),
        to: londonMidnight(choice.startYear + 1, 4, 1),
        label: `Financial year ${choice.startYear}–${String(choice.startYear + 1).slice(2)}`,
      };
    case 'calendarYear':
      return { ok: true, from: londonMidnight(choice.year, 1, 1), to: londonMidnight(choice.year + 1, 1, 1), label: `Calendar year ${choice.year}` };
    case 'custom': {
      const from = parseDay(choice.from);
      if (!from.ok) return { ok: false, field: 'from', message: from.message };
      const to = parseDay(choice.to);
      if (!to.ok) return { ok: false, field: 'to', message: to.message };
      const end = londonMidnight(to.year, to.month, to.day + 1);
      if (end <= from.ms) return { ok: false, field: 'to', message: 'The end of the period must be on or after its start' };
      return { ok: true, from: from.ms, to: end, label: `${formatUkDate(from.ms)} to ${formatUkDate(to.ms)}` };
    }
  }
}

type ParsedDay = { ok: true; ms: number; year: number; month: number; day: number } | { ok: false; message: string };

function parseDay(text: string): ParsedDay {
  const m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text);
  if (!m) return { ok: false, message: 'Enter a date as DD/MM/YYYY' };
  const parsed = parseUkDateTime(text);
  if (!parsed.ok) return parsed;
  return { ok: true, ms: parsed.ms, day: Number(m[1]), month: Number(m[2]), year: Number(m[3]) };
}

/** The last eight calendar quarters, newest first, as select options. */
export function recentQuarters(now: number): { value: string; label: string }[] {
  const year = ukYear(now);
  const month = Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', month: 'numeric' }).format(now));
  let q = Math.floor((month - 1) / 3) + 1;
  let y = year;
  const options: { value: string; label: string }[] = [];
  for (let i = 0; i < 8; i++) {
    const first = (q - 1) * 3;
    options.push({ value: `${y}-${q}`, label: `Q${q} ${y} (${MONTH_NAMES[first]!.slice(0, 3)}–${MONTH_NAMES[first + 2]!.slice(0, 3)})` });
    q -= 1;
    if (q === 0) {
      q = 4;
      y -= 1;
    }
  }
  return options;
}

/** The financial years (April to March) and calendar years to offer, newest first. */
export function recentYears(now: number, count = 6): { financial: { value: string; label: string }[]; calendar: { value: string; label: string }[] } {
  const year = ukYear(now);
  const month = Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', month: 'numeric' }).format(now));
  const currentFy = month >= 4 ? year : year - 1;
  return {
    financial: Array.from({ length: count }, (_, i) => currentFy - i).map((y) => ({
      value: String(y),
      label: `${y}–${String(y + 1).slice(2)} (Apr ${y} – Mar ${y + 1})`,
    })),
    calendar: Array.from({ length: count }, (_, i) => year - i).map((y) => ({ value: String(y), label: String(y) })),
  };
}
