import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditFieldLabel, auditValueText, readableSummary } from '../../../shared/domain/auditWords';
import { createTestCasebook, type TestCasebook } from '../../fixtures/db';

/** A stored key or code showing through: camelCase ("regulatorRationale") or snake_case ("not_yet_known"). */
const RAW_KEY = /\b[a-z]+[A-Z][A-Za-z]*\b|\b[a-z]+_[a-z_]+\b/;

describe('an incident’s history in plain words', () => {
  let cb: TestCasebook;
  beforeEach(() => {
    cb = createTestCasebook({ memory: true });
  });
  afterEach(() => cb.close());

  it('names every field and value the demo register’s history holds from the vocabulary, never by its stored key', () => {
    cb.ok('demo:load', {});
    const lines: string[] = [];
    for (const incident of cb.ok('incidents:list', { limit: 500 }).items) {
      for (const entry of cb.ok('incidents:history', { id: incident.id, limit: 500 }).items) {
        lines.push(readableSummary(entry));
        for (const change of entry.changes)
          lines.push(auditFieldLabel(change.field), auditValueText(change.field, change.before), auditValueText(change.field, change.after));
      }
    }
    expect(lines.length).toBeGreaterThan(300);
    expect(lines.filter((line) => RAW_KEY.test(line))).toEqual([]);
  });
});
