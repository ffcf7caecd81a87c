import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contract } from '../../shared/ipc/contract';
import { OPERATIONS } from '../../shared/ipc/operations';
import { createTestCasebook } from '../fixtures/db';
import { buildWorld, OPERATION_CASES, type World } from './operationCases';

const problems = (op: keyof typeof contract, value: unknown) => {
  const parsed = contract[op].output.safeParse(value);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('operation outputs', () => {
  let w: World;
  beforeEach(() => {
    w = buildWorld(createTestCasebook({ memory: true }));
  });
  afterEach(() => w.cb.close());

  it.each(OPERATIONS)('%s returns what its contract output schema describes', (op) => {
    const result = w.cb.core.call(op, OPERATION_CASES[op].valid(w));
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(problems(op, result.value)).toEqual([]);
  });

  it('returns contract-shaped incidents, parties, notes and histories for all of the demo data', () => {
    w.cb.ok('demo:load', {});
    const list = w.cb.ok('incidents:list', { limit: 500 });
    expect(problems('incidents:list', list)).toEqual([]);
    for (const { id } of list.items) {
      expect(problems('incidents:get', w.cb.ok('incidents:get', { id }))).toEqual([]);
      expect(problems('incidents:history', w.cb.ok('incidents:history', { id, limit: 500 }))).toEqual([]);
      expect(problems('notes:list', w.cb.ok('notes:list', { incidentId: id }))).toEqual([]);
      expect(problems('involvements:list', w.cb.ok('involvements:list', { incidentId: id }))).toEqual([]);
    }
    for (const party of w.cb.ok('parties:search', { limit: 200 }).items) {
      expect(problems('parties:incidents', w.cb.ok('parties:incidents', { partyId: party.id }))).toEqual([]);
    }
  });
});
