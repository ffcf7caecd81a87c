import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkpointPath, type Checkpoint } from '../../../electron/core/audit/checkpoint';
import { signEntry } from '../../../electron/core/audit/signing';
import { closeDatabase, openDatabase } from '../../../electron/core/db/openDatabase';
import { createSignedRegister, type SignedRegister } from '../../fixtures/auditKeys';
import { minimalIncident } from '../../fixtures/db';

let reg: SignedRegister;
let incidentId: string;
beforeEach(() => {
  reg = createSignedRegister();
  incidentId = reg.ok(reg.officer, 'incidents:create', minimalIncident()).id;
  reg.ok(reg.officer, 'notes:add', { incidentId, body: 'Before the administrator.' });
  reg.ok(reg.admin, 'notes:add', { incidentId, body: 'The administrator’s.' });
  reg.ok(reg.officer, 'notes:add', { incidentId, body: 'After the administrator.' });
});
afterEach(() => reg.close());

const checkpoint = () => JSON.parse(readFileSync(checkpointPath(reg.file), 'utf8')) as Checkpoint;
const verify = (scope: 'everyday' | 'full') => reg.ok(reg.reviewer, 'audit:verify', { scope });

/** An entry's summary changed with another tool (no re-chaining needed to show which verify reads it). */
function alterEntry(seq: number): void {
  const db = openDatabase(reg.file);
  try {
    db.exec('DROP TRIGGER IF EXISTS audit_log_no_update');
    db.prepare(`UPDATE audit_log SET summary = 'Altered' WHERE seq = ?`).run(seq);
  } finally {
    closeDatabase(db);
  }
}

describe('the everyday verify', () => {
  it('starts at the last checkpoint an administrator signed, which an officer’s later writes carry but do not move', () => {
    const cp = checkpoint();
    expect(cp.adminAnchor).toMatchObject({ entryCount: 4, keyId: reg.admin.signer.keyId });
    expect(cp).toMatchObject({ entryCount: 5, keyId: reg.officer.signer.keyId });
    expect(verify('everyday')).toMatchObject({ ok: true, entryCount: 5 });
  });

  it('names what changed after the anchor; what changed before it is the full verify’s to name', () => {
    alterEntry(5);
    expect(verify('everyday')).toMatchObject({ ok: false, firstBadSeq: 5 });
    reg.ok(reg.admin, 'notes:add', { incidentId, body: 'Nothing to see.' });
    alterEntry(2);
    expect(verify('everyday').ok).toBe(true);
    expect(verify('full')).toMatchObject({ ok: false, firstBadSeq: 2 });
  });

  it('ignores an anchor an officer signed: the whole log is checked', () => {
    alterEntry(2);
    const cp = checkpoint();
    const body = { entryCount: 5, headHash: cp.headHash, at: cp.at };
    const forged = { ...body, keyId: reg.officer.signer.keyId, signature: signEntry(reg.officer.signer, `checkpoint\n${body.entryCount}\n${body.headHash}\n${body.at}`) };
    writeFileSync(checkpointPath(reg.file), JSON.stringify({ ...cp, adminAnchor: forged }));
    expect(verify('everyday')).toMatchObject({ ok: false, firstBadSeq: 2 });
  });

  it('names a log rewritten under the anchor itself', () => {
    const db = openDatabase(reg.file);
    try {
      db.exec('DROP TRIGGER IF EXISTS audit_log_no_update');
      db.prepare(`UPDATE audit_log SET hash = ? WHERE seq = 4`).run('f'.repeat(64));
    } finally {
      closeDatabase(db);
    }
    expect(verify('everyday')).toMatchObject({ ok: false, problem: 'Entry 4 is not the one the administrator’s checkpoint records: the log was rewritten.' });
  });
});

describe('the checkpoint beside the register', () => {
  it('is written through a temporary file of its own, so another program writing its checkpoint at the same moment cannot break a write that has committed', () => {
    // What another process's half-written checkpoint would occupy under a shared temporary name.
    mkdirSync(`${checkpointPath(reg.file)}.writing`);
    const before = checkpoint().entryCount;
    reg.ok(reg.officer, 'notes:add', { incidentId, body: 'While another program writes its checkpoint.' });
    expect(checkpoint().entryCount).toBeGreaterThan(before);
    // Nothing of its own left behind: only the other program's file remains beside the checkpoint.
    expect(readdirSync(dirname(reg.file)).filter((f) => f.includes('.checkpoint.'))).toEqual([basename(`${checkpointPath(reg.file)}.writing`)]);
  });
});
