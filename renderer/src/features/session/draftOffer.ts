import type { DraftSummary } from '../../../../shared/contract/drafts';
import type { IncidentTab } from '../../stores/useUiStore';
import { draftWhat } from '../../components/form/draftText';

/** The incident tab each kept form lives on. */
export const DRAFT_TAB = {
  incidentDetails: 'details',
  note: 'notes',
  assessment: 'assessment',
  decisions: 'decisions',
} as const satisfies Record<Exclude<DraftSummary['kind'], 'newIncident'>, IncidentTab>;

/** "You were writing a note on INC-2026-0042", said after login. */
export function draftOfferText(draft: DraftSummary): string {
  return `You were writing ${draftWhat(draft.kind, draft.incidentReference)}`;
}
