import type { ClosingItemPlace } from '../../../../shared/domain/workflow';
import { requestFieldFocus } from '../../lib/fieldFocus';
import type { IncidentTab } from '../../lib/routes';

/** Opens the tab where an answer is given and focuses its field, if it has one. */
export function goToPlace(place: ClosingItemPlace, setTab: (tab: IncidentTab) => void): void {
  setTab(place.tab);
  if (place.field) requestFieldFocus(place.field);
}
