import { useEffect, useState } from 'react';

/**
 * The current time, re-read every `intervalMs`: clocks on screen count down without a reload.
 * Each caller ticks on its own; the interval stops when the component goes.
 */
export function useNow(intervalMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}
