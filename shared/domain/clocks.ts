/**
 * The deadlines that run from the moment of awareness (`discoveredAt`, docs/domain.md#the-72-hour-clock):
 * - the regulator: "without undue delay and, where feasible, not later than 72 hours after having become
 *   aware" (UK GDPR Art. 33(1)); later than that, the notification must give reasons for the delay;
 * - the internal report to the departmental security officer, within a configurable number of hours;
 * - the people at high risk: "without undue delay" (Art. 34(1)), which has no fixed hour.
 *
 * Deadlines are elapsed time, computed on UTC milliseconds: 72 hours are 72 hours even when the clocks
 * change between GMT and BST in between, so the London wall-clock due time moves by an hour then.
 * Awareness is often recorded after the fact; the clocks count from `discoveredAt`, never from when the
 * incident was entered. Pure functions of their input (including `now`), so the list, the incident page,
 * the dashboard and the tests agree.
 */

import { isCompleteNotNotifying, notNotifiedLabel } from './decisionRules';

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

/** Art. 33(1): "not later than 72 hours after having become aware". */
export const REGULATOR_HOURS = 72;
/** The department's own rule for reporting to the DSO; a setting, this is its default (docs/domain.md#the-72-hour-clock). */
export const DEFAULT_INTERNAL_REPORT_HOURS = 24;

export const CLOCK_STATES = ['running', 'overdue', 'met', 'met_late', 'not_required'] as const;
export type ClockState = (typeof CLOCK_STATES)[number];

export const CLOCK_STATE_LABELS = {
  running: 'Running',
  overdue: 'Overdue',
  met: 'Met',
  met_late: 'Met late',
  not_required: 'Not required',
} as const satisfies Record<ClockState, string>;

export type Clock = {
  /** When it falls due (UTC ms); null when there is no fixed hour or nothing is required. */
  dueAt: number | null;
  state: ClockState;
  /** dueAt − now: negative when overdue; null when met, not required, or without a fixed hour. */
  msLeft: number | null;
  /** Ready to show: "31 h 12 min left", "Overdue by 2 d 4 h", "Notified within 72 h", "Not required". */
  label: string;
};

export type ClockInput = {
  /** The moment of awareness, UTC ms. */
  discoveredAt: number;
  now: number;
  /** The regulator decision: null while undecided (the clock still runs), false = decided not to notify. */
  regulatorNotify: boolean | null;
  /**
   * What a decision not to notify rests on: it stops the clock only when complete (assessed, reasons
   * recorded: `isCompleteNotNotifying`). Null for a register row, which carries only the stored decision
   * (the core records no incomplete one).
   */
  notNotifying: NotNotifying | null;
  regulatorNotifiedAt: number | null;
  /** Hours allowed for the internal report to the DSO (a setting; default 24). */
  internalReportHours: number;
  /** When the incident was reported internally to the DSO, if it has been. */
  reportedAt: number | null;
  /** The latest assessment puts the people at high risk (Art. 34(1)). */
  subjectsHighRisk: boolean;
  /** The data-subject decision: null while undecided, false = decided not to tell them. */
  subjectsNotify: boolean | null;
  subjectsNotifiedAt: number | null;
};

export type NotNotifying = { complete: boolean; decidedAt: number | null; decidedBy: string };

/** The facts of a decision not to notify, from an incident. */
export function notNotifyingOf(i: Parameters<typeof isCompleteNotNotifying>[0] & { regulatorDecidedAt: number | null; regulatorDecidedBy: string }): NotNotifying {
  return { complete: isCompleteNotNotifying(i), decidedAt: i.regulatorDecidedAt, decidedBy: i.regulatorDecidedBy };
}

export type Clocks = { regulator: Clock; internal: Clock; subjects: Clock };

/**
 * "45 min", "31 h 12 min", "2 d 4 h": the magnitude of a duration, truncated (never overstating time
 * left). Under 48 hours it counts hours and minutes, because against a 72-hour limit the minutes matter;
 * from two days on it counts days and hours. Under a minute it says "less than 1 min".
 */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms)) throw new RangeError(`Not a duration: ${ms}`);
  const abs = Math.abs(ms);
  if (abs < MINUTE_MS) return 'less than 1 min';
  if (abs < 48 * HOUR_MS) {
    const minutes = Math.floor(abs / MINUTE_MS);
    const h = Math.floor(minutes / 60);
    const m = minutes % 60;
    if (h === 0) return `${m} min`;
    return m === 0 ? `${h} h` : `${h} h ${m} min`;
  }
  const hours = Math.floor(abs / HOUR_MS);
  const d = Math.floor(hours / 24);
  const h = hours % 24;
  return h === 0 ? `${d} d` : `${d} d ${h} h`;
}

/** A configured window as people say it: "72 h", "24 h", "8 h", or "1 h 30 min". */
function formatWindow(hours: number): string {
  const ms = hours * HOUR_MS;
  return ms % HOUR_MS === 0 ? `${hours} h` : formatDuration(ms);
}

/** When the ICO must have been told: exactly 72 × 3,600,000 ms after awareness. */
export function regulatorDueAt(discoveredAt: number): number {
  return discoveredAt + REGULATOR_HOURS * HOUR_MS;
}

/** When the internal report to the DSO is due. */
export function internalDueAt(discoveredAt: number, internalReportHours: number): number {
  if (!Number.isFinite(internalReportHours) || internalReportHours <= 0) {
    throw new RangeError(`The internal report time must be a positive number of hours, not ${internalReportHours}`);
  }
  return discoveredAt + internalReportHours * HOUR_MS;
}

/**
 * Art. 33(1): a notification strictly more than 72 hours after awareness is late and must carry the
 * reasons for the delay. Exactly 72 hours is on time.
 */
export function isLateRegulatorNotification(discoveredAt: number, notifiedAt: number): boolean {
  return notifiedAt > regulatorDueAt(discoveredAt);
}

/** A clock with a fixed due time: done (on time or late) or still open (running or overdue). */
function deadlineClock(dueAt: number, now: number, doneAt: number | null, doneWithin: string, doneVerb: string): Clock {
  if (doneAt !== null) {
    return doneAt <= dueAt
      ? { dueAt, state: 'met', msLeft: null, label: `${doneVerb} within ${doneWithin}` }
      : { dueAt, state: 'met_late', msLeft: null, label: `${doneVerb} ${formatDuration(doneAt - dueAt)} late` };
  }
  const msLeft = dueAt - now;
  return msLeft >= 0
    ? { dueAt, state: 'running', msLeft, label: `${formatDuration(msLeft)} left` }
    : { dueAt, state: 'overdue', msLeft, label: `Overdue by ${formatDuration(msLeft)}` };
}

const notRequired = (label = 'Not required'): Clock => ({ dueAt: null, state: 'not_required', msLeft: null, label });

/**
 * The three clocks of an incident at `now`.
 * - Regulator: due 72 h after awareness. A recorded notification settles it (met, or met_late after
 *   72 h) whatever the decision says; otherwise a complete decision not to notify (assessed, reasons
 *   recorded) makes it not required, and an undecided, "notify" or incomplete decision runs, then goes
 *   overdue.
 * - Internal: due `internalReportHours` after awareness; met when reported to the DSO by then.
 * - Subjects: met once told; not required unless the people are at high risk and the decision is not
 *   "don't tell"; otherwise running with no fixed due time, showing the time since awareness.
 */
export function computeClocks(input: ClockInput): Clocks {
  const { discoveredAt, now } = input;

  const notNotifying = input.regulatorNotify === false && input.regulatorNotifiedAt === null ? input.notNotifying : undefined;
  const regulator =
    notNotifying === null
      ? notRequired()
      : notNotifying?.complete
        ? notRequired(notNotifiedLabel(notNotifying.decidedAt, notNotifying.decidedBy))
        : deadlineClock(regulatorDueAt(discoveredAt), now, input.regulatorNotifiedAt, formatWindow(REGULATOR_HOURS), 'Notified');

  const internal = deadlineClock(internalDueAt(discoveredAt, input.internalReportHours), now, input.reportedAt, formatWindow(input.internalReportHours), 'Reported');

  let subjects: Clock;
  if (input.subjectsNotifiedAt !== null) {
    const after = Math.max(0, input.subjectsNotifiedAt - discoveredAt);
    subjects = { dueAt: null, state: 'met', msLeft: null, label: `Told ${formatDuration(after)} after awareness` };
  } else if (!input.subjectsHighRisk || input.subjectsNotify === false) {
    subjects = notRequired();
  } else {
    const since = Math.max(0, now - discoveredAt);
    subjects = {
      dueAt: null,
      state: 'running',
      msLeft: null,
      label: `Tell them without undue delay — ${formatDuration(since)} since awareness`,
    };
  }

  return { regulator, internal, subjects };
}
