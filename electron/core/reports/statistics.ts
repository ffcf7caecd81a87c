import { HOUR_MS, isLateRegulatorNotification } from '../../../shared/domain/clocks';
import type { ReportBlock, ReportDocument, Sheet } from '../../../shared/contract/reports';
import {
  DATA_CATEGORIES,
  DATA_CATEGORY_LABELS,
  ICO_INCIDENT_TYPES,
  INCIDENT_KINDS,
  INCIDENT_KIND_LABELS,
  OUTCOMES,
  OUTCOME_LABELS,
  type DataCategory,
  type IncidentKind,
  type Marking,
  type Outcome,
} from '../../../shared/domain/vocabulary';
import { formatUkDate, UK_ZONE } from '../../../shared/time/ukTime';
import type { CoreContext } from '../context';
import { inVocabularyOrder } from '../incidents/incidentRow';
import { fields, field, footerOf, heading, highestMarking, paragraph, safeFileStem, table, type ReportMeta } from './common';

/**
 * The categories of the annual-report table of incidents not reported to the ICO (DOMAIN.md §5.2, the 2008
 * Data Handling Review's disclosure), mapped from Casebook's kinds:
 * - lost_document, lost_device → loss from outside secured Government premises. Casebook does not record
 *   whether a loss happened inside secured premises, so losses are counted outside (the category that
 *   calls for more scrutiny); the report says so. The "inside" row is kept, at zero, for the table's shape.
 * - insecure_disposal → insecure disposal.
 * - misdirected_email, cc_exposure, misdirected_post, unauthorised_disclosure → unauthorised disclosure
 *   (each puts data in front of someone not entitled to it).
 * - cyber, other → other.
 */
export const ANNUAL_CATEGORIES = {
  inside: 'Loss of inadequately protected electronic equipment, devices or paper documents from secured Government premises',
  outside: 'Loss of inadequately protected electronic equipment, devices or paper documents from outside secured Government premises',
  disposal: 'Insecure disposal of inadequately protected electronic equipment, devices or paper documents',
  disclosure: 'Unauthorised disclosure',
  other: 'Other',
} as const;
export type AnnualCategory = keyof typeof ANNUAL_CATEGORIES;

export const ANNUAL_CATEGORY_OF_KIND = {
  lost_document: 'outside',
  lost_device: 'outside',
  insecure_disposal: 'disposal',
  misdirected_email: 'disclosure',
  cc_exposure: 'disclosure',
  misdirected_post: 'disclosure',
  unauthorised_disclosure: 'disclosure',
  cyber: 'other',
  other: 'other',
} as const satisfies Record<IncidentKind, AnnualCategory>;

type StatRow = {
  id: string;
  reference: string;
  kind: IncidentKind;
  outcome: Outcome | null;
  business_unit: string;
  record_marking: Marking;
  occurred_at: number | null;
  discovered_at: number;
  contained_at: number | null;
  regulator_notified_at: number | null;
  affected_count: number;
  subjects_notify: 0 | 1 | null;
  subjects_told_at: number | null;
  people_assessed: number | null;
  data_categories: string | null;
};

export type Statistics = {
  from: number;
  to: number;
  total: number;
  byKind: { kind: IncidentKind; count: number }[];
  byOutcome: { outcome: Outcome | null; count: number }[];
  byBusinessUnit: { businessUnit: string; count: number }[];
  byMonth: { month: string; count: number }[];
  /** Hours from discovery to containment / to the ICO notification: incidents counted, mean and median. */
  hoursToContain: { count: number; mean: number | null; median: number | null };
  hoursToNotify: { count: number; mean: number | null; median: number | null };
  regulatorNotifications: { total: number; within72h: number };
  reportedToIco: { date: number; reference: string; kind: IncidentKind; categories: DataCategory[]; people: number | null; steps: string }[];
  otherByCategory: { category: AnnualCategory; count: number }[];
  marking: Marking;
};

const monthFormatter = new Intl.DateTimeFormat('en-GB', { timeZone: UK_ZONE, year: 'numeric', month: '2-digit' });
function londonMonthKey(ms: number): string {
  const parts = monthFormatter.formatToParts(new Date(ms));
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${get('year')}-${get('month')}`;
}
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const monthLabel = (key: string) => `${MONTH_NAMES[Number(key.slice(5)) - 1]} ${key.slice(0, 4)}`;

/** Every month key from the one holding `from` to the one holding `to - 1`. */
function monthsBetween(from: number, to: number): string[] {
  const first = londonMonthKey(from);
  const last = londonMonthKey(Math.max(from, to - 1));
  const out: string[] = [];
  let [y, m] = [Number(first.slice(0, 4)), Number(first.slice(5))];
  for (let guard = 0; guard < 2400; guard += 1) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    out.push(key);
    if (key === last) break;
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
  return out;
}

function summary(values: number[]) {
  if (values.length === 0) return { count: 0, mean: null, median: null };
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { count: values.length, mean: values.reduce((a, b) => a + b, 0) / values.length, median };
}

/** Incidents discovered in [from, to), read in one ordered scan (discovered_at is indexed). */
export function readStatistics(ctx: CoreContext, from: number, to: number): Statistics {
  const rows = ctx.db
    .prepare<[number, number], StatRow>(
      `SELECT i.id, i.reference, i.kind, i.outcome, i.business_unit, i.record_marking, i.occurred_at, i.discovered_at, i.contained_at,
              i.regulator_notified_at, i.affected_count, i.subjects_notify,
              (SELECT a.people_affected FROM assessments a WHERE a.incident_id = i.id ORDER BY a.number DESC LIMIT 1) AS people_assessed,
              CASE WHEN i.regulator_notified_at IS NOT NULL THEN
                (SELECT group_concat(category) FROM incident_data_categories c WHERE c.incident_id = i.id) END AS data_categories,
              (SELECT CASE WHEN count(*) > 0 AND count(*) = sum(s.notification_status = 'notified') THEN max(s.notified_at) END
                 FROM involvements s WHERE s.incident_id = i.id
                 AND EXISTS (SELECT 1 FROM involvement_roles r WHERE r.involvement_seq = s.seq AND r.role = 'data_subject')
                 AND i.regulator_notified_at IS NOT NULL) AS subjects_told_at
       FROM incidents i WHERE i.discovered_at >= ? AND i.discovered_at < ? ORDER BY i.discovered_at, i.seq`,
    )
    .all(from, to);

  const byKind = new Map<IncidentKind, number>(INCIDENT_KINDS.map((k) => [k, 0]));
  const byOutcome = new Map<Outcome | null, number>([...OUTCOMES.map((o) => [o, 0] as const), [null, 0]]);
  const byUnit = new Map<string, number>();
  const months = monthsBetween(from, to);
  const byMonth = new Map<string, number>(months.map((m) => [m, 0]));
  const other = new Map<AnnualCategory, number>((Object.keys(ANNUAL_CATEGORIES) as AnnualCategory[]).map((c) => [c, 0]));
  const contain: number[] = [];
  const notify: number[] = [];
  let within72h = 0;
  const reportedToIco: Statistics['reportedToIco'] = [];

  for (const r of rows) {
    byKind.set(r.kind, byKind.get(r.kind)! + 1);
    byOutcome.set(r.outcome, byOutcome.get(r.outcome)! + 1);
    const unit = r.business_unit.trim() || 'Not recorded';
    byUnit.set(unit, (byUnit.get(unit) ?? 0) + 1);
    const month = londonMonthKey(r.discovered_at);
    byMonth.set(month, (byMonth.get(month) ?? 0) + 1);
    if (r.contained_at !== null) contain.push(Math.max(0, r.contained_at - r.discovered_at) / HOUR_MS);
    if (r.regulator_notified_at !== null) {
      notify.push(Math.max(0, r.regulator_notified_at - r.discovered_at) / HOUR_MS);
      if (!isLateRegulatorNotification(r.discovered_at, r.regulator_notified_at)) within72h += 1;
      const steps = [`ICO notified ${formatUkDate(r.regulator_notified_at)}`];
      if (r.subjects_told_at !== null) steps.push(`people affected told by ${formatUkDate(r.subjects_told_at)}`);
      else if (r.subjects_notify === 1) steps.push('people affected being told');
      else if (r.subjects_notify === 0) steps.push('people affected not told (decision recorded)');
      reportedToIco.push({
        date: r.occurred_at ?? r.discovered_at,
        reference: r.reference,
        kind: r.kind,
        categories: inVocabularyOrder<DataCategory>(DATA_CATEGORIES, r.data_categories ? r.data_categories.split(',') : []),
        people: r.people_assessed ?? (r.affected_count > 0 ? r.affected_count : null),
        steps: steps.join('; '),
      });
    } else if (r.outcome !== 'duplicate' && r.outcome !== 'not_a_breach') {
      const category = ANNUAL_CATEGORY_OF_KIND[r.kind];
      other.set(category, other.get(category)! + 1);
    }
  }

  return {
    from,
    to,
    total: rows.length,
    byKind: [...byKind].map(([kind, count]) => ({ kind, count })),
    byOutcome: [...byOutcome].map(([outcome, count]) => ({ outcome, count })),
    byBusinessUnit: [...byUnit]
      .map(([businessUnit, count]) => ({ businessUnit, count }))
      .sort((a, b) => b.count - a.count || a.businessUnit.localeCompare(b.businessUnit)),
    byMonth: months.map((month) => ({ month, count: byMonth.get(month) ?? 0 })),
    hoursToContain: summary(contain),
    hoursToNotify: summary(notify),
    regulatorNotifications: { total: notify.length, within72h },
    reportedToIco,
    otherByCategory: [...other].map(([category, count]) => ({ category, count })),
    // Counts and categories only, no personal data: the highest record marking among the incidents counted.
    marking: highestMarking(rows.map((r) => r.record_marking)),
  };
}

/** Charted bars stay readable: months up to two years, then quarters up to eight years, then years. */
export const CHART_MONTHS_MAX = 24;
export const CHART_QUARTERS_MAX = 32;

export function chartBuckets(byMonth: Statistics['byMonth']): { label: string; count: number }[] {
  if (byMonth.length <= CHART_MONTHS_MAX) return byMonth.map((m) => ({ label: monthLabel(m.month), count: m.count }));
  const quarterly = Math.ceil(byMonth.length / 3) <= CHART_QUARTERS_MAX;
  const buckets = new Map<string, number>();
  for (const m of byMonth) {
    const year = m.month.slice(0, 4);
    const label = quarterly ? `Q${Math.ceil(Number(m.month.slice(5)) / 3)} ${year}` : year;
    buckets.set(label, (buckets.get(label) ?? 0) + m.count);
  }
  return [...buckets].map(([label, count]) => ({ label, count }));
}

function chartOf(s: Statistics): ReportBlock {
  const buckets = chartBuckets(s.byMonth);
  const unit = s.byMonth.length <= CHART_MONTHS_MAX ? 'month' : Math.ceil(s.byMonth.length / 3) <= CHART_QUARTERS_MAX ? 'quarter' : 'year';
  return { type: 'chart', title: `Incidents by ${unit}`, categories: buckets.map((b) => b.label), series: [{ name: 'Incidents', values: buckets.map((b) => b.count) }] };
}

const hours = (h: number | null) => (h === null ? 'None in the period' : `${h.toFixed(1)} h`);
const outcomeLabel = (o: Outcome | null) => (o ? OUTCOME_LABELS[o] : 'Not yet decided');
const periodText = (s: Statistics) => `${formatUkDate(s.from)} to ${formatUkDate(s.to - 1)}`;

export function buildStatisticsDocument(s: Statistics, meta: ReportMeta): ReportDocument {
  const blocks: ReportBlock[] = [
    heading('The period'),
    fields([
      field('Incidents discovered', s.total.toLocaleString('en-GB')),
      field('Reported to the ICO', s.regulatorNotifications.total.toLocaleString('en-GB')),
      field('Reported within 72 hours', `${s.regulatorNotifications.within72h.toLocaleString('en-GB')} of ${s.regulatorNotifications.total.toLocaleString('en-GB')}`),
      field(
        'Time to contain (mean / median)',
        s.hoursToContain.count
          ? `${hours(s.hoursToContain.mean)} / ${hours(s.hoursToContain.median)} (${s.hoursToContain.count} contained)`
          : 'None contained in the period',
      ),
      field(
        'Time to notify the ICO (mean / median)',
        s.hoursToNotify.count ? `${hours(s.hoursToNotify.mean)} / ${hours(s.hoursToNotify.median)}` : 'None notified in the period',
      ),
    ]),
    chartOf(s),
    heading('By kind'),
    table(
      ['Kind', 'ICO incident type', 'Incidents'],
      s.byKind.map((k) => [INCIDENT_KIND_LABELS[k.kind], ICO_INCIDENT_TYPES[k.kind], String(k.count)]),
    ),
    heading('By outcome'),
    table(
      ['Outcome', 'Incidents'],
      s.byOutcome.map((o) => [outcomeLabel(o.outcome), String(o.count)]),
    ),
    heading('By business unit'),
    s.byBusinessUnit.length > 0
      ? table(
          ['Business unit', 'Incidents'],
          s.byBusinessUnit.map((u) => [u.businessUnit, String(u.count)]),
        )
      : paragraph('No incidents in the period.', 'note'),
    { type: 'pageBreak' },
    heading('Summary of protected personal data related incidents formally reported to the ICO'),
    s.reportedToIco.length > 0
      ? table(
          ['Date of incident', 'Nature of incident', 'Nature of data involved', 'Number of people potentially affected', 'Notification steps'],
          s.reportedToIco.map((r) => [
            formatUkDate(r.date),
            ICO_INCIDENT_TYPES[r.kind],
            r.categories.map((c) => DATA_CATEGORY_LABELS[c]).join('; ') || 'Not yet known',
            r.people === null ? 'Not yet known' : r.people.toLocaleString('en-GB'),
            r.steps,
          ]),
        )
      : paragraph('No incidents in the period were reported to the ICO.', 'note'),
    heading('Other protected personal data related incidents, by category'),
    table(
      ['Category', 'Incidents'],
      s.otherByCategory.map((c) => [ANNUAL_CATEGORIES[c.category], String(c.count)]),
    ),
    paragraph(
      'Categories are mapped from Casebook incident kinds: lost documents and devices count as lost outside secured Government premises (Casebook does not record where inside or outside); misdirected email, CC exposure, misdirected post and unauthorised disclosure count as unauthorised disclosure; cyber and other incidents count as other. Duplicates and incidents found not to be breaches are left out.',
      'note',
    ),
  ];
  return {
    marking: s.marking,
    title: 'Data security incidents',
    subtitle: `Periodic statistics, ${periodText(s)}`,
    fileStem: safeFileStem(`Casebook statistics ${formatUkDate(s.from)} to ${formatUkDate(s.to - 1)}`),
    blocks,
    footer: footerOf(meta),
  };
}

/** The same figures as sheets, for Excel. */
export function buildStatisticsSheets(s: Statistics): Sheet[] {
  const count = { header: 'Incidents', type: 'number' as const, width: 12 };
  return [
    { name: 'By month', columns: [{ header: 'Month', type: 'text', width: 12 }, count], rows: s.byMonth.map((m) => [m.month, m.count]) },
    {
      name: 'By kind',
      columns: [{ header: 'Kind', type: 'text', width: 26 }, { header: 'ICO incident type', type: 'text', width: 40 }, count],
      rows: s.byKind.map((k) => [INCIDENT_KIND_LABELS[k.kind], ICO_INCIDENT_TYPES[k.kind], k.count]),
    },
    { name: 'By outcome', columns: [{ header: 'Outcome', type: 'text', width: 18 }, count], rows: s.byOutcome.map((o) => [outcomeLabel(o.outcome), o.count]) },
    { name: 'By business unit', columns: [{ header: 'Business unit', type: 'text', width: 30 }, count], rows: s.byBusinessUnit.map((u) => [u.businessUnit, u.count]) },
    {
      name: 'Timeliness',
      columns: [
        { header: 'Measure', type: 'text', width: 40 },
        { header: 'Value', type: 'number', width: 12 },
      ],
      rows: [
        ['Incidents discovered', s.total],
        ['Reported to the ICO', s.regulatorNotifications.total],
        ['Reported within 72 hours', s.regulatorNotifications.within72h],
        ['Mean hours to contain', s.hoursToContain.mean],
        ['Median hours to contain', s.hoursToContain.median],
        ['Mean hours to notify the ICO', s.hoursToNotify.mean],
        ['Median hours to notify the ICO', s.hoursToNotify.median],
      ],
    },
    {
      name: 'Reported to the ICO',
      columns: [
        { header: 'Date of incident', type: 'date', width: 14 },
        { header: 'Nature of incident', type: 'text', width: 40 },
        { header: 'Nature of data involved', type: 'text', width: 40 },
        { header: 'Number of people potentially affected', type: 'number', width: 14 },
        { header: 'Notification steps', type: 'text', width: 50 },
      ],
      rows: s.reportedToIco.map((r) => [r.date, ICO_INCIDENT_TYPES[r.kind], r.categories.map((c) => DATA_CATEGORY_LABELS[c]).join('; '), r.people, r.steps]),
    },
    {
      name: 'Other incidents',
      columns: [{ header: 'Category', type: 'text', width: 60 }, count],
      rows: s.otherByCategory.map((c) => [ANNUAL_CATEGORIES[c.category], c.count]),
    },
  ];
}
