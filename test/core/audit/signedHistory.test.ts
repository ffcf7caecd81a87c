import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTION_OPERATIONS } from '../../../electron/core/audit/actionAccess';
import { appendAudit, entryHash, type AuditRow } from '../../../electron/core/audit/auditLog';
import { plainRegisterKey, plainSigningKeyPath } from '../../../electron/core/audit/plainRegisterKey';
import { signEntry, trustOnly } from '../../../electron/core/audit/signing';
import { verifyAudit } from '../../../electron/core/audit/verifyAudit';
import { createContext } from '../../../electron/core/context';
import { contract } from '../../../shared/contract';
import { keyedAccount, createSignedRegister, type KeyedAccount, type SignedRegister } from '../../fixtures/auditKeys';
import { expectFailure } from '../../fixtures/builders';
import { createCore } from '../../fixtures/core';
import { contentFingerprint, minimalIncident } from '../../fixtures/db';

let reg: SignedRegister;
beforeEach(() => {
  reg = createSignedRegister();
});
afterEach(() => reg.close());

const rows = () => reg.db.prepare<[], AuditRow>('SELECT * FROM audit_log ORDER BY seq').all();
const verify = () => verifyAudit(reg.db, { trustedKeys: reg.trustedKeys });
/** What an insider holding the register key can do to the file: lift the append-only triggers. */
const dropTriggers = () => reg.db.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');

/** Appends a raw entry the way an insider would: correctly chained and hashed, signed with the key they hold. */
function forge(signer: KeyedAccount | null, entry: Partial<AuditRow> & { actor: string; action: string }): void {
  const head = rows().at(-1)!;
  const row = {
    seq: head.seq + 1,
    at: head.at + 1000,
    entity_type: 'incident',
    entity_id: 'x',
    incident_id: null,
    summary: 'Forged',
    changes: '[]',
    format: signer ? 2 : 1,
    key_id: signer?.signer.keyId ?? null,
    sealed_summary: null,
    row_digests: null,
    ...entry,
  };
  const hash = entryHash(head.hash, row);
  reg.db
    .prepare(
      `INSERT INTO audit_log (seq, at, actor, action, entity_type, entity_id, incident_id, summary, changes, prev_hash, hash, format, key_id, signature, sealed_summary, row_digests)
       VALUES (@seq, @at, @actor, @action, @entity_type, @entity_id, @incident_id, @summary, @changes, @prev_hash, @hash, @format, @key_id, @signature, @sealed_summary, @row_digests)`,
    )
    .run({ ...row, prev_hash: head.hash, hash, signature: signer ? signEntry(signer.signer, hash) : null });
}

describe('signed history', () => {
  it('signs the last entry of each write with the key of the account that made it, and verifies', () => {
    const incident = reg.ok(reg.officer, 'incidents:create', minimalIncident());
    reg.ok(reg.admin, 'notes:add', { incidentId: incident.id, body: 'Called the owner.' });
    const log = rows();
    expect(log.map((r) => r.action)).toEqual(['audit.format_changed', 'incident.created', 'note.added']);
    expect(log.map((r) => r.key_id)).toEqual([reg.officer.signer.keyId, reg.officer.signer.keyId, reg.admin.signer.keyId]);
    // One signature per write: the format change rides in the officer's first write and is covered by its signature.
    expect(log.map((r) => r.signature !== null)).toEqual([false, true, true]);
    expect(verify()).toMatchObject({ ok: true, entryCount: 3 });
  });

  it('refuses a write without a signing key once the history is signed, changing nothing', () => {
    const incident = reg.ok(reg.officer, 'incidents:create', minimalIncident());
    const before = contentFingerprint(reg.db);
    const keyless = createCore(reg.db, { actor: () => 'Owen Officer', trustedKeys: reg.trustedKeys });
    const error = expectFailure(keyless.call('notes:add', { incidentId: incident.id, body: 'No key' }), 'FORBIDDEN');
    expect(error.message).toContain('signed');
    expect(contentFingerprint(reg.db)).toBe(before);
  });

  it('names an entry a reviewer forged in the administrator’s name, re-chained and signed with their own key', () => {
    reg.ok(reg.admin, 'incidents:create', minimalIncident());
    dropTriggers();
    forge(reg.reviewer, { actor: 'Ada Admin', action: 'account.created' });
    expect(verify()).toMatchObject({ ok: false, firstBadSeq: 3, problem: 'Entry 3 names Ada Admin as its author, but was signed with Rita Reviewer’s key.' });
  });

  it('names an entry whose signer’s role may not do what it records', () => {
    reg.ok(reg.admin, 'incidents:create', minimalIncident());
    dropTriggers();
    forge(reg.reviewer, { actor: 'Rita Reviewer', action: 'incident.updated' });
    expect(verify()).toMatchObject({ ok: false, firstBadSeq: 3, problem: 'Entry 3 records “incident.updated”, which Rita Reviewer, a reviewer, may not do.' });
  });

  it('accepts what a reviewer may do, signed with their own key', () => {
    reg.ok(reg.admin, 'incidents:create', minimalIncident());
    dropTriggers();
    forge(reg.reviewer, { actor: 'Rita Reviewer', action: 'report.generated' });
    expect(verify().ok).toBe(true);
  });

  it('names a signature by a key the roster does not hold', () => {
    reg.ok(reg.admin, 'incidents:create', minimalIncident());
    dropTriggers();
    const stranger = keyedAccount('Ada Admin', 'administrator');
    forge(stranger, { actor: 'Ada Admin', action: 'incident.updated' });
    expect(verify()).toMatchObject({
      ok: false,
      firstBadSeq: 3,
      problem: `Entry 3 is signed with a key the register’s roster does not hold (key ${stranger.signer.keyId}).`,
    });
  });

  it('names an entry re-written and re-chained without the signer’s key', () => {
    const incident = reg.ok(reg.officer, 'incidents:create', minimalIncident());
    reg.ok(reg.officer, 'notes:add', { incidentId: incident.id, body: 'Called the owner.' });
    dropTriggers();
    const [, , note] = rows();
    reg.db.prepare('DELETE FROM audit_log WHERE seq = 3').run();
    const summary = 'Note added: nothing to see';
    const rechained = { ...note!, summary };
    const hash = entryHash(note!.prev_hash, rechained);
    reg.db
      .prepare(
        `INSERT INTO audit_log (seq, at, actor, action, entity_type, entity_id, incident_id, summary, changes, prev_hash, hash, format, key_id, signature, sealed_summary, row_digests)
         VALUES (@seq, @at, @actor, @action, @entity_type, @entity_id, @incident_id, @summary, @changes, @prev_hash, @hash, @format, @key_id, @signature, @sealed_summary, @row_digests)`,
      )
      .run({ ...rechained, hash });
    expect(verify()).toMatchObject({ ok: false, firstBadSeq: 3, problem: 'Entry 3’s signature does not match its content: it was forged or altered.' });
  });

  it('names an unsigned entry added after the history was signed', () => {
    reg.ok(reg.admin, 'incidents:create', minimalIncident());
    dropTriggers();
    forge(null, { actor: 'Ada Admin', action: 'incident.updated' });
    expect(verify()).toMatchObject({
      ok: false,
      firstBadSeq: 3,
      problem: 'Entry 3 is unsigned, but every write has been signed since entry 1: it was added without a key.',
    });
  });

  it('names a write cut short: entries no signature covers', () => {
    const ctx = createContext(reg.db, { signer: reg.admin.signer, trustedKeys: reg.trustedKeys });
    const draft = { action: 'incident.updated', entityType: 'incident', entityId: 'x', incidentId: null, summary: 'Updated', changes: [] };
    reg.db.transaction(() => appendAudit(ctx, 'Ada Admin', 1000, [draft, draft, draft])).immediate();
    expect(verify().ok).toBe(true);
    dropTriggers();
    reg.db.prepare('DELETE FROM audit_log WHERE seq = 4').run();
    expect(verify()).toMatchObject({
      ok: false,
      firstBadSeq: 1,
      problem: 'Entries 1 to 3 are covered by no signature: the last write was cut short or added without a key.',
    });
  });

  it('never lets signed times run backwards: a clock set back records the previous time, a forged earlier time is named', () => {
    const ctx = createContext(reg.db, { signer: reg.admin.signer, trustedKeys: reg.trustedKeys });
    const draft = { action: 'incident.updated', entityType: 'incident', entityId: 'x', incidentId: null, summary: 'Updated', changes: [] };
    reg.db.transaction(() => appendAudit(ctx, 'Ada Admin', 5000, [draft])).immediate();
    reg.db.transaction(() => appendAudit(ctx, 'Ada Admin', 3000, [draft])).immediate();
    expect(rows().map((r) => r.at)).toEqual([5000, 5000, 5000]);
    expect(verify().ok).toBe(true);
    dropTriggers();
    forge(reg.admin, { actor: 'Ada Admin', action: 'incident.updated', at: 4000 });
    expect(verify()).toMatchObject({ ok: false, firstBadSeq: 4, problem: 'Entry 4 is dated before the entry it follows: times in the history never run backwards.' });
  });

  it('trusts nothing without a roster', () => {
    reg.ok(reg.admin, 'incidents:create', minimalIncident());
    expect(verifyAudit(reg.db).ok).toBe(false);
    expect(verifyAudit(reg.db, { trustedKeys: trustOnly([]) }).problem).toContain('roster does not hold');
  });

  it('keeps history written before signatures verifiable, and its hashes unchanged', () => {
    const unsigned = createCore(reg.db, { actor: () => 'Owen Officer', trustedKeys: reg.trustedKeys, log: { error: () => {}, info: () => {} } });
    const created = unsigned.call('incidents:create', minimalIncident());
    if (!created.ok) throw new Error(created.error.message);
    expect(rows().map((r) => [r.format, r.key_id, r.signature])).toEqual([[1, null, null]]);
    const legacyHash = rows()[0]!.hash;
    reg.ok(reg.admin, 'notes:add', { incidentId: created.value.id, body: 'Signed from here.' });
    expect(rows()[0]!.hash).toBe(legacyHash);
    expect(verify()).toMatchObject({ ok: true });
    expect(rows().map((r) => r.format)).toEqual([1, 2, 2]);
  });
});

describe('which operation writes each audit action', () => {
  it('lists every action the core writes, each mapped to an operation of the contract', () => {
    const written = new Set<string>();
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (path.endsWith('.ts')) for (const m of readFileSync(path, 'utf8').matchAll(/action: '([a-z_]+\.[a-z_]+)'/g)) written.add(m[1]!);
      }
    };
    walk(join(__dirname, '../../../electron/core'));
    expect(written.size).toBeGreaterThan(30);
    for (const action of written) expect(Object.keys(ACTION_OPERATIONS), action).toContain(action);
    for (const operation of Object.values(ACTION_OPERATIONS)) expect(Object.keys(contract)).toContain(operation);
  });
});

describe('a plain register’s own key', () => {
  it('is made once beside the file, readable by its owner only, and signs what its roster trusts', () => {
    const first = plainRegisterKey(reg.file);
    const again = plainRegisterKey(reg.file);
    expect(again.signer.keyId).toBe(first.signer.keyId);
    expect(statSync(plainSigningKeyPath(reg.file)).mode & 0o777).toBe(0o600);
    const core = createCore(reg.db, { ...first, actor: () => 'Whoever Is Named', log: { error: () => {}, info: () => {} } });
    expect(core.call('incidents:create', minimalIncident()).ok).toBe(true);
    expect(verifyAudit(reg.db, { trustedKeys: first.trustedKeys }).ok).toBe(true);
  });
});
