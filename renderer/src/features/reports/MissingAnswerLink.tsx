import { Button } from '@mantine/core';
import { requestFieldFocus } from '../../lib/fieldFocus';
import { useUiStore } from '../../stores/useUiStore';
import { ANSWER_PLACES } from './answerPlaces';

/** "Answer it": closes the report and opens the place that answers a missing question, its field focused. */
export function MissingAnswerLink({ label, onLeave }: { label: string; onLeave: () => void }) {
  const setTab = useUiStore((s) => s.setIncidentTab);
  const navigate = useUiStore((s) => s.navigate);
  const place = ANSWER_PLACES[label];
  if (!place) return null;
  const go = () => {
    onLeave();
    if (place.page === 'settings') return navigate({ page: 'settings' });
    setTab(place.tab);
    if (place.field) requestFieldFocus(place.field);
  };
  return (
    <Button variant="subtle" size="compact-xs" ml={6} onClick={go} aria-label={`Answer “${label}”`}>
      Answer it
    </Button>
  );
}
