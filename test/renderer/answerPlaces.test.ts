import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ANSWER_PLACES } from '../../renderer/src/features/reports/answerPlaces';
import { missingAnswers } from '../../renderer/src/features/reports/reportView';
import { DecisionsFormSchema } from '../../renderer/src/features/incidentPage/decisionsForm';
import { IcoFormSchema } from '../../renderer/src/features/ico/icoForm';
import { createTestCasebook, minimalIncident, type TestCasebook } from '../fixtures/db';

const FIELDS_ON_TAB: Record<string, readonly string[]> = {
  ico: Object.keys(IcoFormSchema.shape),
  decisions: Object.keys(DecisionsFormSchema.in.shape),
};

/** Each missing answer of the ICO draft links to where the record answers it: checked against drafts the core really builds. */
describe('where the ICO draft’s missing answers are answered', () => {
  let cb: TestCasebook;
  beforeEach(() => {
    cb = createTestCasebook({ memory: true });
  });
  afterEach(() => cb.close());

  const missingIn = (incidentId: string) => missingAnswers(cb.ok('reports:preview', { kind: 'regulator', incidentId }).documents);

  it('has a place for every mandatory answer a draft can be missing: an empty incident, a cyber incident, one with staff involved', () => {
    const empty = cb.ok('incidents:create', minimalIncident({ description: '' }));
    const cyber = cb.ok('incidents:create', minimalIncident({ kind: 'cyber', details: {} }));
    const staff = cb.ok('incidents:create', minimalIncident());
    cb.ok('incidents:update', { id: staff.id, version: staff.version, patch: { staffInvolved: 'yes' } });
    const labels = new Set(
      [empty, cyber, staff].flatMap((i) =>
        missingIn(i.id)
          .filter((m) => m.isMandatory)
          .map((m) => m.label),
      ),
    );
    expect(labels.size).toBeGreaterThan(8);
    expect([...labels].filter((label) => !(label in ANSWER_PLACES))).toEqual([]);
  });

  it('focuses only fields the tab’s form holds', () => {
    for (const place of Object.values(ANSWER_PLACES)) {
      if (place.page === 'incident' && place.field !== null) expect(FIELDS_ON_TAB[place.tab]).toContain(place.field);
    }
  });
});
