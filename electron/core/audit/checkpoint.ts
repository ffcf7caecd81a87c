import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import type { AuditVerification } from '../../../shared/contract/audit';
import type { CoreContext } from '../context';
import type { Db } from '../db/openDatabase';
import { readAuditFingerprint } from '../reports/auditFingerprint';
import { isEntrySignedBy, signEntry, type TrustedKeys } from './signing';

/**
 * The log's length and head after the last write, signed by the writer, kept outside the database:
 * `<register>.checkpoint`, and a copy in every backup. Compared with the log it names a log cut short
 * or rewritten; it cannot name a log cut short together with the checkpoint put back from an older
 * copy on the same disk — only an anchor held elsewhere (a backup, a report's fingerprint) does that.
 */
const AnchorSchema = z.strictObject({
  entryCount: z.number().int().min(0),
  headHash: z.string().regex(/^[0-9a-f]{64}$/),
  at: z.number().int(),
  keyId: z.string().nullable(),
  signature: z.string().nullable(),
});
/**
 * The last checkpoint an administrator's key signed rides along in every later one: the everyday verify
 * starts there. An officer or reviewer can carry it forward but cannot move it (they cannot sign as one).
 */
const CheckpointSchema = AnchorSchema.extend({ adminAnchor: AnchorSchema.nullable().default(null) });
export type Anchor = z.output<typeof AnchorSchema>;
export type Checkpoint = z.output<typeof CheckpointSchema>;

export const checkpointPath = (dbFile: string) => `${dbFile}.checkpoint`;

/** What a checkpoint's signature covers, labelled so it can never pass as an entry's. */
const signedText = (c: Pick<Checkpoint, 'entryCount' | 'headHash' | 'at'>) => `checkpoint\n${c.entryCount}\n${c.headHash}\n${c.at}`;

/** The file a register's checkpoint lives in, or null for a register in memory. */
export function checkpointFileOf(db: Db): string | null {
  return db.memory || db.name === '' ? null : checkpointPath(db.name);
}

/** Writes the checkpoint after a write has committed, when the log has moved; atomically (a crash leaves the old one). */
export function writeCheckpoint(ctx: CoreContext): void {
  const file = checkpointFileOf(ctx.db);
  if (file === null || ctx.db.inTransaction) return;
  const head = readAuditFingerprint(ctx.db);
  const current = readCheckpoint(file);
  if (current && current.entryCount === head.entryCount && current.headHash === head.headHash) return;
  const body = { entryCount: head.entryCount, headHash: head.headHash, at: ctx.now() };
  const signed: Anchor = { ...body, keyId: ctx.signer?.keyId ?? null, signature: ctx.signer ? signEntry(ctx.signer, signedText(body)) : null };
  const isAdministrator = ctx.signer !== null && ctx.trustedKeys(ctx.signer.keyId)?.role === 'administrator';
  const checkpoint: Checkpoint = { ...signed, adminAnchor: isAdministrator ? signed : (current?.adminAnchor ?? null) };
  // A temporary name of its own: another program on the same register may be writing its checkpoint now.
  const temp = `${file}.${randomBytes(6).toString('hex')}.writing`;
  try {
    writeFileSync(temp, `${JSON.stringify(checkpoint, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

export function readCheckpoint(file: string): Checkpoint | null {
  if (!existsSync(file)) return null;
  try {
    return CheckpointSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return null;
  }
}

/** Where the everyday verify may start: the administrator's anchor, if an administrator's key in the roster signed it. */
export function trustedAnchor(checkpoint: Checkpoint | null, trustedKeys: TrustedKeys): Anchor | null {
  const anchor = checkpoint?.adminAnchor ?? null;
  if (anchor === null || anchor.keyId === null || anchor.signature === null) return null;
  const key = trustedKeys(anchor.keyId);
  return key?.role === 'administrator' && isEntrySignedBy(key, signedText(anchor), anchor.signature) ? anchor : null;
}

/**
 * Holds a verified log to a checkpoint: its signature must be by a key the roster holds, and the log must
 * still hold the entry it names, with the same hash. Returns the problem in plain words, or null.
 */
export function checkpointProblem(db: Db, verification: AuditVerification, checkpoint: Checkpoint, trustedKeys: TrustedKeys, where: string): string | null {
  if (checkpoint.keyId !== null) {
    const key = trustedKeys(checkpoint.keyId);
    if (!key || checkpoint.signature === null || !isEntrySignedBy(key, signedText(checkpoint), checkpoint.signature)) {
      return `The checkpoint ${where} is not signed by a key the register’s roster holds: it was forged or altered.`;
    }
  }
  if (verification.entryCount < checkpoint.entryCount) {
    return `The log holds ${verification.entryCount} entries, but the checkpoint ${where} records ${checkpoint.entryCount}: entries were cut from its end.`;
  }
  const at = db.prepare<[number], { hash: string }>('SELECT hash FROM audit_log WHERE seq = ?').get(checkpoint.entryCount);
  if (checkpoint.entryCount > 0 && at?.hash !== checkpoint.headHash) {
    return `Entry ${checkpoint.entryCount} is not the one the checkpoint ${where} records: the log was rewritten.`;
  }
  return null;
}

/**
 * A head hash printed on a report (the first 16 characters or all 64): is that entry still in the log?
 * A log cut short or rewritten after the report no longer holds it.
 */
export function fingerprintProblem(db: Db, fingerprint: string): string | null {
  const head = fingerprint.toLowerCase();
  const found = db
    .prepare<[string, string], { seq: number }>('SELECT seq FROM audit_log WHERE hash >= ? AND hash <= ? LIMIT 1')
    .get(head, `${head}${'f'.repeat(64 - head.length)}`);
  return found ? null : `No entry of the log has the head hash ${fingerprint} printed on the report: the log was cut short or rewritten after it was printed.`;
}
