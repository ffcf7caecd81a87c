import type { AuditVerification } from '../../../shared/contract/audit';
import type { SecuritySettings } from '../../../shared/contract/security';
import type { Db } from '../db/openDatabase';
import { readSecurity } from '../vault/vaultSettings';
import { mayRecord } from './actionAccess';
import { entryHash, GENESIS_HASH, type AuditRow } from './auditLog';
import { stateDigest, tableState } from './rowDigests';
import { ANY_ACTOR, isEntrySignedBy, TRUSTS_NOTHING, type TrustedKey, type TrustedKeys } from './signing';

export type VerifyOptions = {
  /** The roster; without it nothing signed verifies. */
  trustedKeys?: TrustedKeys;
  /** Links and hashes only, for comparing a copy with the register it was made from (the keys are checked there). */
  chainOnly?: boolean;
  /**
   * The everyday verify: only the entries after this one (an administrator's checkpoint), whose hash must
   * still be the one recorded. The tables are checked by the full verify only.
   */
  since?: { entryCount: number; headHash: string };
};

/** The digest the log last recorded for each audited table, and the entry that recorded it. */
type RecordedDigests = Map<string, { digest: string; seq: number }>;

/**
 * Re-computes the chain from the first entry and checks each signed write: a changed, removed, inserted
 * or re-ordered entry breaks the chain at that entry; an entry signed by a key the roster does not hold,
 * by another account than the one it names, or recording what the signer's role may not do, is named; so
 * is a time earlier than the entry before, an unsigned entry after signatures began, and a write whose
 * entries no signature covers. A truncated tail shows as a different head hash and count.
 */
export function verifyAudit(db: Db, options: VerifyOptions = {}): AuditVerification {
  const trusted = options.trustedKeys ?? TRUSTS_NOTHING;
  let settings: SecuritySettings | undefined;
  const currentSettings = () => (settings ??= readSecurity(db));
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let lastAt = -Infinity;
  let signedFrom: number | null = null;
  if (options.since && options.since.entryCount > 0) {
    const { entryCount, headHash } = options.since;
    const anchor = db.prepare<[number], { hash: string; at: number; format: number }>('SELECT hash, at, format FROM audit_log WHERE seq = ?').get(entryCount);
    if (anchor?.hash !== headHash) {
      return {
        ok: false,
        entryCount,
        headHash,
        firstBadSeq: entryCount,
        problem: `Entry ${entryCount} is not the one the administrator’s checkpoint records: the log was rewritten.`,
      };
    }
    expectedSeq = entryCount + 1;
    prevHash = headHash;
    if (anchor.format === 2) [signedFrom, lastAt] = [entryCount, anchor.at];
  }
  let unsignedSince: { seq: number; keyId: string } | null = null;
  const recorded: RecordedDigests = new Map();
  for (const row of db.prepare<[number], AuditRow>('SELECT * FROM audit_log WHERE seq >= ? ORDER BY seq').iterate(expectedSeq)) {
    const fail = (problem: string): AuditVerification => ({ ok: false, entryCount: row.seq, headHash: prevHash, firstBadSeq: row.seq, problem });
    if (row.seq !== expectedSeq) return fail(`Entry ${expectedSeq} is missing: the log jumps to entry ${row.seq}.`);
    if (row.prev_hash !== prevHash) return fail(`Entry ${row.seq} does not follow entry ${row.seq - 1}: its link to the previous hash is broken.`);
    if (entryHash(prevHash, row) !== row.hash) return fail(`Entry ${row.seq} has been altered: its content no longer matches its hash.`);
    if (!options.chainOnly) {
      const problem = signedEntryProblem(row, signedFrom, lastAt, unsignedSince, trusted, currentSettings);
      if (problem) return fail(problem);
      if (row.format === 2) {
        signedFrom ??= row.seq;
        lastAt = row.at;
        unsignedSince = row.signature === null ? (unsignedSince ?? { seq: row.seq, keyId: row.key_id ?? '' }) : null;
      }
    }
    if (row.row_digests !== null) {
      for (const [table, digest] of Object.entries(JSON.parse(row.row_digests) as Record<string, string>)) recorded.set(table, { digest, seq: row.seq });
    }
    prevHash = row.hash;
    expectedSeq += 1;
  }
  if (unsignedSince) {
    return {
      ok: false,
      entryCount: expectedSeq - 1,
      headHash: prevHash,
      firstBadSeq: unsignedSince.seq,
      problem: `Entries ${unsignedSince.seq} to ${expectedSeq - 1} are covered by no signature: the last write was cut short or added without a key.`,
    };
  }
  const tableProblem = options.chainOnly || options.since ? null : tablesChangedOutsideTheLog(db, recorded);
  if (tableProblem) return { ok: false, entryCount: expectedSeq - 1, headHash: prevHash, firstBadSeq: tableProblem.seq, problem: tableProblem.problem };
  return { ok: true, entryCount: expectedSeq - 1, headHash: prevHash, firstBadSeq: null, problem: null };
}

/**
 * One pass over each audited table the log has a digest for, compared with the last digest recorded:
 * a row changed, added or removed by anything but an audited write makes its table differ.
 */
function tablesChangedOutsideTheLog(db: Db, recorded: RecordedDigests): { seq: number; problem: string } | null {
  const changed = [...recorded].filter(([table, { digest }]) => stateDigest(tableState(db, table)) !== digest);
  if (changed.length === 0) return null;
  const names = changed.map(([table]) => table).join(', ');
  return {
    seq: Math.min(...changed.map(([, r]) => r.seq)),
    problem: `Rows of ${names} were changed, added or removed outside the audit trail: ${changed.length === 1 ? 'the table no longer matches' : 'the tables no longer match'} what the log last recorded of ${changed.length === 1 ? 'it' : 'them'}.`,
  };
}

function signedEntryProblem(
  row: AuditRow,
  signedFrom: number | null,
  lastAt: number,
  unsignedSince: { seq: number; keyId: string } | null,
  trusted: TrustedKeys,
  settings: () => SecuritySettings,
): string | null {
  if (row.format === 1) {
    return signedFrom === null ? null : `Entry ${row.seq} is unsigned, but every write has been signed since entry ${signedFrom}: it was added without a key.`;
  }
  if (row.format !== 2 || row.key_id === null) return `Entry ${row.seq} is in a format this version of Casebook does not know.`;
  if (row.at < lastAt) return `Entry ${row.seq} is dated before the entry it follows: times in the history never run backwards.`;
  if (unsignedSince && unsignedSince.keyId !== row.key_id) {
    return `Entries ${unsignedSince.seq} to ${row.seq - 1} are covered by no signature: they were added without the key that signed the rest of their write.`;
  }
  const key: TrustedKey | null = trusted(row.key_id);
  if (!key) return `Entry ${row.seq} is signed with a key the register’s roster does not hold (key ${row.key_id}).`;
  if (key.name !== ANY_ACTOR && key.name !== row.actor) return `Entry ${row.seq} names ${row.actor} as its author, but was signed with ${key.name}’s key.`;
  if (!mayRecord(key.role, row.action, settings))
    return `Entry ${row.seq} records “${row.action}”, which ${key.name === ANY_ACTOR ? 'this key' : key.name}, a ${key.role}, may not do.`;
  if (row.signature !== null && !isEntrySignedBy(key, row.hash, row.signature))
    return `Entry ${row.seq}’s signature does not match its content: it was forged or altered.`;
  return null;
}
