import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore, type Core } from '../fixtures/core';
import { migrate } from '../../electron/core/db/migrate';
import { closeDatabase, openDatabase, type Db } from '../../electron/core/db/openDatabase';
import { setOfficer } from '../../electron/core/session/sessionService';
import { exchangeLog, exchangeRow } from '../fixtures/emailFiles';
import { Rng } from './rng';

/**
 * The seed story at full size: a 117,000-line Exchange message tracking log, most of it mail meant for
 * .mil that went to 135 .ml lookalike domains, imported through the core (stream, parse, classify,
 * write, audit) on a fresh database, beside a plain better-sqlite3 baseline that inserts the same
 * messages into an equivalent table in one transaction with one prepared statement, in the same run.
 * The log is generated in memory from a fixed seed (about a second: not worth a cache).
 */
export type GatewayBenchRow = {
  operation: string;
  detail: string;
  casebook: Timing;
  raw: Timing;
  ratio: number;
  targetMs: number | null;
  pass: boolean | null;
  /** Whether the baseline stored the same messages as the core (count and every recipient). */
  sameRows: boolean;
};
type Timing = { medianMs: number; p95Ms: number; minMs: number; runs: number };

const ROWS = 117_000;
const ADDRESSES = 15_000;
const RUNS = 3;
const SEED = 20_230_717;
/** The goal: the whole import within twice the time of the bare insert. */
const TARGET_RATIO = 2;

const COMPONENTS = [
  'army',
  'navy',
  'af',
  'usmc',
  'spaceforce',
  'uscg',
  'disa',
  'dla',
  'dtra',
  'dia',
  'nga',
  'nro',
  'socom',
  'centcom',
  'eucom',
  'africom',
  'indopacom',
  'northcom',
  'southcom',
  'stratcom',
  'transcom',
  'cybercom',
  'darpa',
  'dha',
  'health',
  'osd',
  'jcs',
  'dodea',
  'dfas',
  'dcsa',
  'dcma',
  'dodig',
  'dau',
  'ndu',
  'usuhs',
  'whs',
  'pentagon',
  'ng',
  'us',
  'mail',
  'hq',
  'ang',
  'usar',
  'navsea',
  'navair',
];
const SUBDOMAINS = ['mail', 'us', 'ext', 'hq', 'smtp', 'web', 'portal', 'ops', 'mx'];
const OTHER_DOMAINS = ['army.mil', 'navy.mil', 'mod.gov.uk', 'nato.int', 'gmail.com', 'outlook.com'];
const FIRST = ['james', 'mary', 'john', 'patricia', 'robert', 'jennifer', 'michael', 'linda', 'david', 'sarah', 'joseph', 'karen', 'daniel', 'lisa', 'mark', 'amy'];
const LAST = [
  'smith',
  'johnson',
  'williams',
  'brown',
  'jones',
  'garcia',
  'miller',
  'davis',
  'martinez',
  'lopez',
  'wilson',
  'anderson',
  'thomas',
  'taylor',
  'moore',
  'lee',
];
const SENDERS = Array.from({ length: 400 }, (_, i) => `${FIRST[i % FIRST.length]}.${LAST[(i * 7) % LAST.length]}${i}@mod.gov.uk`);

/** 135 lookalike domains: the components under .ml, and hosts under the ten busiest of them. */
export function lookalikeDomains(): string[] {
  const bases = COMPONENTS.map((c) => `${c}.ml`);
  const hosts = bases.slice(0, 10).flatMap((b) => SUBDOMAINS.map((s) => `${s}.${b}`));
  return [...bases, ...hosts];
}

/** The log, deterministic: skewed recipients (a few addresses get most of the mail), some lines per message. */
export function generateGatewayLog(): string {
  const rng = new Rng(SEED);
  const lookalikes = lookalikeDomains();
  const addresses = Array.from({ length: ADDRESSES }, (_, i) => {
    const domain = rng.chance(0.9) ? rng.pickSkewed(lookalikes, 2.5) : rng.pick(OTHER_DOMAINS);
    return `${rng.pick(FIRST)}.${rng.pick(LAST)}${i}@${domain}`;
  });
  const rows: string[] = [];
  let at = Date.UTC(2023, 0, 2, 7, 0);
  for (let n = 0; rows.length < ROWS; n++) {
    at += rng.int(5_000, 900_000);
    const recipients = Array.from({ length: rng.count(1.3) }, () => rng.pickSkewed(addresses, 3));
    const message = {
      recipients,
      sender: rng.pick(SENDERS),
      subject: `Re: ${rng.pick(['Movement orders', 'Crew list', 'Leave roster', 'Travel itinerary', 'Site access, phase 2'])} ${n}`,
      messageId: `<${rng.hex(16)}@mod.gov.uk>`,
    };
    // Exchange writes a RECEIVE line and then a SEND line for most messages sent out of the organisation.
    if (rng.chance(0.6)) rows.push(exchangeRow({ ...message, at: new Date(at).toISOString(), event: 'RECEIVE' }));
    rows.push(exchangeRow({ ...message, at: new Date(at + 800).toISOString(), event: 'SEND' }));
  }
  return exchangeLog(rows.slice(0, ROWS));
}

type Fresh = { db: Db; core: Core; done: () => void };

function freshCasebook(): Fresh {
  const dir = mkdtempSync(join(tmpdir(), 'casebook-gateway-bench-'));
  const db = openDatabase(join(dir, 'casebook.db'));
  migrate(db);
  const core = createCore(db, { log: { error: () => {}, info: () => {} } });
  setOfficer(core.context, { name: 'Bench Officer', businessUnit: 'Departmental Security' });
  return { db, core, done: () => (closeDatabase(db), rmSync(dir, { recursive: true, force: true })) };
}

/** The whole import through the core, from handing in the bytes to the job's end. */
async function importThroughCore(bytes: Uint8Array): Promise<{ ms: number; readMs: number; recipients: string[] }> {
  const { db, core, done } = freshCasebook();
  try {
    const start = performance.now();
    let readMs = 0;
    core.context.events.subscribe((e) => {
      // The first event of the writing phase ends the reading; the write sends more as it goes.
      if (e.type === 'job:progress' && e.progress.phase === 'writing' && readMs === 0) readMs = performance.now() - start;
    });
    const { fileId } = core.context.files.putBytes('MSGTRK2023071700-1.LOG', bytes);
    const started = core.call('gatewayLogs:import', { fileId, format: 'exchange', awareAt: Date.UTC(2026, 10, 27, 8, 0) });
    if (!started.ok) throw new Error(started.error.message);
    const job = await core.context.jobs.settled(started.value.jobId);
    const ms = performance.now() - start;
    if (job.state !== 'done') throw new Error(`gateway import ${job.state}: ${job.error?.message}`);
    const recipients = db
      .prepare<[], { r: string }>('SELECT recipient || char(10) || message_id AS r FROM email_messages ORDER BY 1')
      .all()
      .map((x) => x.r);
    return { ms, readMs, recipients };
  } finally {
    done();
  }
}

type Parsed = {
  sentAt: number;
  sender: string;
  recipient: string;
  domain: string;
  lookalikeOf: string;
  typoClass: string | null;
  reason: string;
  subject: string;
  messageId: string;
  partyId: string;
};

/** The same messages the core kept, read back once to feed the baseline. */
async function parsedMessages(bytes: Uint8Array): Promise<Parsed[]> {
  const { db, core, done } = freshCasebook();
  try {
    const started = core.call('gatewayLogs:import', {
      fileId: core.context.files.putBytes('x.LOG', bytes).fileId,
      format: 'exchange',
      awareAt: Date.UTC(2026, 10, 27, 8, 0),
    });
    if (!started.ok) throw new Error(started.error.message);
    await core.context.jobs.settled(started.value.jobId);
    return db
      .prepare<[], Parsed>(
        `SELECT sent_at AS sentAt, sender, recipient, recipient_domain AS domain, lookalike_of AS lookalikeOf, typo_class AS typoClass,
           domain_reason AS reason, subject, message_id AS messageId, party_id AS partyId
         FROM email_messages ORDER BY seq`,
      )
      .all();
  } finally {
    done();
  }
}

/** A table shaped like email_messages, with its columns (the classifier's reason included) and indexes, and nothing else. */
const PLAIN_TABLE = `CREATE TABLE email_messages (
  seq INTEGER PRIMARY KEY, incident_id TEXT NOT NULL, evidence_id TEXT, import_id TEXT, sent_at INTEGER, sender TEXT NOT NULL COLLATE NOCASE,
  recipient TEXT NOT NULL COLLATE NOCASE, recipient_domain TEXT NOT NULL COLLATE NOCASE, recipient_field TEXT NOT NULL,
  domain_class TEXT NOT NULL, lookalike_of TEXT, typo_class TEXT, subject TEXT NOT NULL, message_id TEXT NOT NULL, party_id TEXT, domain_reason TEXT NOT NULL) STRICT;
CREATE INDEX by_incident ON email_messages (incident_id, seq);
CREATE INDEX by_domain ON email_messages (recipient_domain, incident_id);
CREATE INDEX by_sender ON email_messages (sender, incident_id) WHERE sender <> '';
CREATE INDEX by_evidence ON email_messages (evidence_id) WHERE evidence_id IS NOT NULL;`;

/**
 * The migrated email_messages itself (foreign keys, CHECKs), with the parents its rows need — one import,
 * one bare incident per domain — written before the clock starts.
 */
function migratedTable(db: Db, domains: string[]): void {
  migrate(db);
  db.prepare(
    `INSERT INTO gateway_imports (id, file_name, sha256, size, format, row_count, message_count, imported_at, imported_by)
     VALUES ('import', 'x.LOG', ?, 0, 'exchange', 0, 0, 0, 'bench')`,
  ).run('0'.repeat(64));
  const incident = db.prepare(
    `INSERT INTO incidents (id, reference, reference_sort, kind, details, title, discovered_at, record_marking, status, version, created_at, created_by, updated_at, updated_by)
     VALUES (?, ?, ?, 'misdirected_email', '{}', ?, 0, 'OFFICIAL', 'reported', 1, 0, 'bench', 0, 'bench')`,
  );
  domains.forEach((d, i) => incident.run(d, `INC-2023-${String(i + 1).padStart(4, '0')}`, 2023_000_000 + i + 1, d));
}

/**
 * The baseline: one prepared INSERT of the kept messages, in one transaction, into `table`, every column the
 * core writes. The migrated table's party_id stays empty: its parties are the import's own work, not the baseline's.
 */
function insertRaw(messages: Parsed[], table: 'plain' | 'migrated'): { ms: number; recipients: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'casebook-gateway-raw-'));
  const db = openDatabase(join(dir, 'raw.db'));
  try {
    if (table === 'plain') db.exec(PLAIN_TABLE);
    else migratedTable(db, [...new Set(messages.map((m) => m.domain))]);
    const start = performance.now();
    const insert = db.prepare(
      `INSERT INTO email_messages (incident_id, evidence_id, import_id, sent_at, sender, recipient, recipient_domain, recipient_field, domain_class, lookalike_of, typo_class,
         domain_reason, subject, message_id, party_id)
       VALUES (?, NULL, 'import', ?, ?, ?, ?, 'unknown', 'lookalike', ?, ?, ?, ?, ?, ?)`,
    );
    db.transaction(() => {
      for (const m of messages) {
        insert.run(
          m.domain,
          m.sentAt,
          m.sender,
          m.recipient,
          m.domain,
          m.lookalikeOf,
          m.typoClass,
          m.reason,
          m.subject,
          m.messageId,
          table === 'plain' ? m.partyId : null,
        );
      }
    }).immediate();
    const ms = performance.now() - start;
    const recipients = db
      .prepare<[], { r: string }>('SELECT recipient || char(10) || message_id AS r FROM email_messages ORDER BY 1')
      .all()
      .map((x) => x.r);
    return { ms, recipients };
  } finally {
    closeDatabase(db);
    rmSync(dir, { recursive: true, force: true });
  }
}

function summarise(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return { medianMs: sorted[Math.floor(sorted.length / 2)]!, p95Ms: sorted[sorted.length - 1]!, minMs: sorted[0]!, runs: sorted.length };
}

export async function benchGatewayImport(): Promise<GatewayBenchRow[]> {
  const bytes = new TextEncoder().encode(generateGatewayLog());
  const messages = await parsedMessages(bytes);
  const ours: number[] = [];
  const reading: number[] = [];
  const baselines = { plain: [] as number[], migrated: [] as number[] };
  let same = true;
  for (let i = 0; i < RUNS; i++) {
    const core = await importThroughCore(bytes);
    ours.push(core.ms);
    reading.push(core.readMs);
    for (const table of ['plain', 'migrated'] as const) {
      const raw = insertRaw(messages, table);
      baselines[table].push(raw.ms);
      same &&= core.recipients.length === raw.recipients.length && core.recipients.every((r, j) => r === raw.recipients[j]);
    }
  }
  const casebook = summarise(ours);
  const what = `${ROWS.toLocaleString('en-GB')}-line Exchange log (${(bytes.length / 1e6).toFixed(1)} MB), ${messages.length.toLocaleString('en-GB')} lookalike messages kept; reading ${summarise(reading).medianMs.toFixed(0)} ms of the import (median)`;
  const row = (table: 'plain' | 'migrated', baseline: string): GatewayBenchRow => {
    const raw = summarise(baselines[table]);
    const ratio = casebook.medianMs / raw.medianMs;
    return {
      operation: 'gatewayLogs:import',
      detail: `${what}; baseline: ${baseline}`,
      casebook,
      raw,
      ratio,
      targetMs: null,
      pass: ratio <= TARGET_RATIO,
      sameRows: same,
    };
  };
  return [
    row('plain', 'bare INSERT of those messages into a plain table with the same columns and indexes'),
    row('migrated', 'bare INSERT of those messages into the migrated email_messages (its foreign keys and CHECKs)'),
  ];
}
