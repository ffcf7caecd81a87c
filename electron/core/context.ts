import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { OfficerSchema } from '../../shared/contract/session';
import { watchAuditedTables } from './audit/rowDigests';
import { TRUSTS_NOTHING, type AuditSigner, type TrustedKeys } from './audit/signing';
import type { Db } from './db/openDatabase';
import { createFileRegistry, type FileRegistry } from './files/fileRegistry';
import { createEventBus, type EventBus } from './jobs/events';
import { createJobRunner, type JobRunner } from './jobs/jobRunner';
import { createLogger } from './log';
import { readSetting } from './settings/settingsRepository';

/**
 * What every core operation runs against: a database handle, a clock, an id source and the actor.
 * Tests inject a fixed clock and counter ids; the shell, the harness and the CLI use the defaults.
 */
export type CoreContext = {
  db: Db;
  now: () => number;
  newId: () => string;
  /** Who is acting, or null when nobody has said yet (first run). */
  actor: () => string | null;
  /**
   * Where the bundled report fonts are (DejaVu Sans: Latin and Cyrillic, so names and homoglyph domains
   * print as they are). Beside this file in a checkout; the packaged app passes its resources folder.
   */
  fontsDir: string;
  /** Files handed in by the shell, the harness or the CLI, by handle. */
  files: FileRegistry;
  /** Events to the UI: job progress and finish, data changed. */
  events: EventBus;
  /** Long work (gateway-log imports), with progress and cancel. */
  jobs: JobRunner;
  /**
   * The logged-in account's signing key, which signs the audit entries each write appends; null before
   * login and where nobody holds a key (a register whose history is signed then refuses writes).
   */
  signer: AuditSigner | null;
  /** The keys whose signatures verify accepts, with the role each had: the roster (docs/audit-format.md). */
  trustedKeys: TrustedKeys;
};

export type CoreOptions = Partial<Omit<CoreContext, 'db'>>;

export function createContext(db: Db, options: CoreOptions = {}): CoreContext {
  watchAuditedTables(db);
  const events = options.events ?? createEventBus();
  return {
    db,
    now: options.now ?? Date.now,
    newId: options.newId ?? randomUUID,
    actor: options.actor ?? (() => officerName(db)),
    fontsDir: options.fontsDir ?? join(__dirname, 'reports', 'fonts'),
    files: options.files ?? createFileRegistry(),
    events,
    jobs: options.jobs ?? createJobRunner(events, createLogger('jobs')),
    signer: options.signer ?? null,
    trustedKeys: options.trustedKeys ?? TRUSTS_NOTHING,
  };
}

/** The officer recorded on first run, who acts when no one else is named. */
export function officerName(db: Db): string | null {
  return readSetting(db, 'officer', OfficerSchema.nullable(), null)?.name ?? null;
}
