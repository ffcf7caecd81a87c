import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, closedIncidentWithPeople, retentionWorld, type RetentionWorld } from './retentionWorld';
import { ERASED_NEEDLES, found, registerBytes } from './rawBytes';

/*
 * The file forgets (docs/retention.md#the-file-forgets), on a PLAIN register: the same pager as an encrypted
 * one, so free pages behave the same, but its bytes can be searched. The audit log's pages are left out
 * here: its values are made unreadable by destroying their keys, which erasureAuditBytes.test.ts checks.
 */
describe('after an erasure, the register file and its WAL hold no byte of what was erased', () => {
  let w: RetentionWorld;
  beforeEach(() => {
    w = retentionWorld();
  });
  afterEach(() => w.close());

  it('finds each erased name, address and number before, and none after, in the tables, the full-text index, free pages and the WAL', () => {
    const { incident, shared } = closedIncidentWithPeople(w.cb);
    // Searches fill the full-text index's pages as officers use it.
    expect(w.cb.ok('incidents:list', { filter: { text: 'Castellanos' } }).items).toHaveLength(1);
    const file = w.cb.file!;
    w.cb.db.pragma('wal_checkpoint(PASSIVE)');
    expect(found(registerBytes(w.cb.db, file, { withoutAuditLog: true })).sort()).toEqual([...ERASED_NEEDLES].sort());

    const first = w.cb.ok('erasures:propose', { scope: { type: 'incident', incidentId: incident.id } });
    expect(call(w.second(), 'erasures:confirm', { id: first.id }).walTruncated).toBe(true);
    const second = w.cb.ok('erasures:propose', { scope: { type: 'party', partyId: shared.id } });
    call(w.second(), 'erasures:confirm', { id: second.id });

    const after = registerBytes(w.cb.db, file, { withoutAuditLog: true });
    expect(after.wal).toBe('');
    expect(found(after)).toEqual([]);
    expect(w.cb.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(w.cb.ok('audit:verify', {}).ok).toBe(true);
  });
});
