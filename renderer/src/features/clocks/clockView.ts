import type { MantineColor } from '@mantine/core';
import { computeClocks, DEFAULT_INTERNAL_REPORT_HOURS, HOUR_MS, MINUTE_MS, notNotifyingOf, type Clock, type Clocks } from '../../../../shared/domain/clocks';
import type { IncidentSummary } from '../../../../shared/contract/incidents';
import { severityBandRank } from '../../../../shared/domain/severity';
import type { Assessment } from '../../../../shared/contract/assessments';
import type { IncidentRecord } from '../../lib/contractTypes';

/**
 * How a clock looks, from its state: calm while there is time, amber in the last 12 hours, red once
 * overdue, green when met, grey when met late, not required, or no longer watched (a closed incident).
 */
export type ClockTone = 'calm' | 'soon' | 'overdue' | 'met' | 'late' | 'none';

/** Under this much time left, a running clock turns amber. */
export const SOON_MS = 12 * HOUR_MS;

export const CLOCK_TONE_COLOURS = {
  calm: 'blue',
  soon: 'orange',
  overdue: 'red',
  met: 'green',
  late: 'gray',
  none: 'gray',
} as const satisfies Record<ClockTone, MantineColor>;

export function clockTone(clock: Clock, isClosed = false): ClockTone {
  switch (clock.state) {
    case 'running':
      if (isClosed) return 'none';
      return clock.msLeft !== null && clock.msLeft < SOON_MS ? 'soon' : 'calm';
    case 'overdue':
      return isClosed ? 'none' : 'overdue';
    case 'met':
      return 'met';
    case 'met_late':
      return 'late';
    case 'not_required':
      return 'none';
    default:
      throw new Error(`Unknown clock state ${String(clock.state satisfies never)}`);
  }
}

/** "45 min", "31 h", "3 d": a duration in one unit, short enough for a register cell. */
export function shortDuration(ms: number): string {
  const abs = Math.abs(ms);
  if (abs < HOUR_MS) return `${Math.max(1, Math.floor(abs / MINUTE_MS))} min`;
  if (abs < 48 * HOUR_MS) return `${Math.floor(abs / HOUR_MS)} h`;
  return `${Math.floor(abs / (24 * HOUR_MS))} d`;
}

/** Whether the latest assessment puts the people at high risk (Art. 34(1)); without one, the incident's band. */
export function isSubjectsHighRisk(incident: Pick<IncidentRecord, 'severityBand'>, latest: Assessment | null): boolean {
  if (latest) return latest.recommendation.notifySubjects;
  return incident.severityBand !== null && severityBandRank(incident.severityBand) >= severityBandRank('high');
}

/** The three clocks of an open incident, at `now`. */
export function incidentClocks(incident: IncidentRecord, now: number, internalReportHours: number, subjects: { highRisk: boolean; toldAt: number | null }): Clocks {
  return computeClocks({
    discoveredAt: incident.discoveredAt,
    now,
    regulatorNotify: incident.regulatorNotify,
    notNotifying: notNotifyingOf(incident),
    regulatorNotifiedAt: incident.regulatorNotifiedAt,
    internalReportHours,
    reportedAt: incident.reportedAt,
    subjectsHighRisk: subjects.highRisk,
    subjectsNotify: incident.subjectsNotify,
    subjectsNotifiedAt: subjects.toldAt,
  });
}

export type RegisterClock = { text: string; tone: ClockTone; title: string };

/**
 * The register's ICO-clock cell: "31 h left", "Overdue 2 d", "Notified", "Notified late", or a dash
 * when there is nothing to watch (decided not to notify, or closed without a notification).
 */
export function registerClock(row: Pick<IncidentSummary, 'discoveredAt' | 'status' | 'regulatorNotify' | 'regulatorNotifiedAt'>, now: number): RegisterClock {
  const { regulator } = computeClocks({
    discoveredAt: row.discoveredAt,
    now,
    regulatorNotify: row.regulatorNotify,
    notNotifying: null,
    regulatorNotifiedAt: row.regulatorNotifiedAt,
    internalReportHours: DEFAULT_INTERNAL_REPORT_HOURS,
    reportedAt: null,
    subjectsHighRisk: false,
    subjectsNotify: null,
    subjectsNotifiedAt: null,
  });
  const isClosed = row.status === 'closed';
  const tone = clockTone(regulator, isClosed);
  switch (regulator.state) {
    case 'running':
    case 'overdue': {
      if (isClosed) return { text: '—', tone, title: 'Closed without a notification to the ICO' };
      const ms = regulator.msLeft ?? 0;
      return regulator.state === 'running'
        ? { text: `${shortDuration(ms)} left`, tone, title: `ICO: ${regulator.label}` }
        : { text: `Overdue ${shortDuration(ms)}`, tone, title: `ICO: ${regulator.label}` };
    }
    case 'met':
      return { text: 'Notified', tone, title: `ICO: ${regulator.label}` };
    case 'met_late':
      return { text: 'Notified late', tone, title: `ICO: ${regulator.label}` };
    case 'not_required':
      return { text: '—', tone, title: 'Decided not to notify the ICO' };
    default:
      throw new Error(`Unknown clock state ${String(regulator.state satisfies never)}`);
  }
}
