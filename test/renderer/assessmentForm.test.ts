import { describe, expect, it } from 'vitest';
import {
  AssessmentFormSchema,
  dpcText,
  emptyAssessmentForm,
  formulaText,
  liveResult,
  toAssessmentFormPath,
  type AssessmentFormValues,
} from '../../renderer/src/features/assessment/assessmentForm';

/** The demo CC email to 55 Afghan relocation applicants, as an officer would assess it. */
const ccExposure: AssessmentFormValues = {
  ...emptyAssessmentForm(),
  dpcCategory: 'simple',
  dpcAdjustment: 3,
  dpcFactors: ['individuals'],
  ease: 'maximum',
  confidentiality: 'known_recipients',
  integrity: 'none',
  availability: 'none',
  peopleAffected: '55',
};

describe('liveResult', () => {
  it('computes nothing until every scored choice is made', () => {
    expect(liveResult(emptyAssessmentForm())).toBeNull();
    expect(liveResult({ ...ccExposure, availability: null })).toBeNull();
  });

  it('gives the same SE, band and recommendation as the shared method: 4 × 1 + 0.25 = 4.25, very high', () => {
    const live = liveResult(ccExposure);
    expect(live?.result).toEqual({ dpc: 4, ei: 1, cb: 0.25, score: 4.25, band: 'very_high' });
    expect(live?.recommendation).toMatchObject({ notifyRegulator: true, notifySubjects: true });
    expect(live?.recommendation.subjectsReason).toContain('55 people are affected');
    expect(live?.problem).toBeNull();
  });

  it('objects to an adjustment that no factor justifies', () => {
    expect(liveResult({ ...ccExposure, dpcFactors: [] })?.problem).toBe('Choose the factors that justify the adjustment');
  });

  it('recommends neither notification when the data was unintelligible', () => {
    expect(liveResult({ ...ccExposure, unintelligible: true })?.recommendation).toMatchObject({
      notifyRegulator: false,
      notifySubjects: false,
      suggestedExemption: 'unintelligible',
    });
  });
});

describe('formulaText and dpcText', () => {
  it('write the sum as ENISA does', () => {
    expect(formulaText({ dpc: 3, ei: 1, cb: 0.25, score: 3.25 })).toBe('SE = DPC × EI + CB = 3 × 1 + 0.25 = 3.25');
    expect(formulaText({ dpc: 1, ei: 0.5, cb: 0, score: 0.5 })).toBe('SE = DPC × EI + CB = 1 × 0.5 + 0 = 0.50');
    expect(dpcText(1, 2, 3)).toBe('DPC = 1 + 2 = 3');
    expect(dpcText(3, 3, 4)).toBe('DPC = 3 + 3 = 6 → 4 (kept within 1–4)');
    expect(dpcText(2, 0, 2)).toBe('DPC = 2');
  });
});

describe('AssessmentFormSchema', () => {
  it('asks for every scored choice at its own field', () => {
    const result = AssessmentFormSchema.safeParse(emptyAssessmentForm());
    expect(result.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['availability', 'confidentiality', 'dpcCategory', 'ease', 'integrity']);
  });

  it('turns the form into the contract’s assessment, counts included', () => {
    expect(AssessmentFormSchema.parse({ ...ccExposure, recordsAffected: '1,100', notes: ' CC, not BCC ' })).toEqual({
      severity: {
        dpcCategory: 'simple',
        dpcAdjustment: 3,
        dpcFactors: ['individuals'],
        ease: 'maximum',
        confidentiality: 'known_recipients',
        integrity: 'none',
        availability: 'none',
        maliciousIntent: false,
      },
      peopleAffected: 55,
      recordsAffected: 1100,
      unintelligible: false,
      notes: 'CC, not BCC',
    });
  });

  it('puts the method’s own objection on the factors, and a bad count on its field', () => {
    const result = AssessmentFormSchema.safeParse({ ...ccExposure, dpcFactors: [], peopleAffected: 'about 50' });
    expect(result.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['dpcFactors', 'peopleAffected']);
  });

  it('maps the core’s paths to the form', () => {
    expect(toAssessmentFormPath('severity.dpcFactors.0')).toBe('dpcFactors');
    expect(toAssessmentFormPath('peopleAffected')).toBe('peopleAffected');
    expect(toAssessmentFormPath('incidentId')).toBeNull();
  });
});
