import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assessSeverity } from '../../../shared/domain/severity';
import { expectFailure, UNKNOWN_ID } from '../../fixtures/builders';
import { contentFingerprint, createTestCasebook, minimalIncident, type TestCasebook } from '../../fixtures/db';
import { emailFixture } from '../../fixtures/emailFiles';

const AWARE = Date.UTC(2026, 10, 27, 8, 0);

/** assessments:suggest on real SQLite, after a real import of the 55-applicant CC email. */
describe('a suggested assessment for an imported CC exposure', () => {
  let cb: TestCasebook;
  beforeEach(() => {
    cb = createTestCasebook({ memory: true });
  });
  afterEach(() => cb.close());

  const importAs = (name: string, kind: 'cc_exposure' | 'misdirected_email') =>
    cb.okAsync('emails:import', { fileId: cb.core.context.files.putBytes(name, emailFixture(name)).fileId, target: { type: 'new', kind, awareAt: AWARE } });

  it('proposes Simple data, Maximum identification and disclosure to known recipients, with the linked data subjects as the people affected', async () => {
    const { incidentId } = await importAs('cc-mailing-55.eml', 'cc_exposure');
    const suggestion = cb.ok('assessments:suggest', { incidentId });
    expect(suggestion).not.toBeNull();
    expect(suggestion!.severity).toEqual({
      dpcCategory: 'simple',
      dpcAdjustment: 0,
      dpcFactors: [],
      ease: 'maximum',
      confidentiality: 'known_recipients',
      integrity: 'none',
      availability: 'none',
      maliciousIntent: false,
    });
    // 55 applicants in Cc, each linked as a data subject.
    expect(suggestion!.peopleAffected).toBe(55);
    expect(suggestion!.recordsAffected).toBe(55);
    // By hand: SE = 1 × 1 + 0.25 = 1.25, Low; the reasons tell the officer what would raise it.
    expect(assessSeverity(suggestion!.severity)).toMatchObject({ dpc: 1, ei: 1, cb: 0.25, score: 1.25, band: 'low' });
    expect(suggestion!.reasons.join(' ')).toContain('Special characteristics of the individuals');
  });

  it('is only a suggestion: asking for it records nothing', async () => {
    const { incidentId } = await importAs('cc-mailing-55.eml', 'cc_exposure');
    const before = contentFingerprint(cb.db);
    cb.ok('assessments:suggest', { incidentId });
    expect(contentFingerprint(cb.db)).toBe(before);
    expect(cb.ok('assessments:list', { incidentId }).items).toEqual([]);
  });

  it('suggests nothing for an incident the import does not describe: a misdirected email, or a CC exposure typed in by hand', async () => {
    const { incidentId } = await importAs('misdirected-army-ml.eml', 'misdirected_email');
    expect(cb.ok('assessments:suggest', { incidentId })).toBeNull();
    const typed = cb.ok('incidents:create', {
      ...minimalIncident(),
      kind: 'cc_exposure',
      details: { sender: '', recipientsExposed: 3, recipients: [], messageId: '', sentAt: null },
    });
    expect(cb.ok('assessments:suggest', { incidentId: typed.id })).toBeNull();
  });

  it('answers NOT_FOUND for an incident that does not exist', () => {
    expectFailure(cb.core.call('assessments:suggest', { incidentId: UNKNOWN_ID }), 'NOT_FOUND');
  });
});
