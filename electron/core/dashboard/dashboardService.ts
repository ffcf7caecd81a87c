import { HOUR_MS, REGULATOR_HOURS } from '../../../shared/domain/clocks';
import type { Dashboard } from '../../../shared/contract/dashboard';
import type { SeverityBand } from '../../../shared/domain/severity';
import { INCIDENT_KINDS, INCIDENT_STATUSES, type IncidentKind, type IncidentStatus } from '../../../shared/domain/vocabulary';
import { parseUkDateTime, UK_ZONE } from '../../../shared/time/ukTime';
import { toAction, type ActionRow } from '../actions/actionRepository';
import type { CoreContext } from '../context';

/** How many rows of each dashboard list are shown; the totals say how many there are. */
export const DASHBOARD_LIST_LIMIT = 20;
/** Actions due within this many days (or overdue) are "due". */
export const ACTIONS_DUE_DAYS = 7;

const OPEN_STATUSES = INCIDENT_STATUSES.filter((s) => s !== 'closed');

const monthFormatter = new Intl.DateTimeFormat('en-GB', { timeZone: UK_ZONE, year: 'numeric', month: '2-digit' });

/** The London calendar month of an instant, as [year, month 1–12]. */
function londonMonth(ms: number): [number, number] {
  const parts = monthFormatter.formatToParts(new Date(ms));
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return [get('year'), get('month')];
}

/** UTC ms of midnight in London on the first of a month (month may run past 12 or below 1). */
function londonMonthStart(year: number, month: number): number {
  const y = year + Math.floor((month - 1) / 12);
  const m = ((((month - 1) % 12) + 12) % 12) + 1;
  const parsed = parseUkDateTime(`01/${String(m).padStart(2, '0')}/${y}`);
  if (!parsed.ok) throw new Error(`No London midnight on 1/${m}/${y}`); // never: clocks change at 01:00 UTC on a Sunday
  return parsed.ms;
}

const monthKey = (year: number, month: number) => {
  const y = year + Math.floor((month - 1) / 12);
  const m = ((((month - 1) % 12) + 12) % 12) + 1;
  return `${y}-${String(m).padStart(2, '0')}`;
};

/**
 * The London months from `months - 1` months before now's month to now's month: each month's key and the
 * UTC instant it starts. The UTC offset changes between GMT and BST, so month edges are computed per month
 * here, in JS, rather than in SQL (SQLite knows no time zones).
 */
export function londonMonthsBack(now: number, months: number): { key: string; start: number }[] {
  const [year, month] = londonMonth(now);
  return Array.from({ length: months }, (_, i) => {
    const m = month - (months - 1) + i;
    return { key: monthKey(year, m), start: londonMonthStart(year, m) };
  });
}

/** The ICO clock still runs: no decision, a decision to notify, or a "do not notify" that does not stand yet. */
const RUNNING = `(regulator_notify IS NULL OR regulator_notify = 1 OR severity_band IS NULL OR trim(regulator_rationale) = '' OR decisions_need_review = 1)`;

/** The statements of the dashboard, each read through the index named in it (see migration 0020). */
export const DASHBOARD_SQL = {
  /** Open incidents per status: one seek per open status in the status index, no table rows read. */
  openByStatus: `SELECT status, count(*) AS n FROM incidents INDEXED BY incidents_by_status
    WHERE status IN (${OPEN_STATUSES.map((s) => `'${s}'`).join(', ')}) GROUP BY status`,
  /**
   * Open incidents still owing the ICO a decision or a notification, oldest awareness first: undecided, to
   * notify, or decided not to notify without a decision that stands (isCompleteNotNotifying, in SQL).
   */
  regulatorClocks: `SELECT id, reference, title, status, discovered_at, regulator_notify, severity_band
    FROM incidents INDEXED BY incidents_awaiting_regulator
    WHERE status <> 'closed' AND regulator_notified_at IS NULL AND ${RUNNING}
    ORDER BY discovered_at, seq LIMIT @limit`,
  regulatorClocksTotal: `SELECT count(*) AS n FROM incidents INDEXED BY incidents_awaiting_regulator
    WHERE status <> 'closed' AND regulator_notified_at IS NULL AND ${RUNNING}`,
  /** Actions to do that are overdue or due soon, soonest first, on incidents still open. */
  actionsDue: `SELECT a.*, i.reference AS incident_reference, i.title AS incident_title
    FROM actions a INDEXED BY actions_open_by_due JOIN incidents i ON i.id = a.incident_id
    WHERE a.status IN ('open', 'in_progress') AND a.due_at IS NOT NULL AND a.due_at <= @horizon AND i.status <> 'closed'
    ORDER BY a.due_at, a.seq LIMIT @limit`,
  actionsDueTotal: `SELECT count(*) AS n
    FROM actions a INDEXED BY actions_open_by_due JOIN incidents i ON i.id = a.incident_id
    WHERE a.status IN ('open', 'in_progress') AND a.due_at IS NOT NULL AND a.due_at <= @horizon AND i.status <> 'closed'`,
  /** Awareness time and kind of every incident of the period, in time order, from the covering index. */
  byMonth: `SELECT discovered_at, kind FROM incidents INDEXED BY incidents_by_discovered_at
    WHERE discovered_at >= @since AND discovered_at <= @until ORDER BY discovered_at`,
  /** Time from awareness to first containment, over the incidents of the period that reached it. */
  containment: `SELECT count(*) AS n, avg(max(contained_at - discovered_at, 0)) AS mean
    FROM incidents INDEXED BY incidents_by_containment
    WHERE contained_at IS NOT NULL AND discovered_at >= @since AND discovered_at <= @until`,
  /** Time from awareness to the ICO's notification, and how many were within 72 hours. */
  regulator: `SELECT count(*) AS n, avg(max(regulator_notified_at - discovered_at, 0)) AS mean,
      coalesce(sum(regulator_notified_at - discovered_at <= @limitMs), 0) AS within
    FROM incidents INDEXED BY incidents_by_regulator_notified
    WHERE regulator_notified_at IS NOT NULL AND discovered_at >= @since AND discovered_at <= @until`,
} as const;

type ClockRow = {
  id: string;
  reference: string;
  title: string;
  status: IncidentStatus;
  discovered_at: number;
  regulator_notify: 0 | 1 | null;
  severity_band: SeverityBand | null;
};

const hours = (ms: number | null) => (ms === null ? null : ms / HOUR_MS);

/**
 * The home screen at `now`: what is open, which regulator clocks are running, which actions are due, and
 * how fast the department responded to the incidents discovered since the start of the London month
 * `months - 1` months ago. Every figure is read through an index (checked by the query-plan tests), so
 * it stays quick at 100,000 incidents.
 */
export function getDashboard(ctx: CoreContext, months: number): Dashboard {
  const { db } = ctx;
  const now = ctx.now();
  const monthList = londonMonthsBack(now, months);
  const since = monthList[0]!.start;
  const period = { since, until: now };

  const statusCounts = new Map(
    db
      .prepare<[], { status: IncidentStatus; n: number }>(DASHBOARD_SQL.openByStatus)
      .all()
      .map((r) => [r.status, r.n]),
  );

  const regulatorClocks = db
    .prepare<{ limit: number }, ClockRow>(DASHBOARD_SQL.regulatorClocks)
    .all({ limit: DASHBOARD_LIST_LIMIT })
    .map((r) => ({
      id: r.id,
      reference: r.reference,
      title: r.title,
      status: r.status,
      discoveredAt: r.discovered_at,
      regulatorNotify: r.regulator_notify === null ? null : r.regulator_notify === 1,
      severityBand: r.severity_band,
    }));
  const regulatorClocksTotal = db.prepare<[], { n: number }>(DASHBOARD_SQL.regulatorClocksTotal).get()!.n;

  const horizon = now + ACTIONS_DUE_DAYS * 24 * HOUR_MS;
  const actionsDue = db
    .prepare<{ horizon: number; limit: number }, ActionRow & { incident_reference: string; incident_title: string }>(DASHBOARD_SQL.actionsDue)
    .all({ horizon, limit: DASHBOARD_LIST_LIMIT })
    .map((r) => ({ action: toAction(r), reference: r.incident_reference, title: r.incident_title }));
  const actionsDueTotal = db.prepare<{ horizon: number }, { n: number }>(DASHBOARD_SQL.actionsDueTotal).get({ horizon })!.n;

  // Rows arrive in time order, so each falls in the current month or a later one.
  const counts = new Map<string, Map<IncidentKind, number>>();
  let m = 0;
  for (const [discoveredAt, kind] of db.prepare(DASHBOARD_SQL.byMonth).raw().iterate(period) as IterableIterator<[number, IncidentKind]>) {
    while (m + 1 < monthList.length && discoveredAt >= monthList[m + 1]!.start) m += 1;
    const key = monthList[m]!.key;
    const perKind = counts.get(key) ?? new Map<IncidentKind, number>();
    perKind.set(kind, (perKind.get(kind) ?? 0) + 1);
    counts.set(key, perKind);
  }
  const byMonth = monthList.flatMap(({ key }) =>
    INCIDENT_KINDS.flatMap((kind) => {
      const count = counts.get(key)?.get(kind) ?? 0;
      return count > 0 ? [{ month: key, kind, count }] : [];
    }),
  );

  const containment = db.prepare<typeof period, { n: number; mean: number | null }>(DASHBOARD_SQL.containment).get(period)!;
  const regulator = db
    .prepare<typeof period & { limitMs: number }, { n: number; mean: number | null; within: number }>(DASHBOARD_SQL.regulator)
    .get({ ...period, limitMs: REGULATOR_HOURS * HOUR_MS })!;

  return {
    since,
    until: now,
    openByStatus: OPEN_STATUSES.map((status) => ({ status, count: statusCounts.get(status) ?? 0 })),
    regulatorClocks,
    regulatorClocksTotal,
    actionsDue,
    actionsDueTotal,
    byMonth,
    meanHoursToContainment: hours(containment.mean),
    meanHoursToRegulator: hours(regulator.mean),
    regulatorNotifications: { total: regulator.n, within72h: regulator.within },
  };
}
