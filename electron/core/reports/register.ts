import { isLateRegulatorNotification } from '../../../shared/domain/clocks';
import type { Sheet } from '../../../shared/contract/reports';
import type { IncidentFilter } from '../../../shared/contract/incidents';
import { SEVERITY_BAND_LABELS, type SeverityBand } from '../../../shared/domain/severity';
import {
  ICO_INCIDENT_TYPES,
  INCIDENT_KIND_LABELS,
  INCIDENT_STATUS_LABELS,
  OUTCOME_LABELS,
  SUBJECT_EXEMPTION_LABELS,
  type IncidentKind,
  type IncidentStatus,
  type Marking,
  type Outcome,
  type SubjectExemption,
} from '../../../shared/domain/vocabulary';
import type { CoreContext } from '../context';
import { toFtsQuery } from '../incidents/searchIndex';
import { highestMarking } from './common';

/** The register's columns (Art. 33(5): facts, effects, remedial action), with typed date columns. */
export const REGISTER_COLUMNS: Sheet['columns'] = [
  { header: 'Reference', type: 'text', width: 16 },
  { header: 'Title', type: 'text', width: 40 },
  { header: 'Kind', type: 'text', width: 22 },
  { header: 'ICO incident type', type: 'text', width: 34 },
  { header: 'Status', type: 'text', width: 14 },
  { header: 'Outcome', type: 'text', width: 16 },
  { header: 'Record marking', type: 'text', width: 18 },
  { header: 'Material marking', type: 'text', width: 18 },
  { header: 'Occurred', type: 'datetime', width: 18 },
  { header: 'Discovered', type: 'datetime', width: 18 },
  { header: 'Reported', type: 'datetime', width: 18 },
  { header: 'Business unit', type: 'text', width: 22 },
  { header: 'Owner', type: 'text', width: 20 },
  { header: 'People affected', type: 'number', width: 10 },
  { header: 'Severity', type: 'text', width: 12 },
  { header: 'ICO notified', type: 'datetime', width: 18 },
  { header: 'ICO reference', type: 'text', width: 16 },
  { header: 'Within 72 h', type: 'text', width: 10 },
  { header: 'People told decision', type: 'text', width: 30 },
  { header: 'Root cause', type: 'text', width: 40 },
  { header: 'Lessons', type: 'text', width: 40 },
];

type RegisterRow = {
  reference: string;
  title: string;
  kind: IncidentKind;
  status: IncidentStatus;
  outcome: Outcome | null;
  record_marking: Marking;
  material_marking: Marking | null;
  occurred_at: number | null;
  discovered_at: number;
  reported_at: number | null;
  business_unit: string;
  owner: string;
  affected_count: number;
  severity_band: SeverityBand | null;
  regulator_notified_at: number | null;
  ico_reference: string;
  subjects_notify: 0 | 1 | null;
  subjects_exemption: SubjectExemption | null;
  root_cause: string;
  lessons: string;
};

/** The filter as bound SQL (the same meaning as the register screen's filter: statuses, kinds, markings, text). */
export function registerWhere(filter: Required<IncidentFilter>): { sql: string; params: Record<string, string> } {
  const clauses: string[] = [];
  const params: Record<string, string> = {};
  const inList = (column: string, name: string, values: readonly string[]) => {
    if (values.length === 0) return;
    clauses.push(`${column} IN (${values.map((v, n) => ((params[`${name}${n}`] = v), `@${name}${n}`)).join(', ')})`);
  };
  inList('status', 'status', filter.statuses);
  inList('kind', 'kind', filter.kinds);
  inList('record_marking', 'marking', filter.markings);
  const fts = toFtsQuery(filter.text);
  if (fts !== null) {
    params.fts = fts;
    clauses.push('seq IN (SELECT rowid FROM incident_search WHERE incident_search MATCH @fts)');
  }
  return { sql: clauses.length > 0 ? ` WHERE ${clauses.join(' AND ')}` : '', params };
}

function subjectsDecision(r: RegisterRow): string {
  if (r.subjects_notify === 1) return 'Tell them';
  if (r.subjects_notify === 0) return r.subjects_exemption ? `Not told: ${SUBJECT_EXEMPTION_LABELS[r.subjects_exemption]}` : 'Not told';
  return '';
}

export type RegisterResult = { sheet: Sheet; marking: Marking; rowCount: number };

/**
 * The breach register (Art. 33(5)): every incident matching the filter, in reference order, read in one
 * ordered scan that turns each row straight into cells (no incident objects are built). `limit` reads only
 * the first rows (the preview) while still counting them all.
 */
export function readRegister(ctx: CoreContext, filter: Required<IncidentFilter>, limit = Number.POSITIVE_INFINITY): RegisterResult {
  const where = registerWhere(filter);
  const limited = Number.isFinite(limit);
  const statement = ctx.db.prepare<Record<string, string | number>, RegisterRow>(
    `SELECT reference, title, kind, status, outcome, record_marking, material_marking, occurred_at, discovered_at, reported_at,
            business_unit, owner, affected_count, severity_band, regulator_notified_at, ico_reference, subjects_notify,
            subjects_exemption, root_cause, lessons
     FROM incidents${where.sql} ORDER BY reference_sort, seq${limited ? ' LIMIT @limit' : ''}`,
  );
  const rows: Sheet['rows'] = [];
  const markings = new Set<Marking>();
  let personal = false;
  let rowCount = 0;
  for (const r of statement.iterate(limited ? { ...where.params, limit } : where.params)) {
    rowCount += 1;
    // The records' markings, not the lost material's: the register lists what the records say (incidentReportMarking).
    markings.add(r.record_marking);
    if (r.affected_count > 0) personal = true;
    rows.push(toCells(r));
  }
  if (limited) {
    // The preview shows the first rows; the count and the marking still cover every match, read from the
    // narrow columns only (the same snapshot: the caller reads inside one transaction).
    const all = ctx.db
      .prepare<Record<string, string>, { n: number; records: string | null; personal: number | null }>(
        `SELECT count(*) AS n, group_concat(DISTINCT record_marking) AS records,
                max(affected_count > 0) AS personal FROM incidents${where.sql}`,
      )
      .get(where.params)!;
    rowCount = all.n;
    for (const m of all.records?.split(',') ?? []) markings.add(m as Marking);
    personal = all.personal === 1;
  }
  // A register of breaches involving people's data is OFFICIAL-SENSITIVE at least (docs/domain.md#protective-markings).
  const marking = highestMarking(markings, personal ? 'OFFICIAL-SENSITIVE' : 'OFFICIAL');
  return { sheet: { name: 'Breach register', columns: REGISTER_COLUMNS, rows }, marking, rowCount };
}

function toCells(r: RegisterRow): Sheet['rows'][number] {
  return [
    r.reference,
    r.title,
    INCIDENT_KIND_LABELS[r.kind],
    ICO_INCIDENT_TYPES[r.kind],
    INCIDENT_STATUS_LABELS[r.status],
    r.outcome ? OUTCOME_LABELS[r.outcome] : '',
    r.record_marking,
    r.material_marking ?? '',
    r.occurred_at,
    r.discovered_at,
    r.reported_at,
    r.business_unit,
    r.owner,
    r.affected_count,
    r.severity_band ? SEVERITY_BAND_LABELS[r.severity_band] : '',
    r.regulator_notified_at,
    r.ico_reference,
    r.regulator_notified_at === null ? '' : isLateRegulatorNotification(r.discovered_at, r.regulator_notified_at) ? 'No' : 'Yes',
    subjectsDecision(r),
    r.root_cause,
    r.lessons,
  ];
}
