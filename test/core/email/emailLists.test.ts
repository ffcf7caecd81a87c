import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Output } from '../../../shared/contract';
import { expectFailure, UNKNOWN_ID } from '../../fixtures/builders';
import { createTestCasebook, type TestCasebook } from '../../fixtures/db';
import { emailFixture } from '../../fixtures/emailFiles';
import { observePlans } from '../planHelpers';

/** evidence:list and messages:list over an incident holding the 55-applicant mailing and one more email. */
describe('an email incident’s evidence and messages', () => {
  let cb: TestCasebook;
  let incidentId: string;
  beforeAll(async () => {
    cb = createTestCasebook({ memory: true });
    const put = (name: string) => cb.core.context.files.putBytes(name, emailFixture(name)).fileId;
    ({ incidentId } = await cb.okAsync('emails:import', {
      fileId: put('cc-mailing-55.eml'),
      target: { type: 'new', kind: 'cc_exposure', awareAt: Date.UTC(2026, 10, 27, 8, 0) },
    }));
    await cb.okAsync('emails:import', { fileId: put('groups.eml'), target: { type: 'existing', incidentId } });
    // Another incident's messages, which must not leak into this one's list.
    await cb.okAsync('emails:import', {
      fileId: put('misdirected-army-ml.eml'),
      target: { type: 'new', kind: 'misdirected_email', awareAt: Date.UTC(2026, 10, 27, 8, 0) },
    });
  });
  afterAll(() => cb.close());

  it('lists the evidence files in the order they were added', () => {
    const items = cb.ok('evidence:list', { incidentId }).items;
    expect(items.map((e) => [e.fileName, e.source, e.mediaType])).toEqual([
      ['cc-mailing-55.eml', 'email', 'message/rfc822'],
      ['groups.eml', 'email', 'message/rfc822'],
    ]);
  });

  it('pages the 59 messages by row number, each once, with the total', () => {
    const seen: number[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: Output<'messages:list'> = cb.ok('messages:list', { incidentId, cursor, limit: 25 });
      expect(page.total).toBe(59);
      seen.push(...page.items.map((m) => m.seq));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor !== null);
    expect(pages).toBe(3);
    expect(seen).toHaveLength(59);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    expect(new Set(seen).size).toBe(59);
    const last = cb.ok('messages:list', { incidentId, limit: 500 }).items.at(-1)!;
    expect(last).toMatchObject({ recipient: 'applicant.two@outlook.com', recipientField: 'to', subject: 'Interview dates', domainClass: 'external', lookalikeOf: null });
  });

  it('answers NOT_FOUND for an incident that does not exist', () => {
    expectFailure(cb.core.call('evidence:list', { incidentId: UNKNOWN_ID }), 'NOT_FOUND');
    expectFailure(cb.core.call('messages:list', { incidentId: UNKNOWN_ID }), 'NOT_FOUND');
  });

  it('reads messages, their count and the evidence through the per-incident indexes, with no temp b-tree', () => {
    const first = cb.ok('messages:list', { incidentId, limit: 25 });
    const plans = [
      ...observePlans(cb.db, () => void cb.ok('messages:list', { incidentId, cursor: first.nextCursor, limit: 25 })),
      ...observePlans(cb.db, () => void cb.ok('evidence:list', { incidentId })),
    ].filter((p) => /FROM (email_messages|evidence|evidence_files|evidence_custody)\b/.test(p.sql));
    expect(plans).toHaveLength(6);
    for (const { sql, plan } of plans) {
      // The attachments of the incident's files: its evidence by index, then each file's attachments by key.
      if (sql.includes('evidence_attachments')) {
        expect(plan, sql).toEqual([
          expect.stringMatching(/^SEARCH e USING INDEX evidence_by_incident \(incident_id=\?\)/),
          expect.stringMatching(/^SEARCH a USING PRIMARY KEY \(evidence_id=\?\)/),
        ]);
        continue;
      }
      const table = /FROM (email_messages|evidence_files|evidence_custody|evidence)\b/.exec(sql)![1]!;
      expect(plan, sql).toEqual([expect.stringMatching(new RegExp(`^SEARCH ${table} USING (COVERING )?INDEX ${table}_by_incident \\(incident_id=\\?`))]);
    }
  });
});
