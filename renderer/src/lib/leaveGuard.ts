/**
 * Forms with unsaved changes say so here, and every way of leaving a view (a menu, a tab, Back, a deep
 * link) asks before it goes. The lock does not ask: it clears the screen at once and the draft is kept.
 */
type UnsavedWork = () => string | null;

const forms = new Set<UnsavedWork>();

/** Registers a form's question "what would be lost?"; returns the way to unregister it. */
export function guardLeaving(unsaved: UnsavedWork): () => void {
  forms.add(unsaved);
  return () => {
    forms.delete(unsaved);
  };
}

/** The first unsaved piece of work on screen, described for the officer ("a note on INC-2026-0042"), or null. */
export function unsavedWork(): string | null {
  for (const unsaved of forms) {
    const work = unsaved();
    if (work !== null) return work;
  }
  return null;
}

/** True when nothing is unsaved or the officer agrees to leave it (it stays as a draft to come back to). */
export function mayLeave(): boolean {
  const work = unsavedWork();
  return work === null || window.confirm(`You have unsaved changes to ${work}.\n\nLeave this page? The draft is kept and offered back when you return.`);
}
