import type { MantineColor } from '@mantine/core';
import type { Dashboard } from '../../../../shared/contract/dashboard';
import { INCIDENT_KINDS, type IncidentKind } from '../../../../shared/domain/vocabulary';
import { formatUkNumeric } from '../../../../shared/time/ukTime';

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2026-11": the London calendar month of an instant, as the dashboard's counts are keyed. */
export function londonMonth(ms: number): string {
  const [, month = '01', rest = ''] = formatUkNumeric(ms).split('/');
  return `${rest.slice(0, 4)}-${month}`;
}

/** Every month from `since` to `until` inclusive, oldest first, so empty months show as gaps. */
export function monthsBetween(since: number, until: number): string[] {
  const first = londonMonth(since);
  const last = londonMonth(until);
  const months: string[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  for (let guard = 0; guard < 1200; guard += 1) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    months.push(key);
    if (key >= last) break;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

/** "Nov 2026" → "Nov 26": short enough for twelve ticks on one axis. */
export function monthLabel(month: string): string {
  const [year = '', m = '1'] = month.split('-');
  return `${MONTH_NAMES[Number(m) - 1] ?? m} ${year.slice(2)}`;
}

export type MonthRow = { month: string; label: string; total: number } & Partial<Record<IncidentKind, number>>;

/** The chart's rows: one per month, a count per kind, every month present. */
export function chartRows(dashboard: Pick<Dashboard, 'byMonth' | 'since' | 'until'>): MonthRow[] {
  const rows = new Map<string, MonthRow>(monthsBetween(dashboard.since, dashboard.until).map((month) => [month, { month, label: monthLabel(month), total: 0 }]));
  for (const { month, kind, count } of dashboard.byMonth) {
    const row = rows.get(month);
    if (!row) continue;
    row[kind] = (row[kind] ?? 0) + count;
    row.total += count;
  }
  return [...rows.values()];
}

/** The kinds with at least one incident in the period, in the vocabulary's order: the legend shows only these. */
export function kindsPresent(byMonth: Dashboard['byMonth']): IncidentKind[] {
  const seen = new Set(byMonth.filter((b) => b.count > 0).map((b) => b.kind));
  return INCIDENT_KINDS.filter((k) => seen.has(k));
}

/** One colour per kind, stable across screens and reports. */
export const KIND_COLOURS = {
  misdirected_email: 'blue',
  cc_exposure: 'violet',
  misdirected_post: 'cyan',
  lost_document: 'orange',
  lost_device: 'yellow',
  unauthorised_disclosure: 'red',
  insecure_disposal: 'lime',
  cyber: 'grape',
  other: 'gray',
} as const satisfies Record<IncidentKind, MantineColor>;

/** A mean response time: "45 min", "19 h", "3.4 days"; a dash when there is nothing to average. */
export function formatMeanHours(hours: number | null): string {
  if (hours === null || !Number.isFinite(hours)) return '—';
  if (hours < 1) return `${Math.max(1, Math.round(hours * 60))} min`;
  if (hours < 48) return `${Math.round(hours)} h`;
  return `${(hours / 24).toFixed(1)} days`;
}

/** "7 of 9 (78%)", or a plain sentence when no notification was made. */
export function shareText({ total, within72h }: Dashboard['regulatorNotifications']): string {
  if (total === 0) return 'None made';
  return `${within72h.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')} (${Math.round((within72h / total) * 100)}%)`;
}
