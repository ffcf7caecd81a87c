import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acceptedDecisions, isAcceptOffered, recommendedReasons } from '../../renderer/src/features/incidentPage/acceptRecommendation';
import { suggestionToForm } from '../../renderer/src/features/assessment/suggestionForm';
import { AssessmentFormSchema } from '../../renderer/src/features/assessment/assessmentForm';
import { suggestAssessment } from '../../shared/domain/assessmentSuggestion';
import { assess, expectFailure, issuePaths, SEVERITY } from '../fixtures/builders';
import { contentFingerprint, createTestCasebook, minimalIncident, type TestCasebook } from '../fixtures/db';

/** "Accept the recommendation" sends the patch these helpers make; the real core judges it like any other edit. */
describe('accepting the recommendation', () => {
  let cb: TestCasebook;
  beforeEach(() => {
    cb = createTestCasebook({ memory: true });
  });
  afterEach(() => cb.close());

  const accept = (severity: keyof typeof SEVERITY, extra: { unintelligible?: boolean } = {}, edit?: (r: ReturnType<typeof recommendedReasons>) => void) => {
    const incident = cb.ok('incidents:create', minimalIncident());
    const latest = assess(cb, incident.id, SEVERITY[severity], { peopleAffected: 55, ...extra });
    const reasons = recommendedReasons(latest);
    edit?.(reasons);
    const current = cb.ok('incidents:get', { id: incident.id }).incident;
    return { latest, current, result: cb.core.call('incidents:update', { id: incident.id, version: current.version, patch: acceptedDecisions(latest, reasons) }) };
  };

  it.each([
    ['low', {}, { regulatorNotify: false, subjectsNotify: false, subjectsExemption: 'not_high_risk' }],
    ['medium', {}, { regulatorNotify: true, subjectsNotify: false, subjectsExemption: 'not_high_risk' }],
    ['high', {}, { regulatorNotify: true, subjectsNotify: true, subjectsExemption: null }],
    ['high', { unintelligible: true }, { regulatorNotify: false, subjectsNotify: false, subjectsExemption: 'unintelligible' }],
  ] as const)('records the %s recommendation (%o) with its reasons word for word, as the core’s decision rules allow', (band, extra, expected) => {
    const { latest, result } = accept(band, extra);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value).toMatchObject({
      ...expected,
      regulatorRationale: latest.recommendation.regulatorReason,
      subjectsRationale: latest.recommendation.subjectsReason,
      decisionsNeedReview: false,
    });
    expect(result.value.regulatorDecidedBy).toBe('Test Officer');
  });

  it('keeps the officer’s edits to the reasons', () => {
    const { result } = accept('high', {}, (r) => (r.regulatorRationale = 'Applicants for relocation, at risk if identified.'));
    expect(result.ok && result.value.regulatorRationale).toBe('Applicants for relocation, at risk if identified.');
  });

  it('is refused by the core, changing nothing, when the officer empties the reasons for not notifying', () => {
    const incident = cb.ok('incidents:create', minimalIncident());
    const latest = assess(cb, incident.id, SEVERITY.low);
    const current = cb.ok('incidents:get', { id: incident.id }).incident;
    const before = contentFingerprint(cb.db);
    const error = expectFailure(
      cb.core.call('incidents:update', {
        id: incident.id,
        version: current.version,
        patch: acceptedDecisions(latest, { regulatorRationale: '  ', subjectsRationale: '' }),
      }),
      'INVALID_INPUT',
    );
    expect(issuePaths(error)).toContain('patch.regulatorRationale');
    expect(contentFingerprint(cb.db)).toBe(before);
  });

  it('is offered while a decision is open or flagged for review, and never on a closed incident or before an assessment', () => {
    const { latest, current } = accept('high');
    const open = { ...current, regulatorNotify: null, subjectsNotify: null };
    expect(isAcceptOffered(open, latest)).toBe(true);
    expect(isAcceptOffered(open, null)).toBe(false);
    expect(isAcceptOffered({ ...open, status: 'closed' }, latest)).toBe(false);
    expect(isAcceptOffered({ ...current, regulatorNotify: true, subjectsNotify: true, decisionsNeedReview: false }, latest)).toBe(false);
    expect(isAcceptOffered({ ...current, regulatorNotify: true, subjectsNotify: true, decisionsNeedReview: true }, latest)).toBe(true);
  });
});

describe('using the suggested assessment', () => {
  it('fills every scored choice and the counts, so the form is ready to save as suggested', () => {
    const suggestion = suggestAssessment({ kind: 'cc_exposure', fromImportedEmail: true, linkedSubjects: 55 })!;
    const values = suggestionToForm(suggestion);
    const parsed = AssessmentFormSchema.safeParse(values);
    expect(parsed.success).toBe(true);
    expect(parsed.data).toMatchObject({ severity: suggestion.severity, peopleAffected: 55, recordsAffected: 55, unintelligible: false });
  });
});
