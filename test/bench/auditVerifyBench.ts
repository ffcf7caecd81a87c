import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appendAudit, type AuditDraft } from '../../electron/core/audit/auditLog';
import { readCheckpoint, checkpointPath, trustedAnchor, writeCheckpoint } from '../../electron/core/audit/checkpoint';
import { isEntrySignedBy, keyIdOf, signEntry, signerOf, trustOnly } from '../../electron/core/audit/signing';
import { verifyAudit } from '../../electron/core/audit/verifyAudit';
import { createContext } from '../../electron/core/context';
import { migrate } from '../../electron/core/db/migrate';
import { closeDatabase, openDatabase } from '../../electron/core/db/openDatabase';
import type { CliStartBenchRow } from './cliStartBench';

/**
 * Issue 15, "Verification that scales": a signed log of `entries` entries (writes of six entries each, as
 * an import or a demo load writes, every one signed by an administrator's key), then
 * - the full verify (chain, signatures, roles, tables) beside reading every row of the log;
 * - the everyday verify after one more write, since the administrator's checkpoint;
 * - the cost of checking one Ed25519 signature.
 * Printed, never asserted.
 */
const PER_WRITE = 6;

type Timing = CliStartBenchRow['casebook'];
const once = (ms: number): Timing => ({ medianMs: ms, p95Ms: ms, minMs: ms, runs: 1 });
function time<T>(work: () => T): { ms: number; value: T } {
  const start = process.hrtime.bigint();
  const value = work();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

export function benchAuditVerify(entries = 600_000, log: (line: string) => void = () => {}): CliStartBenchRow[] {
  const dir = mkdtempSync(join(tmpdir(), 'casebook-bench-audit-'));
  const db = openDatabase(join(dir, 'casebook.db'));
  try {
    migrate(db);
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const admin = { keyId: keyIdOf(publicKey), name: 'Bench Admin', role: 'administrator' as const, publicKey };
    const trustedKeys = trustOnly([admin]);
    const ctx = createContext(db, { signer: signerOf(privateKey), trustedKeys, now: () => 1_800_000_000_000 });
    const draft = (n: number): AuditDraft => ({
      action: 'report.generated',
      entityType: 'report',
      entityId: `r${n}`,
      incidentId: null,
      summary: `Generated the register (CSV), run ${n}`,
      changes: [{ field: 'rowCount', before: null, after: n }],
    });
    // Many writes per commit, so generating is not a test of the disk's fsync: each appendAudit still signs its own.
    const WRITES_PER_COMMIT = 500;
    const generated = time(() => {
      for (let n = 0; n < entries; n += PER_WRITE * WRITES_PER_COMMIT) {
        db.transaction(() => {
          for (let w = n; w < Math.min(entries, n + PER_WRITE * WRITES_PER_COMMIT); w += PER_WRITE) {
            appendAudit(
              ctx,
              'Bench Admin',
              1_800_000_000_000 + w,
              Array.from({ length: PER_WRITE }, (_, i) => draft(w + i)),
            );
          }
        }).immediate();
      }
    });
    log(`  ${entries.toLocaleString('en-GB')} signed entries written in ${(generated.ms / 1000).toFixed(1)} s`);
    const read = time(() => {
      let n = 0;
      for (const row of db.prepare('SELECT * FROM audit_log ORDER BY seq').iterate()) if (row) n += 1;
      return n;
    });
    const full = time(() => verifyAudit(db, { trustedKeys }));
    writeCheckpoint(ctx);
    db.transaction(() => appendAudit(ctx, 'Bench Admin', 1_900_000_000_000, [draft(entries)])).immediate();
    const anchor = trustedAnchor(readCheckpoint(checkpointPath(db.name)), trustedKeys)!;
    const everyday = time(() => verifyAudit(db, { trustedKeys, since: anchor }));
    const signature = signEntry(ctx.signer!, 'a'.repeat(64));
    const SIGNATURES = 2000;
    const perSignature = time(() => {
      for (let i = 0; i < SIGNATURES; i += 1) isEntrySignedBy(admin, 'a'.repeat(64), signature);
    });
    const row = (operation: string, detail: string, ms: number, rawMs: number | null, targetMs: number | null, ok: boolean): CliStartBenchRow => ({
      operation,
      detail,
      casebook: once(ms),
      raw: once(rawMs ?? 0),
      ratio: rawMs ? ms / rawMs : 0,
      targetMs,
      pass: targetMs === null ? null : ms <= targetMs,
      sameRows: ok,
    });
    return [
      row(
        'audit:verify (full)',
        `${full.value.entryCount.toLocaleString('en-GB')} entries, signed per write of ${PER_WRITE}, beside reading every row`,
        full.ms,
        read.ms,
        read.ms * 1.5,
        full.value.ok && read.value === full.value.entryCount,
      ),
      row('audit:verify (everyday)', 'one write since the administrator’s checkpoint', everyday.ms, null, 50, everyday.value.ok),
      row('Ed25519 signature check', `one of ${SIGNATURES.toLocaleString('en-GB')}`, perSignature.ms / SIGNATURES, null, null, true),
    ];
  } finally {
    closeDatabase(db);
    rmSync(dir, { recursive: true, force: true });
  }
}
