/** What counts as someone at the keyboard: any pointer, key, wheel or touch on the page. */
const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * Calls `onIdle` once nobody has touched the page for `minutes`. Activity only records the time, and the
 * one timer re-arms itself for what is left when it fires early, so a moving pointer costs no timer churn.
 * Reads `Date.now` and `setTimeout` when they run, so a test's fake clock drives it. Returns the stop.
 */
export function startIdleLock(minutes: number, onIdle: () => void, target: EventTarget = window): () => void {
  const limit = minutes * 60_000;
  let lastActivity = Date.now();
  let timer: ReturnType<typeof setTimeout> | null = null;

  const arm = (delay: number) => {
    timer = setTimeout(check, delay);
  };
  const check = () => {
    const idleFor = Date.now() - lastActivity;
    if (idleFor >= limit) {
      timer = null;
      stop();
      onIdle();
    } else arm(limit - idleFor);
  };
  const touched = () => {
    lastActivity = Date.now();
  };
  const stop = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    for (const type of ACTIVITY_EVENTS) target.removeEventListener(type, touched);
  };

  for (const type of ACTIVITY_EVENTS) target.addEventListener(type, touched, { passive: true });
  arm(limit);
  return stop;
}
