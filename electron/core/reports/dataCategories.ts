import { DATA_CATEGORIES, DATA_CATEGORY_LABELS } from '../../../shared/domain/vocabulary';
import type { IncidentBundle } from './incidentData';

/**
 * The kinds of personal data a report gives: those the officer recorded on the ICO form; until then, those
 * recorded on the linked parties (an import records them for each exposed recipient), flagged as not yet
 * confirmed so each report can say so.
 */
export function reportedDataCategories(b: IncidentBundle): { labels: string[]; fromParties: boolean } {
  const recorded = b.incident.dataCategories.filter((c) => c !== 'not_yet_known');
  if (recorded.length > 0) return { labels: recorded.map((c) => DATA_CATEGORY_LABELS[c]), fromParties: false };
  const linked = new Set(b.parties.flatMap((p) => p.involvement.dataCategories));
  return { labels: DATA_CATEGORIES.filter((c) => c !== 'not_yet_known' && linked.has(c)).map((c) => DATA_CATEGORY_LABELS[c]), fromParties: true };
}
