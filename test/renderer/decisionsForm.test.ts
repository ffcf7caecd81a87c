import { describe, expect, it } from 'vitest';
import type { IncidentRecord } from '../../renderer/src/lib/contractTypes';
import { DecisionsFormSchema, decisionsPatch, decisionsToForm, toDecisionsFormPath } from '../../renderer/src/features/incidentPage/decisionsForm';

const undecided = {
  regulatorNotify: null,
  regulatorRationale: '',
  regulatorDecidedAt: null,
  regulatorNotifiedAt: null,
  icoReference: '',
  subjectsNotify: null,
  subjectsRationale: '',
  subjectsExemption: null,
  subjectsDecidedAt: null,
  rootCause: '',
  lessons: '',
  regulatorDelayReason: '',
  publicAccount: '',
} as unknown as IncidentRecord;

describe('DecisionsFormSchema', () => {
  it('clears what no longer follows from a changed decision', () => {
    const parsed = DecisionsFormSchema.parse({
      ...decisionsToForm(undecided),
      regulatorNotify: 'no',
      icoReference: 'ICO-123',
      subjectsNotify: 'yes',
      subjectsExemption: 'unintelligible',
    });
    expect(parsed).toMatchObject({ regulatorNotify: false, icoReference: '', subjectsNotify: true, subjectsExemption: null });
  });

  it('leaves when the ICO was notified to the report recorded on the Notifications tab', () => {
    const parsed = DecisionsFormSchema.parse({ ...decisionsToForm(undecided), regulatorNotify: 'yes', icoReference: 'IC-1' });
    expect(parsed).not.toHaveProperty('regulatorNotifiedAt');
  });

  it('puts an unreadable date on its field', () => {
    const result = DecisionsFormSchema.safeParse({ ...decisionsToForm(undecided), regulatorNotify: 'yes', regulatorDecidedAt: '2026-11-27' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['regulatorDecidedAt']);
  });
});

describe('decisionsPatch', () => {
  it('sends only the decisions that changed, leaving an untouched decision date for the core to stamp', () => {
    const edited = DecisionsFormSchema.parse({ ...decisionsToForm(undecided), regulatorNotify: 'no', regulatorRationale: 'Low risk.' });
    expect(decisionsPatch(undecided, edited)).toEqual({ regulatorNotify: false, regulatorRationale: 'Low risk.' });
  });

  it('maps the core’s patch paths to the form', () => {
    expect(toDecisionsFormPath('patch.subjectsExemption')).toBe('subjectsExemption');
    expect(toDecisionsFormPath('patch.title')).toBeNull();
  });
});
