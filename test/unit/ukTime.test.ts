import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatUkDate, formatUkDateTime, formatUkDeadline, formatUkNumeric, isNearClockChange, parseUkDateTime, ukYear, ukZone } from '../../shared/time/ukTime';

const HOUR = 3_600_000;

/** Parses and fails the test with the message if the text was refused. */
function parsed(text: string): number {
  const result = parseUkDateTime(text);
  if (!result.ok) throw new Error(`"${text}" was refused: ${result.message}`);
  return result.ms;
}

describe('parseUkDateTime', () => {
  it('reads a winter date-time as GMT (UTC+0)', () => {
    expect(parsed('15/01/2026 14:30')).toBe(Date.UTC(2026, 0, 15, 14, 30));
  });

  it('reads a summer date-time as BST (UTC+1)', () => {
    expect(parsed('15/07/2026 14:30')).toBe(Date.UTC(2026, 6, 15, 13, 30));
  });

  it('reads a date without a time as midnight in London', () => {
    expect(parsed('27/11/2026')).toBe(Date.UTC(2026, 10, 27, 0, 0));
    expect(parsed('01/06/2026')).toBe(Date.UTC(2026, 4, 31, 23, 0));
  });

  it('accepts single-digit day, month and hour, surrounding spaces, and a comma or T between date and time', () => {
    expect(parsed(' 1/2/2026 9:05 ')).toBe(Date.UTC(2026, 1, 1, 9, 5));
    expect(parsed('01/02/2026, 09:05')).toBe(Date.UTC(2026, 1, 1, 9, 5));
    expect(parsed('01/02/2026T09:05')).toBe(Date.UTC(2026, 1, 1, 9, 5));
  });

  it('takes 01:00 GMT on the spring-forward morning and 03:00 BST as consecutive instants', () => {
    // 29 March 2026: clocks go from 01:00 GMT straight to 02:00 BST.
    expect(parsed('29/03/2026 00:59')).toBe(Date.UTC(2026, 2, 29, 0, 59));
    expect(parsed('29/03/2026 02:00')).toBe(Date.UTC(2026, 2, 29, 1, 0));
  });

  it.each(['29/03/2026 01:00', '29/03/2026 01:30', '29/03/2026 01:59'])('refuses %s, a time skipped when the clocks go forward', (text) => {
    const result = parseUkDateTime(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/does not exist/);
  });

  it('takes the first (BST) occurrence of a time that happens twice when the clocks go back', () => {
    // 25 October 2026: 01:00–01:59 happens in BST and again in GMT.
    expect(parsed('25/10/2026 01:30')).toBe(Date.UTC(2026, 9, 25, 0, 30));
    expect(parsed('25/10/2026 00:59')).toBe(Date.UTC(2026, 9, 24, 23, 59));
    expect(parsed('25/10/2026 02:00')).toBe(Date.UTC(2026, 9, 25, 2, 0));
  });

  it('accepts 29 February in a leap year and refuses it otherwise', () => {
    expect(parsed('29/02/2024 12:00')).toBe(Date.UTC(2024, 1, 29, 12, 0));
    const result = parseUkDateTime('29/02/2026 12:00');
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/28 days/) });
  });

  it.each([
    ['31/02/2026', /28 days/],
    ['31/04/2026 10:00', /30 days/],
    ['00/01/2026', /31 days/],
    ['10/13/2026', /month/],
    ['10/00/2026', /month/],
    ['10/10/2026 24:00', /time/],
    ['10/10/2026 12:60', /time/],
  ])('refuses the impossible date or time %s with a message saying why', (text, why) => {
    const result = parseUkDateTime(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(why);
  });

  it.each([
    '',
    '   ',
    'yesterday',
    '2026-11-27',
    '2026-11-27T14:30:00Z',
    '27/11/26',
    '27.11.2026',
    '27/11/2026 14',
    '27/11/2026 14:3',
    '27/11/2026 2pm',
    '27/11/2026 14:30:00',
    '+27/11/2026',
  ])('refuses the malformed text "%s" and names the expected format', (text) => {
    const result = parseUkDateTime(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/DD\/MM\/YYYY/);
  });
});

describe('formatting UK date-times', () => {
  it('shows a winter instant in GMT and a summer one in BST', () => {
    expect(formatUkDateTime(Date.UTC(2026, 10, 27, 14, 30))).toBe('27 Nov 2026 14:30');
    expect(formatUkDateTime(Date.UTC(2026, 6, 1, 13, 30))).toBe('1 Jul 2026 14:30');
  });

  it('shows the date alone, without a leading zero on the day', () => {
    expect(formatUkDate(Date.UTC(2026, 6, 1, 13, 30))).toBe('1 Jul 2026');
    expect(formatUkDate(Date.UTC(2026, 5, 30, 23, 30))).toBe('1 Jul 2026');
  });

  it('writes the numeric form officers type, zero-padded', () => {
    expect(formatUkNumeric(Date.UTC(2026, 1, 3, 4, 5))).toBe('03/02/2026 04:05');
    expect(formatUkNumeric(Date.UTC(2026, 6, 1, 23, 30))).toBe('02/07/2026 00:30');
  });

  it('shows both passes through the repeated autumn hour as 01:30', () => {
    expect(formatUkNumeric(Date.UTC(2026, 9, 25, 0, 30))).toBe('25/10/2026 01:30');
    expect(formatUkNumeric(Date.UTC(2026, 9, 25, 1, 30))).toBe('25/10/2026 01:30');
  });

  it('drops seconds rather than rounding them up', () => {
    expect(formatUkDateTime(Date.UTC(2026, 10, 27, 14, 30, 59, 999))).toBe('27 Nov 2026 14:30');
  });

  it('gives the London calendar year, which changes at midnight on 31 December', () => {
    expect(ukYear(Date.UTC(2026, 11, 31, 23, 59, 59, 999))).toBe(2026);
    expect(ukYear(Date.UTC(2027, 0, 1, 0, 0, 0))).toBe(2027);
  });
});

describe('format → parse round trip', () => {
  const minute = 60_000;
  const instants = fc.integer({ min: Date.UTC(1970, 0, 1) / minute, max: Date.UTC(2100, 0, 1) / minute }).map((m) => m * minute);

  it('parses every formatted minute back to the same instant, except the second pass of the autumn hour, which reads as the first', () => {
    fc.assert(
      fc.property(instants, (ms) => {
        const text = formatUkNumeric(ms);
        const back = parsed(text);
        const isSecondPass = formatUkNumeric(ms - HOUR) === text;
        expect(back).toBe(isSecondPass ? ms - HOUR : ms);
      }),
      { numRuns: 2000 },
    );
  });

  it('round-trips every minute of the spring-forward and autumn-back days', () => {
    for (const day of [Date.UTC(2026, 2, 29), Date.UTC(2026, 9, 25)]) {
      for (let ms = day - 2 * HOUR; ms < day + 26 * HOUR; ms += 60_000) {
        const text = formatUkNumeric(ms);
        const isSecondPass = formatUkNumeric(ms - HOUR) === text;
        expect(parsed(text), text).toBe(isSecondPass ? ms - HOUR : ms);
      }
    }
  });
});

describe('deadlines near a UK clock change', () => {
  // The clocks went forward at 01:00 UTC on Sun 29 Mar 2026 (01:00 GMT → 02:00 BST) and go back at
  // 01:00 UTC on Sun 25 Oct 2026 (02:00 BST → 01:00 GMT).
  const SPRING = Date.UTC(2026, 2, 29, 1, 0);
  const AUTUMN = Date.UTC(2026, 9, 25, 1, 0);
  const deadline = (aware: number) => ({ from: aware, to: aware + 72 * HOUR });

  it('names the zone on both ends of a 72-hour span that crosses the spring change', () => {
    const aware = Date.UTC(2026, 2, 26, 2, 30); // Thu 26 Mar 02:30 GMT
    expect(formatUkDeadline(aware + 72 * HOUR, deadline(aware))).toBe('29 Mar 2026 03:30 BST');
    expect(formatUkDeadline(aware, deadline(aware))).toBe('26 Mar 2026 02:30 GMT');
  });

  it('names the zone on both ends of a 72-hour span that crosses the autumn change', () => {
    const aware = Date.UTC(2026, 9, 22, 12, 0); // Thu 22 Oct 13:00 BST
    expect(formatUkDeadline(aware, deadline(aware))).toBe('22 Oct 2026 13:00 BST');
    expect(formatUkDeadline(aware + 72 * HOUR, deadline(aware))).toBe('25 Oct 2026 12:00 GMT');
  });

  it('names the zone when the change falls within a day after the deadline, and not a minute further', () => {
    const dueAtDayBefore = SPRING - 24 * HOUR;
    expect(formatUkDeadline(dueAtDayBefore, { from: dueAtDayBefore - 72 * HOUR, to: dueAtDayBefore })).toBe('28 Mar 2026 01:00 GMT');
    const dueEarlier = dueAtDayBefore - 60_000;
    expect(formatUkDeadline(dueEarlier, { from: dueEarlier - 72 * HOUR, to: dueEarlier })).toBe('28 Mar 2026 00:59');
  });

  it('names the zone when the change fell within a day before awareness, and not a minute earlier', () => {
    const awareDayAfter = AUTUMN + 24 * HOUR;
    expect(formatUkDeadline(awareDayAfter, deadline(awareDayAfter))).toBe('26 Oct 2026 01:00 GMT');
    const awareLater = awareDayAfter + 60_000;
    expect(formatUkDeadline(awareLater, deadline(awareLater))).toBe('26 Oct 2026 01:01');
  });

  it('leaves the zone out far from a change, in summer and in winter', () => {
    for (const aware of [Date.UTC(2026, 6, 14, 9, 0), Date.UTC(2026, 11, 7, 9, 0)]) {
      expect(isNearClockChange(aware, aware + 72 * HOUR)).toBe(false);
      expect(formatUkDeadline(aware + 72 * HOUR, deadline(aware))).not.toMatch(/GMT|BST/);
    }
  });

  it('tells GMT from BST either side of each change', () => {
    expect(ukZone(SPRING - 1)).toBe('GMT');
    expect(ukZone(SPRING)).toBe('BST');
    expect(ukZone(AUTUMN - 1)).toBe('BST');
    expect(ukZone(AUTUMN)).toBe('GMT');
  });
});
