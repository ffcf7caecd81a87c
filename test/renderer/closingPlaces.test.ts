import { describe, expect, it } from 'vitest';
import { closingChecklist, type ClosureFacts } from '../../shared/domain/workflow';
import { DecisionsFormSchema } from '../../renderer/src/features/incidentPage/decisionsForm';
import { IcoFormSchema } from '../../renderer/src/features/ico/icoForm';

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

/** Facts that between them leave every item of the checklist open. */
const EVERY_GAP: ClosureFacts[] = [
  nothing,
  { ...nothing, severityBand: 'high', regulatorNotify: true, subjectsNotify: false, decisionsNeedReview: true },
  // Notified four days after awareness, with no reason for the delay.
  { ...nothing, regulatorNotify: true, regulatorNotifiedAt: discoveredAt + 4 * 24 * 3600_000 },
];

const FIELDS_ON_TAB: Record<string, readonly string[]> = {
  ico: Object.keys(IcoFormSchema.shape),
  decisions: Object.keys(DecisionsFormSchema.in.shape),
};

/** "What's left" links each closing item to where it is answered: the tab must hold the field it focuses. */
describe('the closing checklist as links', () => {
  const items = EVERY_GAP.flatMap(closingChecklist);

  it('covers every kind of item the closing rule can give', () => {
    expect(new Set(items.map((i) => i.text)).size).toBe(14);
  });

  it.each(items.map((i) => [i.text, i.place] as const))('%s → a field the tab’s form holds', (_text, place) => {
    if (place.field === null) expect(['assessment', 'notifications', 'decisions']).toContain(place.tab);
    else expect(FIELDS_ON_TAB[place.tab]).toContain(place.field);
  });

  it('sends the officer to the Assessment tab to assess, and to the Notifications tab to record the report to the ICO', () => {
    expect(closingChecklist(nothing)[0]!.place).toEqual({ tab: 'assessment', field: null });
    expect(closingChecklist(EVERY_GAP[2]!).find((i) => /report made to the ICO/.test(i.text))).toBeUndefined();
    expect(closingChecklist({ ...nothing, regulatorNotify: true }).find((i) => /report made to the ICO/.test(i.text))!.place).toEqual({
      tab: 'notifications',
      field: null,
    });
  });
});
