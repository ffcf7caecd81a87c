import { useEffect, useRef } from 'react';
import { useUiStore } from '../stores/useUiStore';

/**
 * For a page's main heading (rendered with tabIndex -1): takes focus when the officer has just arrived
 * on a new view, so a screen reader announces where they are and Tab starts from the top of the page.
 */
export function useArrivalFocus<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const isDue = useUiStore((s) => s.isHeadingFocusDue);

  useEffect(() => {
    if (!isDue || !ref.current) return;
    ref.current.focus();
    useUiStore.setState({ isHeadingFocusDue: false });
  }, [isDue]);

  return ref;
}
