import type { DraftKind } from '../../../../shared/contract/drafts';

const WRITING: Record<DraftKind, (reference: string) => string> = {
  newIncident: () => 'a new incident',
  incidentDetails: (reference) => `the details of ${reference}`,
  note: (reference) => `a note on ${reference}`,
  assessment: (reference) => `an assessment of ${reference}`,
  decisions: (reference) => `the decisions on ${reference}`,
} satisfies Record<DraftKind, (reference: string) => string>;

/** What the officer was writing, in their words: "a note on INC-2026-0042". */
export function draftWhat(kind: DraftKind, reference: string | null): string {
  return WRITING[kind](reference ?? 'an incident');
}
