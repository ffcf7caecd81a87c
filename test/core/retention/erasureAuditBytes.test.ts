import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, closedIncidentWithPeople, retentionWorld, type RetentionWorld } from './retentionWorld';
import { found, registerBytes } from './rawBytes';

/*
 * The audit log's part of the raw-byte search (docs/retention.md#the-file-forgets): its personal values are
 * stored encrypted under per-incident and per-party data keys, and an erasure destroys the keys
 * (destroyDataKeys, audit/dataKeys.ts), so no name, address or number is left readable in the log either.
 */
describe('after an erasure, the audit log holds no readable byte of what was erased', () => {
  let w: RetentionWorld;
  beforeEach(() => {
    w = retentionWorld();
  });
  afterEach(() => w.close());

  it('finds none of the erased names, addresses or numbers anywhere in the file, the audit log included', () => {
    const { incident, shared } = closedIncidentWithPeople(w.cb);
    const first = w.cb.ok('erasures:propose', { scope: { type: 'incident', incidentId: incident.id } });
    call(w.second(), 'erasures:confirm', { id: first.id });
    const second = w.cb.ok('erasures:propose', { scope: { type: 'party', partyId: shared.id } });
    call(w.second(), 'erasures:confirm', { id: second.id });
    expect(found(registerBytes(w.cb.db, w.cb.file!, { withoutAuditLog: false }))).toEqual([]);
    const history = w.cb.ok('incidents:history', { id: incident.id }).items;
    expect(JSON.stringify(history)).not.toMatch(/Castellanos|07700 900123/);
    expect(w.cb.ok('audit:verify', {}).ok).toBe(true);
  });
});
