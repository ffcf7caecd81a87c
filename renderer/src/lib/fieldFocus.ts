import { useEffect, useRef } from 'react';

/**
 * A link elsewhere on the page ("what's left", a missing answer in the ICO draft) asks a form to focus one
 * of its fields. The form that holds the field answers with react-hook-form's own `setFocus`, which reaches
 * every kind of input through its ref; a request no mounted form holds waits for the form that does.
 */
type Listener = (field: string) => boolean;

const listeners = new Set<Listener>();
let pending: string | null = null;

// Two frames: the tab switch that came with the request has been painted, so the field can take focus.
const afterPaint = (run: () => void) => requestAnimationFrame(() => requestAnimationFrame(run));

/** Asks whichever form holds `field` to focus it. */
export function requestFieldFocus(field: string): void {
  pending = field;
  afterPaint(() => {
    for (const listener of listeners) {
      if (pending !== null && listener(pending)) pending = null;
    }
  });
}

/** Lets a form answer focus requests for its `fields`. */
export function useFieldFocusRequests<F extends string>(fields: readonly F[], setFocus: (field: F) => void): void {
  const latest = useRef({ fields, setFocus });
  latest.current = { fields, setFocus };
  useEffect(() => {
    const listener: Listener = (field) => {
      if (!(latest.current.fields as readonly string[]).includes(field)) return false;
      latest.current.setFocus(field as F);
      return true;
    };
    listeners.add(listener);
    if (pending !== null && listener(pending)) pending = null;
    return () => void listeners.delete(listener);
  }, []);
}
