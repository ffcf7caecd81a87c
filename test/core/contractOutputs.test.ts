import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CORE_OPERATIONS as OPERATIONS, contract } from '../../shared/contract';
import { createTestCasebook } from '../fixtures/db';
import { buildWorld, OPERATION_CASES, type World } from './operationCases';

const problems = (op: keyof typeof contract, value: unknown) => {
  const parsed = contract[op].output.safeParse(value);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

/** Output keys beyond the schema would be stripped by a parse, hiding a shape the UI then never sees. */
function extraKeys(schema: unknown, value: unknown, path = ''): string[] {
  const def = (schema as { def?: { type?: string; shape?: Record<string, unknown>; element?: unknown; innerType?: unknown; options?: unknown[] } }).def;
  if (!def || value === null || typeof value !== 'object') return [];
  if (def.type === 'nullable' || def.type === 'optional' || def.type === 'default') return extraKeys(def.innerType, value, path);
  if (def.type === 'array' && Array.isArray(value)) return value.flatMap((v, i) => extraKeys(def.element, v, `${path}${i}.`));
  if (def.type === 'object' && def.shape) {
    return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => (k in def.shape! ? extraKeys(def.shape![k], v, `${path}${k}.`) : [`${path}${k}`]));
  }
  return [];
}

describe('operation outputs', () => {
  let w: World;
  beforeEach(() => {
    w = buildWorld(createTestCasebook({ memory: true }));
  });
  afterEach(() => w.cb.close());

  it.each(OPERATIONS)('%s returns what its contract output schema describes', async (op) => {
    const result = await w.cb.core.callAsync(op, OPERATION_CASES[op].valid(w));
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(problems(op, result.value)).toEqual([]);
  });

  it('notices keys a contract does not describe, nested in objects and arrays', () => {
    expect(extraKeys(contract['settings:get'].output, { internalReportHours: 1, extra: 2 })).toEqual(['extra']);
    expect(extraKeys(contract['actions:list'].output, { items: [{ id: 'x', secret: 1 }] })).toEqual(['items.0.secret']);
    expect(extraKeys(contract['assessments:list'].output, { items: [{ recommendation: { band: 'high' } }] })).toEqual(['items.0.recommendation.band']);
  });

  it.each([
    'assessments:add',
    'assessments:list',
    'notifications:recordRegulator',
    'notifications:list',
    'notifications:recordExternal',
    'actions:add',
    'actions:list',
    'actions:update',
    'dashboard:get',
    'settings:get',
  ] as const)('%s returns nothing its contract does not describe', (op) => {
    const result = w.cb.core.call(op, OPERATION_CASES[op].valid(w));
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(extraKeys(contract[op].output, result.value)).toEqual([]);
  });

  it('returns contract-shaped incidents, parties, notes, histories, assessments, notifications, actions and dashboards for all of the demo data', () => {
    w.cb.ok('demo:load', {});
    const list = w.cb.ok('incidents:list', { limit: 500 });
    expect(problems('incidents:list', list)).toEqual([]);
    for (const { id } of list.items) {
      expect(problems('incidents:get', w.cb.ok('incidents:get', { id }))).toEqual([]);
      expect(problems('incidents:history', w.cb.ok('incidents:history', { id, limit: 500 }))).toEqual([]);
      expect(problems('notes:list', w.cb.ok('notes:list', { incidentId: id }))).toEqual([]);
      expect(problems('involvements:list', w.cb.ok('involvements:list', { incidentId: id }))).toEqual([]);
      expect(problems('assessments:list', w.cb.ok('assessments:list', { incidentId: id }))).toEqual([]);
      expect(problems('notifications:list', w.cb.ok('notifications:list', { incidentId: id }))).toEqual([]);
      expect(problems('actions:list', w.cb.ok('actions:list', { incidentId: id }))).toEqual([]);
    }
    for (const months of [1, 12, 120]) expect(problems('dashboard:get', w.cb.ok('dashboard:get', { months }))).toEqual([]);
    for (const party of w.cb.ok('parties:search', { limit: 200 }).items) {
      expect(problems('parties:incidents', w.cb.ok('parties:incidents', { partyId: party.id }))).toEqual([]);
    }
  });
});
