import { describe, expect, it } from 'vitest';
import { INCIDENT_STATUSES, type IncidentStatus } from '../../shared/domain/vocabulary';
import { allowedMoves, canTransition, isOutcomeRequired, isReasonRequired, missingForBreachClosure, moveLabel, type ClosureFacts } from '../../shared/domain/workflow';

/**
 * docs/domain.md#workflow, copied by hand from the document's table ("may move to"), not from the code.
 * Each allowed move carries why it needs a reason, if it does: closing, re-opening, moving back.
 */
const DOMAIN_TABLE: Record<IncidentStatus, Partial<Record<IncidentStatus, 'forward' | 'closing' | 're-opening' | 'moving back'>>> = {
  reported: { triage: 'forward', closed: 'closing' },
  triage: { investigating: 'forward', closed: 'closing' },
  investigating: { contained: 'forward', triage: 'moving back' },
  contained: { notifying: 'forward', closed: 'closing', investigating: 'moving back' },
  notifying: { closed: 'closing', investigating: 'moving back' },
  closed: { investigating: 're-opening' },
};

const allPairs = INCIDENT_STATUSES.flatMap((from) => INCIDENT_STATUSES.map((to) => [from, to] as const));
const allowedPairs = allPairs.filter(([from, to]) => DOMAIN_TABLE[from][to] !== undefined);

describe('workflow transition table', () => {
  it('covers all 36 from × to pairs of the six statuses', () => {
    expect(allPairs).toHaveLength(36);
    expect(Object.keys(DOMAIN_TABLE).sort()).toEqual([...INCIDENT_STATUSES].sort());
  });

  it.each(allPairs)('%s → %s is allowed exactly when docs/domain.md#workflow lists it', (from, to) => {
    expect(canTransition(from, to)).toBe(DOMAIN_TABLE[from][to] !== undefined);
  });

  it.each(INCIDENT_STATUSES)('offers from %s exactly the moves the table lists', (from) => {
    expect([...allowedMoves(from)].sort()).toEqual(Object.keys(DOMAIN_TABLE[from]).sort());
  });

  it('never allows staying in the same status', () => {
    for (const s of INCIDENT_STATUSES) expect(canTransition(s, s)).toBe(false);
  });

  it('lets a closed incident move only back to investigating', () => {
    expect(INCIDENT_STATUSES.filter((to) => canTransition('closed', to))).toEqual(['investigating']);
  });
});

describe('isReasonRequired', () => {
  it.each(allowedPairs)('asks for a reason on %s → %s only when closing, re-opening or moving back', (from, to) => {
    expect(isReasonRequired(from, to)).toBe(DOMAIN_TABLE[from][to] !== 'forward');
  });

  it('requires a reason for every move into closed', () => {
    for (const from of INCIDENT_STATUSES) if (canTransition(from, 'closed')) expect(isReasonRequired(from, 'closed')).toBe(true);
  });

  it('does not require a reason for the forward moves reported → triage → investigating → contained → notifying', () => {
    expect(isReasonRequired('reported', 'triage')).toBe(false);
    expect(isReasonRequired('triage', 'investigating')).toBe(false);
    expect(isReasonRequired('investigating', 'contained')).toBe(false);
    expect(isReasonRequired('contained', 'notifying')).toBe(false);
  });
});

describe('moveLabel', () => {
  it('names re-opening, closing, moving back and moving on in plain words', () => {
    expect(moveLabel('closed', 'investigating')).toBe('Re-open');
    expect(moveLabel('notifying', 'closed')).toBe('Close incident');
    expect(moveLabel('investigating', 'triage')).toBe('Back to triage');
    expect(moveLabel('reported', 'triage')).toBe('Move to triage');
  });
});

describe('isOutcomeRequired', () => {
  it('asks for an outcome only when closing', () => {
    expect(INCIDENT_STATUSES.filter(isOutcomeRequired)).toEqual(['closed']);
  });
});

describe('missingForBreachClosure', () => {
  const discoveredAt = Date.UTC(2026, 10, 26, 14, 30);
  const nothing: ClosureFacts = {
    discoveredAt,
    severityBand: null,
    dataCategories: [],
    likelyConsequences: '',
    regulatorDelayReason: '',
    regulatorNotify: null,
    regulatorRationale: '',
    regulatorNotifiedAt: null,
    icoReference: '',
    subjectsNotify: null,
    subjectsRationale: '',
    subjectsExemption: null,
    rootCause: '',
    lessons: '',
  };
  const complete: ClosureFacts = {
    discoveredAt,
    severityBand: 'high',
    dataCategories: ['basic_identifiers'],
    likelyConsequences: 'Identity misuse.',
    regulatorDelayReason: '',
    regulatorNotify: true,
    regulatorRationale: 'Risk of identity misuse.',
    regulatorNotifiedAt: Date.UTC(2026, 10, 27, 12),
    icoReference: 'IC-123456-A1B2',
    subjectsNotify: true,
    subjectsRationale: 'Told so they can protect themselves.',
    subjectsExemption: null,
    rootCause: 'Autocomplete.',
    lessons: 'Block .ml.',
  };

  it('lists the assessment, the ICO form fields, the regulator decision, the data-subject decision, the root cause and the lessons when nothing is recorded', () => {
    const missing = missingForBreachClosure(nothing);
    expect(missing).toEqual([
      expect.stringMatching(/Assess the severity/i),
      expect.stringMatching(/categories of personal data/i),
      expect.stringMatching(/likely consequences/i),
      expect.stringMatching(/regulator decision/i),
      expect.stringMatching(/data-subject decision/i),
      expect.stringMatching(/root cause/i),
      expect.stringMatching(/lessons/i),
    ]);
  });

  it('is empty when everything is recorded and the ICO was notified with a date and reference', () => {
    expect(missingForBreachClosure(complete)).toEqual([]);
  });

  it('asks for the report to the ICO and the ICO reference when the decision was to notify', () => {
    const missing = missingForBreachClosure({ ...complete, regulatorNotifiedAt: null, icoReference: '' });
    expect(missing).toEqual([expect.stringMatching(/report made to the ICO/i), expect.stringMatching(/ICO case reference/i)]);
  });

  it('asks for the reason for the delay when the ICO was told more than 72 hours after awareness, not at exactly 72 hours', () => {
    const at72 = { ...complete, regulatorNotifiedAt: discoveredAt + 72 * 3_600_000 };
    expect(missingForBreachClosure(at72)).toEqual([]);
    const late = { ...complete, regulatorNotifiedAt: discoveredAt + 72 * 3_600_000 + 1 };
    expect(missingForBreachClosure(late)).toEqual([expect.stringMatching(/reason the ICO was told more than 72 hours/i)]);
    expect(missingForBreachClosure({ ...late, regulatorDelayReason: '   ' })).toHaveLength(1);
    expect(missingForBreachClosure({ ...late, regulatorDelayReason: 'The scale was only known after the forensic report.' })).toEqual([]);
  });

  it('needs no reason for a delay when the decision was not to notify', () => {
    expect(missingForBreachClosure({ ...complete, regulatorNotify: false, regulatorNotifiedAt: null, icoReference: '' })).toEqual([]);
  });

  it('asks for the assessment, the data categories and the likely consequences one by one', () => {
    expect(missingForBreachClosure({ ...complete, severityBand: null })).toEqual([expect.stringMatching(/Assess the severity/i)]);
    expect(missingForBreachClosure({ ...complete, dataCategories: [] })).toEqual([expect.stringMatching(/categories of personal data/i)]);
    expect(missingForBreachClosure({ ...complete, likelyConsequences: ' \n' })).toEqual([expect.stringMatching(/likely consequences/i)]);
  });

  it('needs neither date nor ICO reference when the decision was not to notify, but still the rationale', () => {
    const decided = { ...complete, regulatorNotify: false, regulatorNotifiedAt: null, icoReference: '' };
    expect(missingForBreachClosure(decided)).toEqual([]);
    expect(missingForBreachClosure({ ...decided, regulatorRationale: '' })).toEqual([expect.stringMatching(/rationale for the regulator/i)]);
  });

  it('treats whitespace-only text as not recorded', () => {
    const missing = missingForBreachClosure({ ...complete, regulatorRationale: '  ', icoReference: ' \n', rootCause: '\t', lessons: ' ' });
    expect(missing).toEqual([
      expect.stringMatching(/rationale for the regulator/i),
      expect.stringMatching(/ICO case reference/i),
      expect.stringMatching(/root cause/i),
      expect.stringMatching(/lessons/i),
    ]);
  });

  it('asks for the Art. 34 ground when the people affected are not told', () => {
    const notTold = { ...complete, subjectsNotify: false, subjectsRationale: 'Encrypted laptop.' };
    expect(missingForBreachClosure(notTold)).toEqual([expect.stringMatching(/Art\. 34 ground/)]);
    expect(missingForBreachClosure({ ...notTold, subjectsExemption: 'unintelligible' })).toEqual([]);
  });

  it('asks for the rationale when the people affected are not told under an exemption without one', () => {
    const missing = missingForBreachClosure({ ...complete, subjectsNotify: false, subjectsExemption: 'not_high_risk', subjectsRationale: '' });
    expect(missing).toEqual([expect.stringMatching(/rationale for not telling/i)]);
  });

  it('needs no exemption when the people affected are told', () => {
    expect(missingForBreachClosure({ ...complete, subjectsNotify: true, subjectsExemption: null, subjectsRationale: '' })).toEqual([]);
  });
});
