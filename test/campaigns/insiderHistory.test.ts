import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { entryHash, type AuditRow } from '../../electron/core/audit/auditLog';
import { checkpointPath } from '../../electron/core/audit/checkpoint';
import { signEntry } from '../../electron/core/audit/signing';
import { closeDatabase, openDatabase, type Db } from '../../electron/core/db/openDatabase';
import { readAuditFingerprint } from '../../electron/core/reports/auditFingerprint';
import { createSignedRegister, type SignedRegister } from '../fixtures/auditKeys';
import { linkNewParty } from '../fixtures/builders';
import { minimalIncident } from '../fixtures/db';

/**
 * Issue 12 §5, played as the insider: a reviewer who holds their own signing key and, through the key
 * file, the register key — so they can open the database with any tool, lift its append-only triggers,
 * edit rows and re-chain the log. Each attempt is named by verify (signatures, roles, the tables, the
 * checkpoint, a report's fingerprint); the one it cannot name alone (a truncation with an old checkpoint
 * put back) is named by the fingerprint an earlier report printed.
 */
let reg: SignedRegister;
let incidentId: string;

beforeEach(() => {
  reg = createSignedRegister();
  const incident = reg.ok(reg.officer, 'incidents:create', minimalIncident({ title: 'Laptop left on a train' }));
  incidentId = incident.id;
  linkNewParty({ ok: (op, input) => reg.ok(reg.officer, op, input) } as Parameters<typeof linkNewParty>[0], incidentId, { name: 'Grace Okafor' }, ['data_subject']);
  reg.ok(reg.officer, 'notes:add', { incidentId, body: 'Reviewer asked to see the file.' });
  reg.ok(reg.admin, 'notes:add', { incidentId, body: 'Access to the file refused.' });
});
afterEach(() => reg.close());

/** What the reviewer's verify button says. */
const verify = (fingerprint?: string) => reg.ok(reg.reviewer, 'audit:verify', fingerprint ? { fingerprint } : {});

/** The insider at work with their own tool: another connection, the triggers lifted. */
function asInsider(work: (db: Db) => void): void {
  const db = openDatabase(reg.file);
  try {
    db.exec('DROP TRIGGER IF EXISTS audit_log_no_update; DROP TRIGGER IF EXISTS audit_log_no_delete;');
    work(db);
  } finally {
    closeDatabase(db);
  }
}

const rows = (db: Db) => db.prepare<[], AuditRow>('SELECT * FROM audit_log ORDER BY seq').all();

/** Re-computes every hash from `fromSeq` on, as a re-chaining insider does; signs what they can sign: nothing of anyone else's. */
function rechain(db: Db, fromSeq: number): void {
  let prev = rows(db).find((r) => r.seq === fromSeq - 1)?.hash ?? '0'.repeat(64);
  for (const r of rows(db).filter((x) => x.seq >= fromSeq)) {
    const hash = entryHash(prev, r);
    db.prepare('UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?').run(prev, hash, r.seq);
    prev = hash;
  }
}

function appendForged(db: Db, entry: { actor: string; action: string; summary: string }): void {
  const head = rows(db).at(-1)!;
  const row = {
    seq: head.seq + 1,
    at: head.at + 1000,
    entity_type: 'incident',
    entity_id: incidentId,
    incident_id: incidentId,
    changes: '[]',
    format: 2,
    key_id: reg.reviewer.signer.keyId,
    sealed_summary: null,
    row_digests: null,
    ...entry,
  };
  const hash = entryHash(head.hash, row);
  db.prepare(
    `INSERT INTO audit_log (seq, at, actor, action, entity_type, entity_id, incident_id, summary, changes, prev_hash, hash, format, key_id, signature, sealed_summary, row_digests)
     VALUES (@seq, @at, @actor, @action, @entity_type, @entity_id, @incident_id, @summary, @changes, @prev_hash, @hash, @format, @key_id, @signature, @sealed_summary, @row_digests)`,
  ).run({ ...row, prev_hash: head.hash, hash, signature: signEntry(reg.reviewer.signer, hash) });
}

describe('the insider with a reviewer’s key', () => {
  it('starts from a register that verifies', () => {
    expect(verify()).toMatchObject({ ok: true });
  });

  it('forges an entry in the administrator’s name, signed with the reviewer’s key: named', () => {
    asInsider((db) => appendForged(db, { actor: 'Ada Admin', action: 'incident.updated', summary: 'Changed title' }));
    expect(verify().problem).toMatch(/names Ada Admin as its author, but was signed with Rita Reviewer’s key/);
  });

  it('forges an entry in their own name for something a reviewer may not do: named', () => {
    asInsider((db) => appendForged(db, { actor: 'Rita Reviewer', action: 'account.created', summary: 'Account Rita (administrator) created' }));
    expect(verify().problem).toMatch(/records “account.created”, which Rita Reviewer, a reviewer, may not do/);
  });

  it('rewrites a note’s entry and re-chains the log: named by the signature it cannot make', () => {
    asInsider((db) => {
      const note = rows(db).find((r) => r.action === 'note.added' && r.actor === 'Owen Officer')!;
      db.prepare(`UPDATE audit_log SET summary = 'Added a harmless note' WHERE seq = ?`).run(note.seq);
      rechain(db, note.seq);
    });
    expect(verify().problem).toMatch(/signature does not match its content: it was forged or altered/);
  });

  it('changes a title and deletes a note in the tables, leaving the log alone: named by the tables', () => {
    asInsider((db) => {
      db.prepare(`UPDATE incidents SET title = 'Nothing happened' WHERE id = ?`).run(incidentId);
      db.prepare(`DELETE FROM notes WHERE body = 'Access to the file refused.'`).run();
    });
    expect(verify().problem).toMatch(/^Rows of incidents, notes were changed, added or removed outside the audit trail/);
  });

  it('cuts the last entries off the log: named by the checkpoint beside the register', () => {
    const count = readAuditFingerprint(reg.db).entryCount;
    asInsider((db) => db.prepare('DELETE FROM audit_log WHERE seq > ?').run(count - 2));
    expect(verify().problem).toBe(`The log holds ${count - 2} entries, but the checkpoint beside the register records ${count}: entries were cut from its end.`);
  });

  it('edits the checkpoint to match: named, the checkpoint’s signature is not theirs to make', () => {
    const count = readAuditFingerprint(reg.db).entryCount;
    asInsider((db) => {
      db.prepare('DELETE FROM audit_log WHERE seq > ?').run(count - 1);
      db.prepare(`DELETE FROM notes WHERE body = 'Access to the file refused.'`).run();
    });
    const file = checkpointPath(reg.file);
    const checkpoint = JSON.parse(readFileSync(file, 'utf8')) as { entryCount: number; headHash: string };
    const head = (() => {
      const db = openDatabase(reg.file, { readonly: true });
      try {
        return readAuditFingerprint(db);
      } finally {
        closeDatabase(db);
      }
    })();
    writeFileSync(file, JSON.stringify({ ...checkpoint, entryCount: head.entryCount, headHash: head.headHash }));
    expect(verify().problem).toBe('The checkpoint beside the register is not signed by a key the register’s roster holds: it was forged or altered.');
  });

  it('truncates and puts back an older checkpoint: the checkpoint passes, the fingerprint a report printed names it', () => {
    const file = checkpointPath(reg.file);
    const olderCheckpoint = `${file}.insider-copy`;
    const early = readAuditFingerprint(reg.db);
    copyFileSync(file, olderCheckpoint);
    reg.ok(reg.admin, 'notes:add', { incidentId, body: 'Reviewer’s access withdrawn.' });
    const printed = readAuditFingerprint(reg.db).headHash.slice(0, 16);
    expect(verify(printed)).toMatchObject({ ok: true });
    asInsider((db) => {
      db.prepare('DELETE FROM audit_log WHERE seq > ?').run(early.entryCount);
      db.prepare(`DELETE FROM notes WHERE body = 'Reviewer’s access withdrawn.'`).run();
    });
    copyFileSync(olderCheckpoint, file);
    // What this anchor cannot catch alone (docs/audit-format.md): the log and its checkpoint rewound together.
    expect(verify()).toMatchObject({ ok: true, entryCount: early.entryCount });
    expect(verify(printed).problem).toBe(
      `No entry of the log has the head hash ${printed} printed on the report: the log was cut short or rewritten after it was printed.`,
    );
  });
});
