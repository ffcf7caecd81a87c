import { useEffect, useState } from 'react';
import { toUiError, type UiError } from '../../lib/errors';
import { useIncidentStore } from '../../stores/useIncidentStore';
import { useIncidentsStore } from '../../stores/useIncidentsStore';

/** The id behind the reference in the address; the incident already open answers without asking the core. */
export function useIncidentAddress(reference: string): { id: string | null; error: UiError | null } {
  const [found, setFound] = useState<{ reference: string; id: string | null; error: UiError | null } | null>(null);

  useEffect(() => {
    const open = useIncidentStore.getState().incident;
    if (open?.reference === reference) {
      setFound({ reference, id: open.id, error: null });
      return;
    }
    let isCurrent = true;
    useIncidentsStore
      .getState()
      .idOfReference(reference)
      .then(
        (id) => isCurrent && setFound({ reference, id, error: null }),
        (e: unknown) => isCurrent && setFound({ reference, id: null, error: toUiError(e) }),
      );
    return () => {
      isCurrent = false;
    };
  }, [reference]);

  return found?.reference === reference ? { id: found.id, error: found.error } : { id: null, error: null };
}
