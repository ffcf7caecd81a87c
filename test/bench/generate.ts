import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { appendAudit, diffFields, type AuditDraft } from '../../electron/core/audit/auditLog';
import { createContext, type CoreContext } from '../../electron/core/context';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, migrate } from '../../electron/core/db/migrate';
import { openDatabase, type Db } from '../../electron/core/db/openDatabase';
import { toIncident, type IncidentRow } from '../../electron/core/incidents/incidentRow';
import { reindexIncident } from '../../electron/core/incidents/searchIndex';
import { DETAILS_SCHEMAS } from '../../shared/domain/incidentDetails';
import { InvolvementFieldsSchema, NewPartySchema } from '../../shared/contract/parties';
import {
  CYBER_IMPACTS,
  CYBER_RECOVERY_TIMES,
  CYBER_TYPES,
  INCIDENT_KIND_LABELS,
  PARTY_ROLE_LABELS,
  SUBJECT_EXEMPTIONS,
  type DataCategory,
  type IncidentKind,
  type IncidentStatus,
  type Marking,
  type NotificationMethod,
  type NotificationStatus,
  type Outcome,
  type PartyRole,
  type PartyType,
  type SubjectExemption,
} from '../../shared/domain/vocabulary';
import { ukYear } from '../../shared/time/ukTime';
import { Rng, Weighted } from './rng';
import * as V from './vocabulary';

/**
 * The bench database: a department's ten years of breach records (2016 to the bench's "now"), written
 * with the real migrated schema and in exactly the shape the core writes — details parsed by the
 * contract's schemas, the search index filled by the core's own `reindexIncident`, party counts as
 * `refreshPartyCounts` defines them (checked against the rows at the end), and an audit chain appended
 * by the core's `appendAudit` in time order: each incident's creation, every workflow move, decisions
 * and notes, with the core's summaries and field changes (`fullAudit` adds every party added, linked and
 * re-notified). Every status change is a move the workflow allows; closed breaches carry the decisions
 * the closure check demands; the references run INC-YYYY-NNNN per year of recording.
 *
 * Rows are written with direct SQL in one transaction rather than through `call()`: the core validates
 * and re-reads on every write, which would take most of an hour at this size.
 *
 * Bump GENERATOR_VERSION whenever the output changes; the cache key includes it.
 */
export const GENERATOR_VERSION = 4;
export const DEFAULT_SCALE = 100_000;
const SEED = 20_261_127;

/** The bench's fixed "now" (so the file never depends on the day it was generated). */
export const BENCH_NOW = Date.UTC(2026, 10, 27, 9, 0);
const START = Date.UTC(2016, 0, 1);
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export type GenerationStats = {
  generatorVersion: number;
  schemaVersion: number;
  schemaFingerprint: string;
  scale: number;
  fullAudit: boolean;
  incidents: number;
  parties: number;
  links: number;
  roles: number;
  dataCategories: number;
  notes: number;
  statusChanges: number;
  auditEntries: number;
  fileBytes: number;
  generationMs: number;
  generatedAt: string;
};

type PartyRec = { seq: number; id: string; type: PartyType; name: string; email: string; phone: string; organisation: string; notes: string };
type Link = { party: PartyRec; roles: PartyRole[]; categories: DataCategory[] };
type Content = {
  title: string;
  description: string;
  details: Record<string, unknown>;
  businessUnit: string;
  reportingOfficer: string;
  materialMarking: Marking | null;
  materialItemCount: number | null;
};
type Move = { at: number; actor: string; from: IncidentStatus; to: IncidentStatus; reason: string; outcome: Outcome | null; duplicateOf: string | null };
type Decisions = {
  regulatorNotify: boolean;
  regulatorRationale: string;
  regulatorDecidedAt: number;
  regulatorDecidedBy: string;
  regulatorNotifiedAt: number | null;
  icoReference: string;
  subjectsNotify: boolean;
  subjectsRationale: string;
  subjectsExemption: SubjectExemption | null;
  subjectsDecidedAt: number;
  subjectsDecidedBy: string;
  rootCause: string;
  lessons: string;
};
type Workflow = { moves: Move[]; decisions: Decisions | null; decisionsAt: number | null; outcomePlanned: Outcome | 'stale' };

// ---------------------------------------------------------------------------------------------------
// Cache

export function benchCacheDir(): string {
  return join(__dirname, '.cache');
}

export type GenerateOptions = {
  scale: number;
  /**
   * Also audit every party added, linked and re-notified, as the core does (about 25 entries per
   * incident instead of about 6). Off by default: appendAudit costs ~50 µs an entry, which would
   * double the generation time; audit:verify scales linearly with the entry count.
   */
  fullAudit: boolean;
};

/** The schema's fingerprint: a migration edited before it ships changes the file without changing its number. */
export function schemaFingerprint(): string {
  const hash = createHash('sha256');
  for (const m of MIGRATIONS) hash.update(`${m.version}\n${m.sql}\n`);
  return `${LATEST_SCHEMA_VERSION}-${hash.digest('hex').slice(0, 8)}`;
}

export function benchFile(options: GenerateOptions): string {
  const audit = options.fullAudit ? '-fullaudit' : '';
  return join(benchCacheDir(), `casebook-bench-g${GENERATOR_VERSION}-s${schemaFingerprint()}-n${options.scale}${audit}.db`);
}

/** The cached database for this generator version, schema and scale; generated when missing or when `fresh`. */
export function ensureBenchDatabase(options: GenerateOptions & { fresh: boolean; log: (line: string) => void }): {
  file: string;
  stats: GenerationStats;
  generated: boolean;
} {
  const file = benchFile(options);
  const statsFile = `${file}.json`;
  if (!options.fresh && existsSync(file) && existsSync(statsFile)) {
    return { file, stats: JSON.parse(readFileSync(statsFile, 'utf8')) as GenerationStats, generated: false };
  }
  mkdirSync(benchCacheDir(), { recursive: true });
  const partial = `${file}.partial`;
  for (const f of [file, statsFile, partial, `${partial}-wal`, `${partial}-shm`, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
  const stats = generateDatabase(partial, options, options.log);
  renameSync(partial, file);
  stats.fileBytes = statSync(file).size;
  writeFileSync(statsFile, `${JSON.stringify(stats, null, 2)}\n`);
  return { file, stats, generated: true };
}

// ---------------------------------------------------------------------------------------------------
// The generator

/** Writes a bench database of `scale` incidents to `file` (which must not exist). */
export function generateDatabase(file: string, options: GenerateOptions, log: (line: string) => void): GenerationStats {
  const { scale } = options;
  const started = performance.now();
  const db = openDatabase(file);
  migrate(db);
  // Bulk-load settings; the file is switched back to WAL (what Casebook leaves on disk) at the end.
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -1000000');
  db.pragma('temp_store = MEMORY');
  const g = new Generator(db, options, log);
  db.transaction(() => g.run())();
  const indexing = performance.now();
  log(`  rows written in ${seconds(indexing - started)}; indexing for search…`);
  db.transaction(() => g.reindexAll())();
  log(`  search index built in ${seconds(performance.now() - indexing)}`);
  g.checkCounts();
  db.pragma('journal_mode = WAL');
  const count = (table: string) => db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM ${table}`).get()!.n;
  const stats: GenerationStats = {
    generatorVersion: GENERATOR_VERSION,
    schemaVersion: LATEST_SCHEMA_VERSION,
    schemaFingerprint: schemaFingerprint(),
    scale,
    fullAudit: options.fullAudit,
    incidents: count('incidents'),
    parties: count('parties'),
    links: count('involvements'),
    roles: count('involvement_roles'),
    dataCategories: count('involvement_data_categories'),
    notes: count('notes'),
    statusChanges: count('status_history'),
    auditEntries: count('audit_log'),
    fileBytes: 0,
    generationMs: 0,
    generatedAt: new Date().toISOString(),
  };
  db.close(); // a plain close: PRAGMA optimize (closeDatabase) would add sqlite_stat1 only for what this connection queried
  stats.generationMs = Math.round(performance.now() - started);
  return stats;
}

/** Pending audit-producing events, replayed in time order so the chain reads like ten years of use. */
class EventQueue {
  private heap: { at: number; order: number; run: () => void }[] = [];
  private order = 0;

  push(at: number, run: () => void): void {
    const item = { at, order: this.order++, run };
    const h = this.heap;
    h.push(item);
    let i = h.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(h[i]!, h[parent]!)) break;
      [h[i], h[parent]] = [h[parent]!, h[i]!];
      i = parent;
    }
  }

  /** Runs every event at or before `at`, earliest first. */
  flush(at: number): void {
    while (this.heap.length > 0 && this.heap[0]!.at <= at) this.pop().run();
  }

  private pop() {
    const h = this.heap;
    const top = h[0]!;
    const last = h.pop()!;
    if (h.length > 0) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && this.less(h[l]!, h[m]!)) m = l;
        if (r < h.length && this.less(h[r]!, h[m]!)) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m]!, h[i]!];
        i = m;
      }
    }
    return top;
  }

  private less(a: { at: number; order: number }, b: { at: number; order: number }) {
    return a.at < b.at || (a.at === b.at && a.order < b.order);
  }
}

const KINDS = new Weighted<IncidentKind>([
  ['misdirected_email', 35],
  ['cc_exposure', 6],
  ['misdirected_post', 11],
  ['lost_document', 13],
  ['lost_device', 9],
  ['unauthorised_disclosure', 10],
  ['insecure_disposal', 5],
  ['cyber', 5],
  ['other', 8],
]);
const RECORD_MARKINGS = new Weighted<Marking>([
  ['OFFICIAL-SENSITIVE', 68],
  ['OFFICIAL', 22],
  ['SECRET', 9],
  ['TOP SECRET', 1],
]);
const MATERIAL_MARKINGS = new Weighted<Marking>([
  ['OFFICIAL', 35],
  ['OFFICIAL-SENSITIVE', 46],
  ['SECRET', 16],
  ['TOP SECRET', 3],
]);
const BUSINESS_UNITS = new Weighted<string>(V.BUSINESS_UNITS);
const LOOKALIKES = new Weighted(V.LOOKALIKE_DOMAINS.map(([domain, intended, how, w]) => [{ domain, intended, how }, w] as const));
const OUTCOME_PLAN = new Weighted<Outcome | 'stale'>([
  ['breach', 35],
  ['near_miss', 19],
  ['not_a_breach', 24],
  ['duplicate', 4],
  // A register's backlog: incidents never formally closed (enough that a filtered list has 50+ pages).
  ['stale', 18],
]);
const STALE_AT = new Weighted<IncidentStatus>([
  ['investigating', 45],
  ['contained', 40],
  ['notifying', 5],
  ['triage', 7],
  ['reported', 3],
]);
const HOURS = new Weighted<number>([
  [7, 2],
  [8, 6],
  [9, 10],
  [10, 11],
  [11, 10],
  [12, 7],
  [13, 8],
  [14, 10],
  [15, 10],
  [16, 9],
  [17, 6],
  [18, 3],
  [19, 2],
  [20, 1],
  [22, 1],
  [2, 1],
]);
const STREETS = [
  'Acacia Avenue',
  'Victoria Road',
  'Station Road',
  'Church Lane',
  'Mill Close',
  'Kingsway',
  'Queens Drive',
  'Garrison Road',
  'Barrack Street',
  'Wellington Crescent',
  'Nelson Way',
  'Churchill Gardens',
  'Haig Road',
  'Montgomery Close',
];
const TOWNS = [
  ['Tidworth', 'SP9'],
  ['Aldershot', 'GU11'],
  ['Catterick Garrison', 'DL9'],
  ['Plymouth', 'PL2'],
  ['Portsmouth', 'PO2'],
  ['Colchester', 'CO2'],
  ['Lincoln', 'LN1'],
  ['Carterton', 'OX18'],
  ['Salisbury', 'SP1'],
  ['Andover', 'SP10'],
  ['Helensburgh', 'G84'],
  ['Bulford', 'SP4'],
  ['Edinburgh', 'EH7'],
  ['Cardiff', 'CF14'],
  ['Belfast', 'BT9'],
  ['Brecon', 'LD3'],
  ['Lossiemouth', 'IV31'],
] as const;
const ORGS_WITH_EMAIL = V.ORGANISATIONS.flatMap(([, domain], i) => (domain ? [i] : []));
const POSTCODE_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';
const CC_GROUPS = [
  ['Afghan relocation (ARAP) applicants', ['basic_identifiers', 'racial_ethnic_origin', 'location']],
  ['reservists due for mobilisation', ['basic_identifiers']],
  ["veterans' compensation claimants", ['basic_identifiers', 'health']],
  ['service leavers on a resettlement course', ['basic_identifiers']],
  ['job applicants at an assessment centre', ['basic_identifiers']],
  ['bereaved families invited to a memorial service', ['basic_identifiers']],
  ['Gurkha pension claimants', ['basic_identifiers', 'economic_financial', 'racial_ethnic_origin']],
  ['cadet force adult volunteers', ['basic_identifiers']],
  ['consultation respondents', ['basic_identifiers', 'political_opinions']],
  ['members of an LGBT+ staff network', ['basic_identifiers', 'sexual_orientation']],
  ['participants in a mental health support group', ['basic_identifiers', 'health']],
] as const;

class Generator {
  private readonly rng = new Rng(SEED);
  private readonly ctx: CoreContext;
  private readonly queue = new EventQueue();
  private readonly emails = new Set<string>();
  private readonly staff: (PartyRec | undefined)[];
  private readonly external: PartyRec[] = [];
  private readonly lookalikeHolders: PartyRec[] = [];
  private readonly orgs: (PartyRec | undefined)[] = V.ORGANISATIONS.map(() => undefined);
  private readonly recentByKind = new Map<IncidentKind, string[]>();
  private readonly incidentIds: string[] = [];
  private readonly counters = new Map<number, number>();
  /** party.created entries waiting to be written with the incident that first links the party. */
  private pendingPartyDrafts: AuditDraft[] = [];
  private linkCount = 0;
  private readonly sql;

  private readonly scale: number;
  private readonly fullAudit: boolean;

  constructor(
    private readonly db: Db,
    options: GenerateOptions,
    private readonly log: (line: string) => void,
  ) {
    this.scale = options.scale;
    this.fullAudit = options.fullAudit;
    this.ctx = createContext(db, { now: () => BENCH_NOW, actor: () => V.OFFICERS[0]![0] });
    this.staff = new Array<PartyRec | undefined>(Math.max(50, Math.round(this.scale * 0.45)));
    this.sql = {
      party: insertInto(db, 'parties', [
        'id',
        'type',
        'name',
        'email',
        'phone',
        'organisation',
        'notes',
        'is_demo',
        'version',
        'created_at',
        'created_by',
        'updated_at',
        'updated_by',
      ]),
      incident: insertInto(db, 'incidents', [
        'id',
        'reference',
        'reference_sort',
        'kind',
        'details',
        'title',
        'description',
        'business_unit',
        'reporting_officer',
        'owner',
        'occurred_at',
        'discovered_at',
        'reported_at',
        'record_marking',
        'material_marking',
        'material_item_count',
        'status',
        'outcome',
        'duplicate_of',
        'regulator_notify',
        'regulator_rationale',
        'regulator_decided_at',
        'regulator_decided_by',
        'regulator_notified_at',
        'ico_reference',
        'subjects_notify',
        'subjects_rationale',
        'subjects_exemption',
        'subjects_decided_at',
        'subjects_decided_by',
        'root_cause',
        'lessons',
        'party_count',
        'affected_count',
        'is_demo',
        'version',
        'created_at',
        'created_by',
        'updated_at',
        'updated_by',
        'contained_at',
      ]),
      involvement: insertInto(db, 'involvements', [
        'incident_id',
        'party_id',
        'notification_status',
        'notified_at',
        'notification_method',
        'version',
        'created_at',
        'created_by',
        'updated_at',
        'updated_by',
      ]),
      role: insertInto(db, 'involvement_roles', ['involvement_seq', 'role']),
      category: insertInto(db, 'involvement_data_categories', ['involvement_seq', 'category']),
      note: insertInto(db, 'notes', ['id', 'incident_id', 'body', 'author', 'created_at']),
      status: insertInto(db, 'status_history', ['incident_id', 'from_status', 'to_status', 'reason', 'outcome', 'actor', 'at']),
      counter: db.prepare('INSERT INTO reference_counters (year, last_number) VALUES (?, ?) ON CONFLICT (year) DO UPDATE SET last_number = excluded.last_number'),
    };
  }

  run(): void {
    // First run: the officer who set Casebook up.
    const [firstOfficer] = V.OFFICERS[0]!;
    const officer = { name: firstOfficer, businessUnit: 'Defence Security and Resilience' };
    this.db.prepare(`INSERT INTO settings (key, value) VALUES ('officer', ?)`).run(JSON.stringify(officer));
    appendAudit(this.ctx, firstOfficer, START - DAY, [
      {
        action: 'settings.officer_set',
        entityType: 'settings',
        entityId: 'officer',
        incidentId: null,
        summary: `Officer set to ${firstOfficer}`,
        changes: diffFields({}, officer),
      },
    ]);

    // When each incident was discovered and recorded, in recording order (references follow it).
    const times = Array.from({ length: this.scale }, () => this.incidentTimes());
    times.sort((a, b) => a.createdAt - b.createdAt);
    const started = performance.now();
    for (const [i, t] of times.entries()) {
      this.queue.flush(t.createdAt);
      this.createIncident(t);
      if ((i + 1) % 10_000 === 0) {
        this.log(
          `  ${(i + 1).toLocaleString('en-GB')} incidents, ${this.linkCount.toLocaleString('en-GB')} links (${((performance.now() - started) / 1000).toFixed(0)} s)`,
        );
      }
    }
    this.queue.flush(Number.MAX_SAFE_INTEGER);
    for (const [year, last] of this.counters) this.sql.counter.run(year, last);
  }

  /**
   * The search indexes: parties as partyService's indexParty writes them (rowid = seq; name, email,
   * organisation), in one statement; incidents by the core's own reindexIncident, once every note and
   * link is in place.
   */
  reindexAll(): void {
    this.db.exec('INSERT INTO party_search (rowid, name, email, organisation) SELECT seq, name, email, organisation FROM parties ORDER BY seq');
    for (const id of this.incidentIds) reindexIncident(this.db, id);
  }

  /** Proves the counts written with each incident equal what the core's refreshPartyCounts computes. */
  checkCounts(): void {
    const wrong = this.db
      .prepare<[], { n: number }>(
        `SELECT count(*) AS n FROM incidents i WHERE
           party_count <> (SELECT count(*) FROM involvements WHERE incident_id = i.id)
           OR affected_count <> (SELECT count(*) FROM involvements v WHERE v.incident_id = i.id
                                 AND EXISTS (SELECT 1 FROM involvement_roles r WHERE r.involvement_seq = v.seq AND r.role = 'data_subject'))`,
      )
      .get()!.n;
    if (wrong > 0) throw new Error(`${wrong} incidents have party counts that differ from refreshPartyCounts'`);
  }

  // --- time ----------------------------------------------------------------------------------------

  private incidentTimes() {
    const { rng } = this;
    // About 8% more incidents each year: inverse CDF of an exponentially growing density.
    const span = BENCH_NOW - 3 * DAY - START;
    const growth = Math.log(1.08) / (365 * DAY);
    let day = START + Math.log(1 + rng.next() * (Math.exp(growth * span) - 1)) / growth;
    day = Math.floor(day / DAY) * DAY;
    const weekday = new Date(day).getUTCDay();
    if ((weekday === 0 || weekday === 6) && rng.chance(0.75)) day += (weekday === 6 ? 2 : 1) * DAY;
    const discoveredAt = day + HOURS.pick(rng) * HOUR + rng.int(0, 59) * MINUTE;
    const occurredAt = rng.chance(0.12) ? null : discoveredAt - Math.round(rng.exponential(rng.chance(0.7) ? 3 * HOUR : 4 * DAY) / MINUTE) * MINUTE;
    const reportedAt = rng.chance(0.05) ? null : discoveredAt + Math.round(rng.exponential(rng.chance(0.85) ? 4 * HOUR : 3 * DAY) / MINUTE) * MINUTE;
    let createdAt = (reportedAt ?? discoveredAt) + Math.round(rng.exponential(2 * HOUR) / 1000) * 1000 + MINUTE;
    createdAt = Math.min(createdAt, BENCH_NOW - HOUR);
    return { discoveredAt, occurredAt, reportedAt: reportedAt === null ? null : Math.min(reportedAt, createdAt), createdAt };
  }

  // --- people --------------------------------------------------------------------------------------

  private personName(): { first: string; last: string } {
    const { rng } = this;
    const last = rng.chance(1 / 25_000) ? rng.pick(V.RARE_SURNAMES) : rng.pickSkewed(V.SURNAMES, 1.4);
    return { first: rng.pick(V.FIRST_NAMES), last };
  }

  private uniqueEmail(candidates: () => string): string {
    for (let attempt = 0; ; attempt++) {
      let email = candidates();
      if (attempt > 3) email = email.replace('@', `${this.rng.int(10, 9999)}@`);
      if (!this.emails.has(email)) {
        this.emails.add(email);
        return email;
      }
    }
  }

  private phone(): string {
    const { rng } = this;
    return rng.chance(0.6)
      ? `07700 900${String(rng.int(0, 999)).padStart(3, '0')}`
      : `0${rng.pick(['20 7946', '113 496', '161 496', '117 496', '131 496', '29 2018'])} 0${String(rng.int(0, 999)).padStart(3, '0')}`;
  }

  private partyCount = 0;

  private insertParty(fields: Omit<PartyRec, 'seq' | 'id'>, at: number, actor: string): PartyRec {
    // Every eighth party goes through the contract's schema: a systematic mistake shows at once.
    const parsed = this.partyCount++ % 8 === 0 ? NewPartySchema.parse(fields) : fields;
    const id = this.rng.uuid();
    const { lastInsertRowid } = this.sql.party.run({ ...parsed, id, is_demo: 0, version: 1, created_at: at, created_by: actor, updated_at: at, updated_by: actor });
    const seq = Number(lastInsertRowid);
    this.pendingPartyDrafts.push({
      action: 'party.created',
      entityType: 'party',
      entityId: id,
      incidentId: null,
      summary: `Added party ${parsed.name}`,
      changes: diffFields({}, { type: parsed.type, name: parsed.name, email: parsed.email, phone: parsed.phone, organisation: parsed.organisation, notes: parsed.notes }),
    });
    return { seq, id, ...parsed };
  }

  /** A member of the department's staff: a few are involved again and again (senders, device holders). */
  private staffMember(at: number, actor: string, unit?: string): PartyRec {
    const { rng } = this;
    const index = Math.floor(Math.pow(rng.next(), 1.7) * this.staff.length);
    const existing = this.staff[index];
    if (existing) return existing;
    const { first, last } = this.personName();
    const military = rng.chance(0.4);
    const name = military ? `${rng.pick(V.RANKS)} ${first} ${last}` : `${first} ${last}`;
    const email = this.uniqueEmail(() => `${local(first)}.${local(last)}${rng.int(100, 999)}@mod.gov.uk`);
    const organisation = unit ?? BUSINESS_UNITS.pick(rng);
    const party = this.insertParty(
      { type: 'person', name, email, phone: rng.chance(0.35) ? `030 0${rng.int(100, 999)} ${rng.int(1000, 9999)}` : '', organisation, notes: '' },
      at,
      actor,
    );
    this.staff[index] = party;
    return party;
  }

  /** A staff member's name and address without adding them as a party (reporting officers, intended addresses). */
  private staffIdentity(unit?: string): { name: string; email: string; organisation: string } {
    const { rng } = this;
    const existing = this.staff[Math.floor(Math.pow(rng.next(), 1.7) * this.staff.length)];
    if (existing) return existing;
    const { first, last } = this.personName();
    return { name: `${first} ${last}`, email: `${local(first)}.${local(last)}${rng.int(100, 999)}@mod.gov.uk`, organisation: unit ?? BUSINESS_UNITS.pick(rng) };
  }

  /** A member of the public, an applicant, a veteran: mostly new, sometimes someone already on file. */
  private externalPerson(at: number, actor: string, options: { needsEmail?: boolean; reuse?: number; notes?: string; organisation?: string } = {}): PartyRec {
    const { rng } = this;
    if (this.external.length > 20 && rng.chance(options.reuse ?? 0.3)) {
      const known = rng.pick(this.external);
      if (!options.needsEmail || known.email) return known;
    }
    const { first, last } = this.personName();
    const withEmail = options.needsEmail || rng.chance(0.7);
    const email = withEmail
      ? this.uniqueEmail(() => {
          const domain = rng.pick(V.PERSONAL_DOMAINS);
          const f = local(first);
          const l = local(last);
          switch (rng.int(0, 3)) {
            case 0:
              return `${f}.${l}@${domain}`;
            case 1:
              return `${f}${l}${rng.int(1, 99)}@${domain}`;
            case 2:
              return `${f[0]}${l}@${domain}`;
            default:
              return `${l}.${f}${rng.int(1950, 2008)}@${domain}`;
          }
        })
      : '';
    const party = this.insertParty(
      {
        type: 'person',
        name: `${first} ${last}`,
        email,
        phone: rng.chance(0.4) ? this.phone() : '',
        organisation: options.organisation ?? '',
        notes: options.notes ?? '',
      },
      at,
      actor,
    );
    this.external.push(party);
    return party;
  }

  /** Whoever holds a mistyped address: the same lookalike addresses come back again and again. */
  private lookalikeHolder(at: number, actor: string): { party: PartyRec; intended: string } {
    const { rng } = this;
    if (this.lookalikeHolders.length > 10 && rng.chance(0.35)) {
      const party = rng.pickSkewed(this.lookalikeHolders, 2);
      const [localPart, domain] = party.email.split('@') as [string, string];
      const intended = V.LOOKALIKE_DOMAINS.find(([d]) => d === domain)?.[1] ?? 'mod.gov.uk';
      return { party, intended: `${localPart}@${intended}` };
    }
    const { domain, intended, how } = LOOKALIKES.pick(rng);
    const { first, last } = this.personName();
    const f = local(first);
    const l = local(last);
    const usStyle = intended.endsWith('.mil');
    const email = this.uniqueEmail(() =>
      usStyle
        ? rng.chance(0.6)
          ? `${f}.${String.fromCharCode(97 + rng.int(0, 25))}.${l}.mil@${domain}`
          : `${f}.${l}.civ@${domain}`
        : `${f}.${l}${rng.int(100, 999)}@${domain}`,
    );
    const localPart = email.split('@')[0]!;
    const party = this.insertParty(
      {
        type: 'organisation',
        name: `Unidentified holder of ${email}`,
        email,
        phone: '',
        organisation: `${domain} (lookalike of ${intended})`,
        notes: `Mistyped form of ${localPart}@${intended} (${how}). Messages were accepted and did not bounce.`,
      },
      at,
      actor,
    );
    this.lookalikeHolders.push(party);
    return { party, intended: `${localPart}@${intended}` };
  }

  private organisation(at: number, actor: string, which?: number): PartyRec {
    const index = which ?? this.rng.int(0, V.ORGANISATIONS.length - 1);
    const existing = this.orgs[index];
    if (existing) return existing;
    const [name, domain] = V.ORGANISATIONS[index]!;
    const email = domain ? this.uniqueEmail(() => `${this.rng.pick(['enquiries', 'info', 'dataprotection', 'contracts', 'casework'])}@${domain}`) : '';
    const party = this.insertParty({ type: 'organisation', name, email, phone: domain ? this.phone() : '', organisation: name, notes: '' }, at, actor);
    this.orgs[index] = party;
    return party;
  }

  private postalAddress(name: string): string {
    const { rng } = this;
    const [town, area] = rng.pick(TOWNS);
    const letters = `${POSTCODE_LETTERS[rng.int(0, POSTCODE_LETTERS.length - 1)]}${POSTCODE_LETTERS[rng.int(0, POSTCODE_LETTERS.length - 1)]}`;
    return `${name}, ${rng.int(1, 180)} ${rng.pick(STREETS)}, ${town} ${area} ${rng.int(1, 9)}${letters}`;
  }

  // --- incidents -----------------------------------------------------------------------------------

  private officerAt(at: number): string {
    const year = Math.min(2026, new Date(at).getUTCFullYear());
    const active = V.OFFICERS.filter(([, from, to]) => from <= year && year <= to);
    return this.rng.pickSkewed(active, 1.3)[0];
  }

  private createIncident(t: { discoveredAt: number; occurredAt: number | null; reportedAt: number | null; createdAt: number }): void {
    const { rng } = this;
    const kind = KINDS.pick(rng);
    const owner = this.officerAt(t.createdAt);
    const recorder = rng.chance(0.7) ? owner : this.officerAt(t.createdAt);
    const links = new Map<number, Link>();
    const link = (party: PartyRec, role: PartyRole, categories: readonly string[] = []) => {
      const current = links.get(party.seq);
      if (current) {
        if (!current.roles.includes(role)) current.roles.push(role);
        for (const c of categories as readonly DataCategory[]) if (!current.categories.includes(c)) current.categories.push(c);
      } else {
        links.set(party.seq, { party, roles: [role], categories: [...(categories as readonly DataCategory[])] });
      }
    };
    this.pendingPartyDrafts = [];
    const content = this.content(kind, t, recorder, link);
    const newParties = new Map(this.pendingPartyDrafts.map((d) => [d.entityId, d]));
    this.pendingPartyDrafts = [];

    // Reference: INC-YYYY-NNNN by the year of recording.
    const year = ukYear(t.createdAt);
    const number = (this.counters.get(year) ?? 0) + 1;
    this.counters.set(year, number);
    const reference = `INC-${year}-${String(number).padStart(4, '0')}`;
    const id = rng.uuid();
    const details = JSON.stringify(DETAILS_SCHEMAS[kind].parse(content.details));
    const recordMarking = RECORD_MARKINGS.pick(rng);
    const workflow = this.workflow(kind, t, owner);
    const last = workflow.moves.at(-1);
    const status: IncidentStatus = last?.to ?? 'reported';
    const closing = status === 'closed' ? last! : null;
    const d = workflow.decisions;
    const updatedBy = [...workflow.moves.map((m) => ({ at: m.at, by: m.actor })), ...(d ? [{ at: workflow.decisionsAt!, by: d.regulatorDecidedBy }] : [])]
      .sort((a, b) => a.at - b.at)
      .at(-1);

    const creation = {
      id,
      reference,
      reference_sort: year * 1_000_000 + number,
      kind,
      details,
      title: content.title,
      description: content.description,
      business_unit: content.businessUnit,
      reporting_officer: content.reportingOfficer,
      owner,
      occurred_at: t.occurredAt,
      discovered_at: t.discoveredAt,
      reported_at: t.reportedAt,
      record_marking: recordMarking,
      material_marking: content.materialMarking,
      material_item_count: content.materialItemCount,
      status: 'reported' as IncidentStatus,
      outcome: null,
      duplicate_of: null,
      regulator_notify: null,
      regulator_rationale: '',
      regulator_decided_at: null,
      regulator_decided_by: '',
      regulator_notified_at: null,
      ico_reference: '',
      subjects_notify: null,
      subjects_rationale: '',
      subjects_exemption: null,
      subjects_decided_at: null,
      subjects_decided_by: '',
      root_cause: '',
      lessons: '',
      // Migration 0020's columns, as a new incident has them (assessments are not generated).
      regulator_delay_reason: '',
      how_discovered: '',
      caused_by_cyber: 'unknown' as const,
      likely_consequences: '',
      consequence_likelihood: 'not_yet_known' as const,
      staff_involved: 'unknown' as const,
      staff_trained: 'unknown' as const,
      staff_details: '',
      prior_measures: '',
      public_account: '',
      severity_band: null,
      severity_score: null,
      contained_at: null,
      decisions_need_review: 0 as const,
      version: 1,
      created_at: t.createdAt,
      created_by: recorder,
      updated_at: t.createdAt,
      updated_by: recorder,
    };
    this.sql.incident.run({
      ...creation,
      contained_at: workflow.moves.find((m) => m.to === 'contained')?.at ?? null,
      status,
      outcome: closing?.outcome ?? null,
      duplicate_of: closing?.duplicateOf ?? null,
      regulator_notify: d ? (d.regulatorNotify ? 1 : 0) : null,
      regulator_rationale: d?.regulatorRationale ?? '',
      regulator_decided_at: d?.regulatorDecidedAt ?? null,
      regulator_decided_by: d?.regulatorDecidedBy ?? '',
      regulator_notified_at: d?.regulatorNotifiedAt ?? null,
      ico_reference: d?.icoReference ?? '',
      subjects_notify: d ? (d.subjectsNotify ? 1 : 0) : null,
      subjects_rationale: d?.subjectsRationale ?? '',
      subjects_exemption: d?.subjectsExemption ?? null,
      subjects_decided_at: d?.subjectsDecidedAt ?? null,
      subjects_decided_by: d?.subjectsDecidedBy ?? '',
      root_cause: d?.rootCause ?? '',
      lessons: d?.lessons ?? '',
      // refreshPartyCounts' definitions; checkCounts() proves them against the rows at the end.
      is_demo: 0,
      party_count: links.size,
      affected_count: [...links.values()].filter((l) => l.roles.includes('data_subject')).length,
      version: 1 + workflow.moves.length + (d ? 1 : 0),
      updated_at: updatedBy?.at ?? t.createdAt,
      updated_by: updatedBy?.by ?? recorder,
    });
    this.incidentIds.push(id);
    const recent = this.recentByKind.get(kind) ?? [];
    recent.push(id);
    if (recent.length > 50) recent.shift();
    this.recentByKind.set(kind, recent);

    // The audit entries of the recording: the incident as first saved, then each party added and linked.
    const snapshot = snapshotOf({ ...creation, seq: 0, affected_count: 0, party_count: 0, is_demo: 0, personal_data_erased_at: null, personal_data_erased_by: '' });

    const drafts: AuditDraft[] = [
      {
        action: 'incident.created',
        entityType: 'incident',
        entityId: id,
        incidentId: id,
        summary: `Recorded ${reference} (${INCIDENT_KIND_LABELS[kind]})`,
        changes: diffFields({}, snapshot),
      },
    ];
    const audit = this.fullAudit;
    const linkedIds = new Set([...links.values()].map((l) => l.party.id));
    if (audit) for (const [partyId, draft] of newParties) if (!linkedIds.has(partyId)) drafts.push(draft);
    const notificationAt = this.notificationTime(workflow, status);
    const updates: AuditDraft[] = [];
    for (const l of links.values()) {
      const created = newParties.get(l.party.id);
      if (audit && created) drafts.push(created);
      const fields = {
        roles: l.roles,
        dataCategories: l.categories,
        notificationStatus: 'undecided' as NotificationStatus,
        notifiedAt: null as number | null,
        notificationMethod: null as NotificationMethod | null,
      };
      if (this.linkCount % 16 === 0) InvolvementFieldsSchema.parse(fields);
      if (audit)
        drafts.push({
          action: 'involvement.linked',
          entityType: 'party',
          entityId: l.party.id,
          incidentId: id,
          summary: `Linked ${l.party.name} as ${l.roles.map((r) => PARTY_ROLE_LABELS[r].toLowerCase()).join(', ')}`,
          changes: diffFields({}, { party: l.party.name, ...involvementSnapshot(fields) }),
        });
      const final = notificationAt === null ? fields : this.finalNotification(l, fields, workflow, status, notificationAt);
      const changed = final !== fields;
      const { lastInsertRowid } = this.sql.involvement.run({
        incident_id: id,
        party_id: l.party.id,
        notification_status: final.notificationStatus,
        notified_at: final.notifiedAt,
        notification_method: final.notificationMethod,
        version: changed ? 2 : 1,
        created_at: t.createdAt,
        created_by: recorder,
        updated_at: changed ? notificationAt! : t.createdAt,
        updated_by: changed ? owner : recorder,
      });
      const seq = Number(lastInsertRowid);
      for (const role of l.roles) this.sql.role.run({ involvement_seq: seq, role });
      for (const category of l.categories) this.sql.category.run({ involvement_seq: seq, category });
      if (audit && changed) {
        updates.push({
          action: 'involvement.updated',
          entityType: 'party',
          entityId: l.party.id,
          incidentId: id,
          summary: `Changed the involvement of ${l.party.name}`,
          changes: diffFields(involvementSnapshot(fields), involvementSnapshot(final)),
        });
      }
      this.linkCount += 1;
    }
    appendAudit(this.ctx, recorder, t.createdAt, drafts);

    // What happens later, replayed in time order with every other incident's events.
    let previousOutcome: Outcome | null = null;
    let previousDuplicate: string | null = null;
    for (const move of workflow.moves) {
      const before = { outcome: previousOutcome, duplicateOf: previousDuplicate };
      this.queue.push(move.at, () => {
        this.sql.status.run({
          incident_id: id,
          from_status: move.from,
          to_status: move.to,
          reason: move.reason,
          outcome: move.to === 'closed' ? move.outcome : null,
          actor: move.actor,
          at: move.at,
        });
        const changes = [
          { field: 'status', before: move.from, after: move.to },
          ...(before.outcome !== null || move.to === 'closed' ? [{ field: 'outcome', before: before.outcome, after: move.to === 'closed' ? move.outcome : null }] : []),
          ...(move.duplicateOf ? [{ field: 'duplicateOf', before: before.duplicateOf, after: move.duplicateOf }] : []),
          ...(move.reason ? [{ field: 'reason', before: null, after: move.reason }] : []),
        ];
        appendAudit(this.ctx, move.actor, move.at, [
          {
            action: 'incident.status_changed',
            entityType: 'incident',
            entityId: id,
            incidentId: id,
            summary: `${move.from} → ${move.to}${move.reason ? `: ${move.reason}` : ''}`,
            changes,
          },
        ]);
      });
      previousOutcome = move.to === 'closed' ? move.outcome : null;
      previousDuplicate = move.to === 'closed' ? move.duplicateOf : null;
    }
    if (d) {
      const after = decisionSnapshot(d);
      const before = Object.fromEntries(Object.entries(after).map(([k, v]) => [k, typeof v === 'string' ? '' : null]));
      const changes = diffFields(before, after);
      this.queue.push(workflow.decisionsAt!, () =>
        appendAudit(this.ctx, d.regulatorDecidedBy, workflow.decisionsAt!, [
          { action: 'incident.updated', entityType: 'incident', entityId: id, incidentId: id, summary: `Changed ${changes.map((c) => c.field).join(', ')}`, changes },
        ]),
      );
    }
    if (updates.length > 0) this.queue.push(notificationAt!, () => appendAudit(this.ctx, owner, notificationAt!, updates));

    // Notes on the timeline, while the incident is being worked.
    const end = Math.min(BENCH_NOW, closing?.at ?? t.createdAt + 60 * DAY);
    const noteCount = rng.chance(0.5) ? 1 : rng.chance(0.6) ? 2 : 3;
    const noteTimes = Array.from({ length: noteCount }, () => t.createdAt + HOUR + Math.round(rng.next() * Math.max(0, end - t.createdAt - HOUR))).sort((a, b) => a - b);
    const docs = links.size;
    for (const at of noteTimes) {
      if (at > BENCH_NOW) continue;
      const author = rng.chance(0.8) ? owner : this.officerAt(at);
      const body = this.noteBody(docs);
      const noteId = rng.uuid();
      this.queue.push(at, () => {
        this.sql.note.run({ id: noteId, incident_id: id, body, author, created_at: at });
        appendAudit(this.ctx, author, at, [
          {
            action: 'note.added',
            entityType: 'note',
            entityId: noteId,
            incidentId: id,
            summary: 'Added a note',
            changes: [{ field: 'body', before: null, after: body }],
          },
        ]);
      });
    }
  }

  private noteBody(parties: number): string {
    const { rng } = this;
    const fill = (s: string) =>
      s
        .replace('{risk}', rng.pick(V.RISKS))
        .replace('{doc}', `a ${rng.pick(V.DOCUMENTS)[0]}`)
        .replace('{n}', String(Math.max(1, parties + rng.int(-1, 5))));
    const first = fill(rng.pick(V.NOTE_TEMPLATES));
    return rng.chance(0.3) ? `${first} ${fill(rng.pick(V.NOTE_TEMPLATES))}` : first;
  }

  /** When notification statuses were settled (decision, notifying, or closing), if that has happened yet. */
  private notificationTime(w: Workflow, status: IncidentStatus): number | null {
    // Each candidate is at least a minute before the next move (moves are ≥ 10 minutes apart), so the
    // incident is still open when the involvements change, as the core requires.
    const soon = (at: number) => (at <= BENCH_NOW ? at : null);
    if (w.decisionsAt !== null) return soon(w.decisionsAt + MINUTE);
    const notifying = w.moves.find((m) => m.to === 'notifying');
    if (notifying) return soon(notifying.at + 5 * MINUTE);
    if (status === 'closed') return w.moves.at(-1)!.at - MINUTE;
    if (status === 'contained') return soon(w.moves.at(-1)!.at + 5 * MINUTE);
    return null;
  }

  private finalNotification(
    l: Link,
    fields: {
      roles: PartyRole[];
      dataCategories: DataCategory[];
      notificationStatus: NotificationStatus;
      notifiedAt: number | null;
      notificationMethod: NotificationMethod | null;
    },
    w: Workflow,
    status: IncidentStatus,
    at: number,
  ) {
    const { rng } = this;
    const subject = l.roles.includes('data_subject');
    const outcome = status === 'closed' ? w.moves.at(-1)!.outcome : null;
    let next: NotificationStatus = 'undecided';
    if (w.decisions) {
      next = !subject
        ? rng.chance(0.5)
          ? 'not_required'
          : 'undecided'
        : w.decisions.subjectsNotify
          ? rng.chance(0.88)
            ? 'notified'
            : 'unable_to_contact'
          : 'not_required';
    } else if (status === 'notifying') {
      next = subject ? (rng.chance(0.35) ? 'notified' : 'pending') : 'undecided';
    } else if (status === 'closed') {
      next = outcome === 'duplicate' ? 'undecided' : rng.chance(0.7) ? 'not_required' : 'undecided';
    } else if (status === 'contained') {
      next = subject && rng.chance(0.2) ? 'pending' : 'undecided';
    }
    if (next === 'undecided') return fields;
    const notified = next === 'notified';
    const method: NotificationMethod = l.party.email ? (rng.chance(0.7) ? 'email' : 'letter') : rng.chance(0.8) ? 'letter' : 'phone';
    return { ...fields, notificationStatus: next, notifiedAt: notified ? at : null, notificationMethod: notified ? method : null };
  }

  // --- workflow ------------------------------------------------------------------------------------

  private workflow(kind: IncidentKind, t: { createdAt: number; discoveredAt: number }, owner: string): Workflow {
    const { rng } = this;
    const recent = this.recentByKind.get(kind) ?? [];
    let plan = OUTCOME_PLAN.pick(rng);
    if (plan === 'duplicate' && recent.length === 0) plan = 'not_a_breach';
    const moves: Move[] = [];
    let at = t.createdAt;
    let status: IncidentStatus = 'reported';
    const actor = () => (rng.chance(0.9) ? owner : this.officerAt(at));
    const go = (to: IncidentStatus, meanDays: number, reason = '', outcome: Outcome | null = null, duplicateOf: string | null = null) => {
      at += Math.round(rng.exponential(meanDays * DAY) / MINUTE) * MINUTE + 10 * MINUTE;
      moves.push({ at, actor: actor(), from: status, to, reason, outcome, duplicateOf });
      status = to;
    };
    let decisions: Decisions | null = null;
    let decisionsAt: number | null = null;
    const decide = () => {
      decisionsAt = at + Math.round(rng.exponential(3 * DAY) / MINUTE) * MINUTE + 5 * MINUTE;
      decisions = this.decisions(decisionsAt, t.discoveredAt, owner);
      at = decisionsAt;
    };
    const breachPath = (stopAt: IncidentStatus | null) => {
      const steps: IncidentStatus[] = ['triage', 'investigating', 'contained'];
      for (const s of steps) {
        go(s, s === 'triage' ? 0.8 : s === 'investigating' ? 2 : 8);
        if (s === stopAt) return;
        if (s === 'contained' && rng.chance(0.06)) {
          go('investigating', 5, rng.pick(V.REASONS_BACK));
          go('contained', 6);
        }
      }
      if (stopAt === null) decide();
      const d = decisions as Decisions | null;
      if (stopAt === 'notifying' || (d && (d.subjectsNotify || d.regulatorNotify))) {
        go('notifying', 2);
        if (stopAt === 'notifying') return;
      }
      go('closed', 10, rng.pick(V.REASONS_CLOSE.breach), 'breach');
      if (rng.chance(0.025)) {
        go('investigating', 40, rng.pick(V.REASONS_REOPEN));
        go('contained', 7);
        go('closed', 14, rng.pick(V.REASONS_CLOSE.breach), 'breach');
      }
    };
    switch (plan) {
      case 'breach':
        breachPath(null);
        break;
      case 'stale': {
        const stopAt = STALE_AT.pick(rng);
        if (stopAt === 'reported') break;
        if (stopAt === 'triage') go('triage', 1);
        else breachPath(stopAt);
        break;
      }
      case 'duplicate': {
        if (rng.chance(0.3)) go('triage', 0.5);
        go('closed', 0.5, rng.pick(V.REASONS_CLOSE.duplicate), 'duplicate', rng.pick(recent));
        break;
      }
      default: {
        const r = rng.next();
        if (r < 0.2) go('closed', 1, rng.pick(V.REASONS_CLOSE[plan]), plan);
        else if (r < 0.75) {
          go('triage', 1);
          go('closed', 3, rng.pick(V.REASONS_CLOSE[plan]), plan);
        } else {
          go('triage', 1);
          go('investigating', 2);
          go('contained', 5);
          go('closed', 6, rng.pick(V.REASONS_CLOSE[plan]), plan);
        }
      }
    }
    // Only what has happened by the bench's "now".
    const happened = moves.filter((m) => m.at <= BENCH_NOW);
    const decided = decisionsAt !== null && decisionsAt <= BENCH_NOW;
    return { moves: happened, decisions: decided ? decisions : null, decisionsAt: decided ? decisionsAt : null, outcomePlanned: plan };
  }

  private decisions(at: number, discoveredAt: number, owner: string): Decisions {
    const { rng } = this;
    const regulatorNotify = rng.chance(0.22);
    const subjectsNotify = regulatorNotify ? rng.chance(0.75) : rng.chance(0.25);
    const exemption: SubjectExemption | null = subjectsNotify ? null : rng.chance(0.7) ? 'not_high_risk' : rng.pick(SUBJECT_EXEMPTIONS);
    return {
      regulatorNotify,
      regulatorRationale: rng.pick(regulatorNotify ? V.REGULATOR_RATIONALE_YES : V.REGULATOR_RATIONALE_NO),
      regulatorDecidedAt: at,
      regulatorDecidedBy: owner,
      regulatorNotifiedAt: regulatorNotify ? Math.min(at, discoveredAt + Math.round(rng.exponential(50 * HOUR) / MINUTE) * MINUTE) : null,
      icoReference: regulatorNotify ? `IC-${rng.int(100_000, 399_999)}-${rng.hex(4).toUpperCase()}` : '',
      subjectsNotify,
      subjectsRationale: subjectsNotify ? '' : rng.pick(V.SUBJECT_RATIONALE_NO),
      subjectsExemption: exemption,
      subjectsDecidedAt: at,
      subjectsDecidedBy: owner,
      rootCause: rng.pick(V.ROOT_CAUSES),
      lessons: rng.pick(V.LESSONS),
    };
  }

  // --- content per kind ----------------------------------------------------------------------------

  private content(
    kind: IncidentKind,
    t: { discoveredAt: number; occurredAt: number | null },
    actor: string,
    link: (party: PartyRec, role: PartyRole, categories?: readonly string[]) => void,
  ): Content {
    const { rng } = this;
    const at = t.discoveredAt;
    const [doc, docCategories] = rng.pick(V.DOCUMENTS);
    const subjects = (mean: number, min: number, publicShare: number, categories: readonly string[] = docCategories) => {
      const n = rng.count(mean, min);
      for (let i = 0; i < n; i++) {
        link(rng.chance(publicShare) ? this.externalPerson(at, actor) : this.staffMember(at, actor), 'data_subject', categories);
      }
      return n;
    };
    const itemCount = (mean: number) => (rng.chance(0.75) ? rng.count(mean, 1) : null);
    const materialMarking = rng.chance(0.8) ? MATERIAL_MARKINGS.pick(rng) : null;
    const sentAt = t.occurredAt ?? at - rng.int(5, 240) * MINUTE;

    switch (kind) {
      case 'misdirected_email': {
        const sender = this.staffMember(at, actor);
        link(sender, 'sender');
        const intended: string[] = [];
        const actual: string[] = [];
        const n = rng.chance(0.82) ? 1 : rng.int(2, 4);
        let lookalike: string | null = null;
        let cause: string = rng.pick(V.EMAIL_MISTAKES);
        for (let i = 0; i < n; i++) {
          const r = rng.next();
          if (r < 0.42) {
            const { party, intended: meant } = this.lookalikeHolder(at, actor);
            link(party, 'unintended_recipient');
            intended.push(meant);
            actual.push(party.email);
            lookalike ??= party.email.split('@')[1]!;
            cause = `the address was mistyped as ${party.email.split('@')[1]} instead of ${meant.split('@')[1]}`;
          } else if (r < 0.67) {
            const party = this.externalPerson(at, actor, { needsEmail: true, reuse: 0.35 });
            link(party, 'unintended_recipient');
            intended.push(this.staffIdentity().email);
            actual.push(party.email);
          } else if (r < 0.87) {
            const party = this.staffMember(at, actor);
            if (party.id === sender.id) continue;
            link(party, 'unintended_recipient');
            intended.push(`${party.email.split('@')[0]!.replace(/\d+$/, String(rng.int(100, 999)))}@mod.gov.uk`);
            actual.push(party.email);
          } else {
            const party = this.organisation(at, actor, rng.pick(ORGS_WITH_EMAIL));
            link(party, 'unintended_recipient');
            intended.push(this.staffIdentity().email);
            actual.push(party.email);
          }
        }
        const people = subjects(5.5, 0, 0.35);
        if (rng.chance(0.08)) link(this.organisation(at, actor), 'data_owner');
        const first = actual[0] ?? 'an external address';
        const title = rng.pick([
          () => `Email to ${first} instead of ${intended[0] ?? 'the intended recipient'}`,
          () => `${cap(doc)} emailed to the wrong recipient${lookalike ? ` (${lookalike})` : ''}`,
          () => `${cap(doc)} sent to ${lookalike ? `lookalike domain ${lookalike}` : 'an unintended recipient'}`,
          () => `Misdirected email: ${doc} for ${people || 'no'} ${people === 1 ? 'person' : 'people'}`,
          () => `Autocomplete error — ${doc} sent outside the department`,
          () => `Reply-all exposed ${doc} to ${n} recipient${n === 1 ? '' : 's'}`,
        ])();
        const description = [
          `${sender.name} (${sender.organisation}) sent an email with the ${doc} attached to ${actual.join(', ') || 'an external address'} instead of ${intended.join(', ') || 'the intended recipient'}; ${cause}.`,
          people > 0
            ? `The attachment holds personal data of ${people} ${people === 1 ? 'person' : 'people'}.`
            : 'No personal data beyond business contact details is believed to be involved.',
          rng.pick(V.DISCOVERIES),
          rng.pick(V.CONTAINMENT),
        ].join(' ');
        return {
          title,
          description,
          details: {
            sender: sender.email,
            intendedRecipients: intended,
            actualRecipients: actual,
            messageId: rng.chance(0.6) ? `<${rng.hex(8).toUpperCase()}${rng.hex(8).toUpperCase()}@${rng.pick(['exchange', 'mail', 'smtp'])}.mod.gov.uk>` : '',
            sentAt,
            recallAttempted: rng.chance(0.3) ? null : rng.chance(0.5),
            recipientResponse: rng.chance(0.5)
              ? rng.pick(['Confirmed deletion.', 'No reply.', 'Replied asking what the message was about.', 'Out-of-office reply only.', 'Bounced after 48 hours.'])
              : '',
          },
          businessUnit: sender.organisation,
          reportingOfficer: sender.name,
          materialMarking,
          materialItemCount: itemCount(1.5),
        };
      }
      case 'cc_exposure': {
        const sender = this.staffMember(at, actor);
        link(sender, 'sender');
        const [group, categories] = rng.pick(CC_GROUPS);
        const n = Math.max(3, Math.min(900, Math.round(rng.logNormal(25, 1.05))));
        const addresses: string[] = [];
        for (let i = 0; i < n; i++) {
          const person = this.externalPerson(at, actor, { needsEmail: true, reuse: 0.5 });
          link(person, 'unintended_recipient');
          link(person, 'data_subject', categories);
          addresses.push(person.email);
        }
        const title = rng.pick([
          () => `${n} ${group} visible to each other in the To field`,
          () => `CC instead of BCC: email to ${n} ${group}`,
          () => `Bulk email exposed the addresses of ${n} ${group}`,
          () => `Failure to use BCC — ${group}`,
        ])();
        return {
          title,
          description: `${sender.name} sent an update to ${n} ${group} with every address in the ${rng.pick(['To', 'CC'])} field instead of BCC, so each recipient can see the others' names and email addresses. ${rng.pick(V.DISCOVERIES)} ${rng.pick(V.CONTAINMENT)}`,
          details: {
            sender: sender.email,
            recipientsExposed: n,
            recipients: addresses,
            messageId: rng.chance(0.5) ? `<${rng.hex(16).toUpperCase()}@exchange.mod.gov.uk>` : '',
            sentAt,
          },
          businessUnit: sender.organisation,
          reportingOfficer: sender.name,
          materialMarking: rng.chance(0.5) ? 'OFFICIAL' : materialMarking,
          materialItemCount: 1,
        };
      }
      case 'misdirected_post': {
        const subject = this.externalPerson(at, actor, { reuse: 0.15 });
        link(subject, 'data_subject', docCategories.includes('health') ? ['basic_identifiers', 'health'] : ['basic_identifiers', 'economic_financial']);
        if (rng.chance(0.15)) subjects(2, 1, 1);
        const wrong = this.externalPerson(at, actor, { reuse: 0.05 });
        link(wrong, 'unintended_recipient');
        const unit = BUSINESS_UNITS.pick(rng);
        if (rng.chance(0.4)) link(this.staffMember(at, actor, unit), 'sender');
        const item = rng.pick(V.POST_ITEMS);
        const via = rng.chance(0.9) ? 'post' : 'fax';
        return {
          title: rng.pick([
            () => `${cap(item)} for ${subject.name} sent to the wrong address`,
            () => `Misdirected ${via}: ${item}`,
            () => `${cap(item)} delivered to a previous address`,
            () => `Two letters swapped in the same envelope (${item})`,
          ])(),
          description: `A ${item} addressed to ${subject.name} was sent by ${via} to ${wrong.name}. ${rng.pick(['The address on the system had not been updated after a move.', 'Two letters were put into the same envelope.', 'The window envelope showed the wrong page.', 'The fax number was mistyped.'])} ${rng.pick(V.CONTAINMENT)}`,
          details: { intendedAddressee: this.postalAddress(subject.name), actualAddressee: this.postalAddress(wrong.name), item },
          businessUnit: unit,
          reportingOfficer: this.staffIdentity(unit).name,
          materialMarking: rng.chance(0.7) ? 'OFFICIAL' : materialMarking,
          materialItemCount: rng.int(1, 4),
        };
      }
      case 'lost_document': {
        const holder = this.staffMember(at, actor);
        if (rng.chance(0.6)) link(holder, 'other');
        const people = subjects(10, 1, 0.3);
        const where = rng.pick(V.PLACES);
        const found = rng.chance(0.35);
        let foundBy = '';
        if (found) {
          const finder = rng.chance(0.6)
            ? this.externalPerson(at, actor, { reuse: 0.02, notes: 'Found the papers and handed them in.' })
            : this.organisation(at, actor, rng.pick([23, 24, 25, 32, 33]));
          link(finder, 'third_party');
          foundBy = finder.name;
        }
        const pages = rng.count(14, 1);
        return {
          title: rng.pick([
            () => `${cap(doc)} left at ${where}`,
            () => `Papers lost in transit: ${doc}`,
            () => `${pages} pages of ${doc} missing after a meeting`,
            () => `Folder containing ${doc} lost by ${holder.name}`,
            () => `${cap(doc)} found by a member of the public at ${where}`,
          ])(),
          description: `${holder.name} took ${pages} pages of ${doc} (${people} ${people === 1 ? 'person' : 'people'} named) off site and left them at ${where}. ${found ? `They were found by ${foundBy}.` : 'They have not been recovered.'} ${rng.pick(V.CONTAINMENT)}`,
          details: {
            documentDescription: `${cap(doc)}, ${pages} pages`,
            pageCount: pages,
            lostWhere: where,
            lostAt: t.occurredAt,
            foundBy,
            recovered: found ? true : rng.chance(0.5) ? false : null,
            onwardDisclosure: found && rng.chance(0.3) ? 'Finder passed copies to a journalist.' : '',
          },
          businessUnit: holder.organisation,
          reportingOfficer: holder.name,
          materialMarking,
          materialItemCount: pages,
        };
      }
      case 'lost_device': {
        const holder = this.staffMember(at, actor);
        link(holder, 'other');
        const device = rng.pick(V.DEVICES);
        const encrypted = device.startsWith('unencrypted') ? false : rng.chance(0.15) ? null : rng.chance(0.85);
        const people = encrypted ? (rng.chance(0.6) ? 0 : subjects(3, 1, 0.2)) : subjects(6, 1, 0.25);
        const where = rng.pick(V.PLACES);
        const stolen = rng.chance(0.35);
        return {
          title: rng.pick([
            () => `${cap(device)} ${stolen ? 'stolen' : 'lost'} at ${where}`,
            () => `${cap(device)} ${stolen ? 'stolen from a car' : 'missing after travel'}`,
            () => `Loss of ${device} (asset ${rng.int(100000, 999999)})`,
          ])(),
          description:
            `${holder.name} reported that their ${device} was ${stolen ? 'stolen' : 'lost'} at ${where}. ${encrypted ? 'The device is encrypted to the standard build.' : encrypted === false ? 'The device was not encrypted.' : 'Whether the device was encrypted is being checked.'} ${people > 0 ? `It held personal data of ${people} ${people === 1 ? 'person' : 'people'}.` : ''} ${stolen ? 'Reported to the police.' : ''}`
              .replace(/\s+/g, ' ')
              .trim(),
          details: {
            deviceType: device,
            assetTag: `MOD-${rng.pick(['LT', 'MB', 'TB', 'HD', 'US'])}-${rng.int(100000, 999999)}`,
            encrypted,
            remoteWiped: device.includes('USB') ? null : rng.chance(0.6),
          },
          businessUnit: holder.organisation,
          reportingOfficer: holder.name,
          materialMarking,
          materialItemCount: null,
        };
      }
      case 'unauthorised_disclosure': {
        const discloser = this.staffMember(at, actor);
        link(discloser, rng.chance(0.5) ? 'sender' : 'other');
        const how = rng.pick(V.DISCLOSURE_HOW);
        const recipients = rng.chance(0.7) ? 1 : 2;
        const toWhom: string[] = [];
        for (let i = 0; i < recipients; i++) {
          const r = rng.chance(0.6) ? this.externalPerson(at, actor) : this.organisation(at, actor);
          link(r, 'unintended_recipient');
          toWhom.push(r.name);
        }
        const people = subjects(3, 1, 0.4);
        return {
          title: rng.pick([
            () => `Unauthorised disclosure: ${how}`,
            () => `${cap(doc)} disclosed without authority`,
            () => `Personal data of ${people} ${people === 1 ? 'person' : 'people'} disclosed to ${toWhom[0]}`,
            () => `Failure to redact ${doc}`,
          ])(),
          description: `In ${discloser.organisation}, ${how}. The information (${doc}) reached ${toWhom.join(' and ')}. ${rng.pick(V.CONTAINMENT)}`,
          details: { how: cap(how), toWhom: toWhom.join('; ') },
          businessUnit: discloser.organisation,
          reportingOfficer: this.staffIdentity().name,
          materialMarking,
          materialItemCount: itemCount(2),
        };
      }
      case 'insecure_disposal': {
        const what = rng.pick(V.DISPOSAL_ITEMS);
        const where = rng.pick(V.DISPOSAL_PLACES);
        const contractor = rng.chance(0.5) ? this.organisation(at, actor, rng.pick([2, 3, 4, 9, 12])) : null;
        if (contractor) link(contractor, 'third_party');
        const people = subjects(14, 1, 0.3);
        if (rng.chance(0.3)) link(this.externalPerson(at, actor, { reuse: 0.02, notes: 'Found the material and reported it.' }), 'third_party');
        const unit = BUSINESS_UNITS.pick(rng);
        return {
          title: rng.pick([() => `${cap(what)} found in ${where}`, () => `Insecure disposal of ${what}`, () => `${cap(doc)} not shredded: found in ${where}`])(),
          description: `${cap(what)} containing ${doc} for ${people} ${people === 1 ? 'person' : 'people'} were disposed of insecurely and found in ${where}${contractor ? ` after collection by ${contractor.name}` : ''}. ${rng.pick(V.CONTAINMENT)}`,
          details: { what: cap(what), where },
          businessUnit: unit,
          reportingOfficer: this.staffIdentity(unit).name,
          materialMarking,
          materialItemCount: itemCount(20),
        };
      }
      case 'cyber': {
        const cyberType = rng.pick(CYBER_TYPES);
        const supplier = rng.chance(0.4) ? this.organisation(at, actor, rng.pick([0, 1, 5, 10, 15])) : null;
        if (supplier) link(supplier, 'third_party');
        const people = subjects(24, 1, 0.5, rng.chance(0.3) ? ['identification_data', 'basic_identifiers'] : docCategories);
        const unit = rng.chance(0.5) ? 'Defence Digital' : BUSINESS_UNITS.pick(rng);
        const label = cyberType.replaceAll('_', ' ');
        return {
          title: rng.pick([
            () => `${cap(label)} incident affecting ${unit}`,
            () => `${cap(label)}: ${doc} possibly accessed`,
            () => `${supplier ? `${supplier.name}: ` : ''}${label} compromise`,
            () => `Compromised account used to read ${doc}`,
          ])(),
          description: `${cap(label)} detected by the security operations centre${supplier ? ` at ${supplier.name}` : ''}. Records of ${people} ${people === 1 ? 'person' : 'people'} (${doc}) may have been accessed. ${rng.pick(['Accounts disabled and credentials reset.', 'Affected servers isolated.', 'Forensic investigation under way.', 'NCSC informed.'])}`,
          details: {
            cyberType,
            confidentialityAffected: rng.pick(['yes', 'yes', 'unknown', 'no']),
            integrityAffected: rng.pick(['no', 'no', 'unknown', 'yes']),
            availabilityAffected: rng.pick(['no', 'no', 'unknown', 'yes']),
            impact: rng.pick(CYBER_IMPACTS),
            recoveryTime: rng.pick(CYBER_RECOVERY_TIMES),
          },
          businessUnit: unit,
          reportingOfficer: this.staffIdentity(unit).name,
          materialMarking,
          materialItemCount: null,
        };
      }
      default: {
        const unit = BUSINESS_UNITS.pick(rng);
        const people = rng.chance(0.7) ? subjects(1.5, 1, 0.5) : 0;
        if (rng.chance(0.4)) link(this.staffMember(at, actor, unit), 'other');
        const summary = rng.pick([
          `Visitor badge register with ${doc} left unattended at reception`,
          `Whiteboard with ${doc} photographed by a contractor`,
          `Personal data read out over a loudspeaker in ${rng.pick(V.PLACES)}`,
          `CCTV footage retained beyond the retention period`,
          `Access card of a leaver not cancelled`,
          `Sensitive conversation overheard at ${rng.pick(V.PLACES)}`,
        ]);
        return {
          title: summary,
          description: `${summary}. ${people > 0 ? `Personal data of ${people} ${people === 1 ? 'person' : 'people'} involved.` : 'Whether personal data was involved is being established.'}`,
          details: { summary },
          businessUnit: unit,
          reportingOfficer: this.staffIdentity(unit).name,
          materialMarking: rng.chance(0.5) ? null : materialMarking,
          materialItemCount: null,
        };
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------------
// The shapes the core records in the audit log (mirroring incidentService's and involvementService's)

/** The incident as first saved, in the field order of the core's snapshot (toIncident minus bookkeeping). */
function snapshotOf(row: IncidentRow): Record<string, unknown> {
  const {
    id: _id,
    reference: _r,
    version: _v,
    createdAt: _ca,
    createdBy: _cb,
    updatedAt: _ua,
    updatedBy: _ub,
    affectedCount: _a,
    partyCount: _p,
    isDemo: _d,
    subjectsToldAt: _t,
    ...rest
  } = toIncident(row);
  return rest;
}

function involvementSnapshot(f: {
  roles: PartyRole[];
  dataCategories: DataCategory[];
  notificationStatus: NotificationStatus;
  notifiedAt: number | null;
  notificationMethod: NotificationMethod | null;
}) {
  return {
    roles: [...f.roles].sort(),
    dataCategories: [...f.dataCategories].sort(),
    notificationStatus: f.notificationStatus,
    notifiedAt: f.notifiedAt,
    notificationMethod: f.notificationMethod,
  };
}

function decisionSnapshot(d: Decisions): Record<string, unknown> {
  return {
    regulatorNotify: d.regulatorNotify,
    regulatorRationale: d.regulatorRationale,
    regulatorDecidedAt: d.regulatorDecidedAt,
    regulatorDecidedBy: d.regulatorDecidedBy,
    regulatorNotifiedAt: d.regulatorNotifiedAt,
    icoReference: d.icoReference,
    subjectsNotify: d.subjectsNotify,
    subjectsRationale: d.subjectsRationale,
    subjectsExemption: d.subjectsExemption,
    subjectsDecidedAt: d.subjectsDecidedAt,
    subjectsDecidedBy: d.subjectsDecidedBy,
    rootCause: d.rootCause,
    lessons: d.lessons,
  };
}

/**
 * A prepared INSERT of the given columns that this schema has. Fails loudly when the schema has gained
 * a required column the generator does not fill (the migration changed: teach the generator, bump
 * GENERATOR_VERSION), rather than writing rows the core would never write.
 */
function insertInto(db: Db, table: string, columns: string[]) {
  const info = db
    .prepare<[string], { name: string; notnull: number; dflt_value: string | null; pk: number }>('SELECT name, "notnull", dflt_value, pk FROM pragma_table_info(?)')
    .all(table);
  const present = new Set(info.map((c) => c.name));
  const missing = info.filter((c) => c.notnull === 1 && c.dflt_value === null && c.pk === 0 && !columns.includes(c.name)).map((c) => c.name);
  if (missing.length > 0) {
    throw new Error(`The schema requires ${table}.${missing.join(`, ${table}.`)}, which test/bench/generate.ts does not fill: update the generator for the new schema.`);
  }
  const used = columns.filter((c) => present.has(c));
  return db.prepare(`INSERT INTO ${table} (${used.join(', ')}) VALUES (${used.map((c) => `@${c}`).join(', ')})`);
}

/** The local part of an address from a name: lower case, no accents or apostrophes. */
function local(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z-]/g, '');
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
