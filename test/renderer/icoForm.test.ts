import { describe, expect, it } from 'vitest';
import type { IncidentRecord } from '../../renderer/src/lib/contractTypes';
import { icoPatch, IcoFormSchema, icoToForm, toIcoFormPath } from '../../renderer/src/features/ico/icoForm';

const incident = {
  dataCategories: ['basic_identifiers'],
  subjectCategories: [],
  howDiscovered: '',
  causedByCyber: 'unknown',
  likelyConsequences: '',
  consequenceLikelihood: 'not_yet_known',
  staffInvolved: 'unknown',
  staffTrained: 'unknown',
  staffDetails: '',
  priorMeasures: '',
} as unknown as IncidentRecord;

describe('icoPatch', () => {
  it('sends only the fields that changed, comparing lists by content', () => {
    const edited = IcoFormSchema.parse({
      ...icoToForm(incident),
      dataCategories: ['basic_identifiers'],
      subjectCategories: ['vulnerable_adults'],
      likelyConsequences: ' Risk to their safety. ',
    });
    expect(icoPatch(incident, edited)).toEqual({ subjectCategories: ['vulnerable_adults'], likelyConsequences: 'Risk to their safety.' });
  });

  it('maps the core’s patch paths to the form', () => {
    expect(toIcoFormPath('patch.dataCategories.1')).toBe('dataCategories');
    expect(toIcoFormPath('patch.title')).toBeNull();
  });
});
