import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { destroyDataKeys } from '../../../electron/core/audit/dataKeys';
import { NOT_PERSONAL_FIELDS, PERSONAL_FIELDS } from '../../../electron/core/audit/personalFields';
import { contract } from '../../../shared/contract';
import { linkNewParty } from '../../fixtures/builders';
import { createTestCasebook, minimalIncident, type TestCasebook } from '../../fixtures/db';

/** The names of every text-holding field in a schema, however deeply it sits (arrays, unions, intersections). */
function textFields(schema: z.ZodType, out: Set<string>, key: string | null = null): Set<string> {
  let t = schema as unknown as { _zod: { def: Record<string, unknown> & { type: string } } };
  while (['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional', 'pipe'].includes(t._zod.def.type)) {
    t = (t._zod.def.type === 'pipe' ? t._zod.def.in : t._zod.def.innerType) as typeof t;
  }
  const def = t._zod.def;
  const walk = (s: unknown, k: string | null) => textFields(s as z.ZodType, out, k);
  if (['string', 'unknown', 'any'].includes(def.type)) {
    if (key !== null) out.add(key);
  } else if (def.type === 'array') walk(def.element, key);
  else if (def.type === 'object') for (const [k, v] of Object.entries(def.shape as Record<string, unknown>)) walk(v, k);
  else if (def.type === 'union') for (const o of def.options as unknown[]) walk(o, key);
  else if (def.type === 'intersection') {
    walk(def.left, key);
    walk(def.right, key);
  } else if (def.type === 'record') walk(def.valueType, key);
  return out;
}

describe('which fields are personal', () => {
  it('classifies every text field of every write operation’s input and output, once', () => {
    const fields = new Set<string>();
    for (const spec of Object.values(contract)) {
      if (spec.access !== 'write') continue;
      textFields(spec.input, fields);
      textFields(spec.output, fields);
    }
    const classified = [...PERSONAL_FIELDS, ...NOT_PERSONAL_FIELDS] as string[];
    expect(new Set(classified).size).toBe(classified.length);
    const unclassified = [...fields].filter((f) => !classified.includes(f));
    expect(unclassified, 'add each to PERSONAL_FIELDS or NOT_PERSONAL_FIELDS in electron/core/audit/personalFields.ts').toEqual([]);
  });
});

describe('personal values in the audit log', () => {
  let cb: TestCasebook;
  beforeEach(() => {
    cb = createTestCasebook();
  });
  afterEach(() => cb.close());

  /** Distinctive text in every personal place an officer writes, and where the register records it. */
  const SECRETS = ['Zebedee Quartermaine', 'zq@example.org', '07700 900123', 'Quagga Bureau', 'left on the 0712 to Crewe', 'Vortigern report', 'Xanthippe told us'];

  function recordEverything() {
    const incident = cb.ok('incidents:create', minimalIncident({ title: 'Vortigern report', description: 'left on the 0712 to Crewe' }));
    const linked = linkNewParty(cb, incident.id, { name: 'Zebedee Quartermaine', email: 'zq@example.org', phone: '07700 900123', organisation: 'Quagga Bureau' }, [
      'data_subject',
    ]);
    cb.ok('notes:add', { incidentId: incident.id, body: 'Xanthippe told us' });
    cb.ok('actions:add', { incidentId: incident.id, kind: 'containment', description: 'Ask Zebedee Quartermaine to delete it' });
    cb.ok('notifications:recordExternal', { incidentId: incident.id, recipient: 'other', recipientDetail: 'Xanthippe told us', notifiedAt: Date.UTC(2026, 10, 26, 16) });
    cb.ok('involvements:unlink', { incidentId: incident.id, partyId: linked.party.id, version: 1 });
    return { incident, party: linked.party };
  }

  const storedAudit = () =>
    cb.db
      .prepare<[], { summary: string; changes: string }>('SELECT summary, changes FROM audit_log')
      .all()
      .map((r) => `${r.summary}\n${r.changes}`)
      .join('\n');

  it('stores every personal value sealed: none of them is in the log’s text', () => {
    recordEverything();
    const stored = storedAudit();
    for (const secret of SECRETS) expect(stored, secret).not.toContain(secret);
    expect(stored).toContain('$sealed');
  });

  it('reads them back in the incident’s history as they were written', () => {
    const { incident } = recordEverything();
    const history = cb.ok('incidents:history', { id: incident.id }).items;
    const text = JSON.stringify(history);
    // The party's contact details are in its own entry ("party.created"), which belongs to no incident.
    for (const secret of SECRETS.filter((s) => !['zq@example.org', '07700 900123', 'Quagga Bureau'].includes(s))) expect(text, secret).toContain(secret);
    expect(history.find((e) => e.action === 'involvement.linked')!.summary).toBe('Linked Zebedee Quartermaine as data subject');
    expect(history.find((e) => e.action === 'incident.created')!.changes.find((c) => c.field === 'title')!.after).toBe('Vortigern report');
  });

  it('shows “[erased]” where a key is destroyed, keeps the rest, and the chain still verifies', () => {
    const { incident, party } = recordEverything();
    const head = cb.ok('audit:verify', {});
    expect(cb.db.transaction(() => destroyDataKeys(cb.db, { incidentIds: [incident.id], partyIds: [party.id] })).immediate()).toBe(2);
    expect(cb.db.prepare('SELECT count(*) AS n FROM data_keys').get()).toEqual({ n: 0 });
    const history = cb.ok('incidents:history', { id: incident.id }).items;
    const text = JSON.stringify(history);
    for (const secret of SECRETS) expect(text, secret).not.toContain(secret);
    expect(history.find((e) => e.action === 'involvement.linked')!.summary).toBe('Linked [erased] as data subject');
    expect(history.find((e) => e.action === 'incident.created')!.changes.find((c) => c.field === 'title')!.after).toBe('[erased]');
    // What statistics need stays readable.
    expect(history.find((e) => e.action === 'incident.created')!.changes.find((c) => c.field === 'kind')!.after).toBe('misdirected_email');
    expect(cb.ok('audit:verify', {})).toEqual(head);
  });

  it('erases a person by their party key: entries about them alone, in any incident', () => {
    const { incident } = recordEverything();
    const other = linkNewParty(cb, incident.id, { name: 'Ottoline Brackenbury' }, ['data_subject']);
    expect(cb.db.transaction(() => destroyDataKeys(cb.db, { incidentIds: [], partyIds: [other.party.id] })).immediate()).toBe(1);
    const summaries = cb.ok('incidents:history', { id: incident.id }).items.map((e) => e.summary);
    expect(summaries).toContain('Linked [erased] as data subject');
    expect(summaries).toContain('Linked Zebedee Quartermaine as data subject');
    expect(summaries).toContain('Added a note');
  });
});
