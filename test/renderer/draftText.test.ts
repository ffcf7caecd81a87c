import { describe, expect, it } from 'vitest';

/** What the forms and the offer after login call a draft (loaded by a path tsc does not follow: the modules sit in the renderer). */
type DraftText = { draftWhat(kind: string, reference: string | null): string };
type DraftOffer = { draftOfferText(draft: { kind: string; incidentReference: string | null }): string; DRAFT_TAB: Record<string, string> };
const textPath = '../../renderer/src/components/form/draftText';
const offerPath = '../../renderer/src/features/session/draftOffer';
const text = (await import(/* @vite-ignore */ textPath)) as DraftText;
const offer = (await import(/* @vite-ignore */ offerPath)) as DraftOffer;

describe('drafts in the officer’s words', () => {
  it('names each kind of form with its incident', () => {
    expect(text.draftWhat('newIncident', null)).toBe('a new incident');
    expect(text.draftWhat('incidentDetails', 'INC-2026-0042')).toBe('the details of INC-2026-0042');
    expect(text.draftWhat('note', 'INC-2026-0042')).toBe('a note on INC-2026-0042');
    expect(text.draftWhat('assessment', 'INC-2026-0042')).toBe('an assessment of INC-2026-0042');
    expect(text.draftWhat('decisions', 'INC-2026-0042')).toBe('the decisions on INC-2026-0042');
  });

  it('offers a draft back after login as what the officer was writing, and opens the tab its form is on', () => {
    expect(offer.draftOfferText({ kind: 'note', incidentReference: 'INC-2026-0042' })).toBe('You were writing a note on INC-2026-0042');
    expect(offer.DRAFT_TAB).toEqual({ incidentDetails: 'details', note: 'notes', assessment: 'assessment', decisions: 'decisions' });
  });
});
