import { useCallback, useEffect, useRef, useState } from 'react';
import { holdWaitingSave, trackDraftSave } from '../../lib/waitingDraftSaves';
import { useDraftsStore, type FormKey, type FormValues } from '../../stores/useDraftsStore';
import { guardLeaving } from '../../lib/leaveGuard';

/** Long enough not to send every keystroke, short enough that a lock or a crash loses under half a second. */
export const DRAFT_SAVE_DELAY_MS = 400;

type Options = {
  /** The form's draft; null when there is none to keep (a read-only form). */
  form: FormKey | null;
  values: FormValues;
  /** Whether the values differ from what is saved in the register. */
  isDirty: boolean;
  /** What would be lost, for the question asked before leaving: "a note on INC-2026-0042". */
  what: string;
  /** Puts a kept draft's values back into the form when it opens. */
  onRestore: (values: FormValues) => void;
};

export type DraftKeeper = {
  /** When the restored draft was last saved, while it is shown restored; null otherwise. */
  restoredAt: number | null;
  /** Forgets the draft (the officer discarded it or cancelled); the caller resets the form. */
  discard: () => void;
  /** Sends the form's real operation; once it succeeds the draft is discarded, before the form can read it again. */
  submit: <T>(send: () => Promise<T>) => Promise<T>;
};

/**
 * Keeps a form's unsaved values as a draft in the encrypted register (issue 11 §3): saved a moment after
 * each change while the form is dirty, sent at once before a lock and when the form closes, restored when
 * the form opens again, and discarded when the form is submitted or cancelled. While dirty, leaving asks
 * first (leaveGuard) and a reload is questioned by the browser.
 */
export function useDraft({ form, values, isDirty, what, onRestore }: Options): DraftKeeper {
  const { read: readDraft, save: saveDraft, discard: discardDraft, discardAfter } = useDraftsStore.getState();
  const json = JSON.stringify(values);
  const [restoredAt, setRestoredAt] = useState<number | null>(null);
  const [isRead, setRead] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef({ form, values, json, what, onRestore });
  latest.current = { form, values, json, what, onRestore };
  /** The values handed to a submit or a discard: not unsaved work, though the form still shows them. */
  const settledJson = useRef<string | null>(null);
  const hasDraft = useRef(false);
  const isUnsaved = form !== null && isDirty && json !== settledJson.current;
  const unsaved = useRef(isUnsaved);
  unsaved.current = isUnsaved;
  const formId = form ? `${form.kind}:${form.incidentId ?? ''}` : null;

  const saveNow = useCallback((): Promise<unknown> | null => {
    if (timer.current === null) return null;
    clearTimeout(timer.current);
    timer.current = null;
    const { form: key, values: toSave } = latest.current;
    if (!key) return null;
    hasDraft.current = true;
    return trackDraftSave(saveDraft(key, toSave)).catch(() => undefined);
  }, []);

  const cancelSave = () => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
  };

  // Restores a kept draft once, when the form opens, unless the officer has already started typing.
  useEffect(() => {
    if (!form) return;
    let isCurrent = true;
    const opened = latest.current.json;
    readDraft(form)
      .then((draft) => {
        if (!isCurrent || !draft) return;
        hasDraft.current = true;
        if (latest.current.json !== opened) return;
        latest.current.onRestore(draft.values);
        setRestoredAt(draft.updatedAt);
      })
      .catch(() => undefined)
      .finally(() => {
        if (isCurrent) setRead(true);
      });
    return () => {
      isCurrent = false;
    };
  }, [formId]);

  // Saves a moment after the last change; a form back to what is saved drops its draft.
  useEffect(() => {
    if (!form || !isRead) return;
    if (!isDirty) settledJson.current = null;
    if (isUnsaved) {
      cancelSave();
      timer.current = setTimeout(() => void saveNow(), DRAFT_SAVE_DELAY_MS);
    } else if (!isDirty && hasDraft.current) {
      cancelSave();
      hasDraft.current = false;
      setRestoredAt(null);
      void discardDraft(form).catch(() => undefined);
    }
  }, [json, isDirty, isUnsaved, isRead, formId, saveNow]);

  // Whatever is still waiting goes at once: before a lock, and when the form closes (navigation, tab change).
  useEffect(() => {
    const release = holdWaitingSave(saveNow);
    return () => {
      release();
      void saveNow();
    };
  }, [saveNow]);

  useEffect(() => guardLeaving(() => (unsaved.current ? latest.current.what : null)), []);

  // A reload while dirty is questioned by the browser; the draft is sent at once either way.
  useEffect(() => {
    if (!isUnsaved) return;
    const beforeUnload = (event: BeforeUnloadEvent) => {
      void saveNow();
      event.preventDefault();
    };
    window.addEventListener('beforeunload', beforeUnload);
    return () => window.removeEventListener('beforeunload', beforeUnload);
  }, [isUnsaved, saveNow]);

  const discard = useCallback(() => {
    cancelSave();
    settledJson.current = latest.current.json;
    // Nothing is unsaved from now on, even before the next render: the caller may navigate at once.
    unsaved.current = false;
    hasDraft.current = false;
    setRestoredAt(null);
    const key = latest.current.form;
    if (key) void discardDraft(key).catch(() => undefined);
  }, []);

  const submit = useCallback(
    async <T>(send: () => Promise<T>): Promise<T> => {
      const key = latest.current.form;
      cancelSave();
      settledJson.current = latest.current.json;
      const sending = send();
      if (key) void discardAfter(key, sending).catch(() => undefined);
      try {
        const result = await sending;
        hasDraft.current = false;
        setRestoredAt(null);
        return result;
      } catch (error) {
        // Refused: the values are unsaved work again, kept as a draft as before.
        settledJson.current = null;
        timer.current = setTimeout(() => void saveNow(), DRAFT_SAVE_DELAY_MS);
        throw error;
      }
    },
    [saveNow],
  );

  return { restoredAt, discard, submit };
}
