import { create } from 'zustand';
import type { Draft, DraftKind, DraftSummary } from '../../../shared/contract/drafts';
import { call } from '../lib/api';

/** Which form a draft belongs to: its kind, and its incident (null for a new incident). */
export type FormKey = { kind: DraftKind; incidentId: string | null };
export type FormValues = Record<string, unknown>;

type DraftsState = {
  /** The account's drafts offered back after login; emptied as each is restored or discarded. */
  offered: DraftSummary[];
  loadOffer: () => Promise<void>;
  /** Drops one draft from the offer (it is being restored, so it stays in the register). */
  withdraw: (form: FormKey) => void;
  read: (form: FormKey) => Promise<Draft | null>;
  save: (form: FormKey, values: FormValues) => Promise<unknown>;
  discard: (form: FormKey) => Promise<unknown>;
  /**
   * Discards the draft once the form's real operation has succeeded. Queued at once, before the form can
   * remount and read its draft again, so that read waits for the discard.
   */
  discardAfter: (form: FormKey, submitted: Promise<unknown>) => Promise<unknown>;
};

export const initialDraftsState = { offered: [] } satisfies Partial<DraftsState>;

/**
 * Just the form's key: a draft's summary (from the offer) carries its incident's reference and title too,
 * which the core's strict input refuses.
 */
const formKey = (form: FormKey): FormKey => ({ kind: form.kind, incidentId: form.incidentId });
const sameForm = (a: FormKey, b: FormKey) => a.kind === b.kind && a.incidentId === b.incidentId;
const turns = new Map<string, Promise<unknown>>();

/**
 * Runs the calls about one form's draft in the order they were asked: over HTTP two requests in flight
 * could otherwise arrive either way round, and a discard overtaken by a save would bring a draft back.
 */
function inTurn<T>(form: FormKey, work: () => Promise<T>): Promise<T> {
  const id = `${form.kind}:${form.incidentId ?? ''}`;
  const next = (turns.get(id) ?? Promise.resolve()).catch(() => undefined).then(work);
  turns.set(id, next);
  const forget = () => {
    if (turns.get(id) === next) turns.delete(id);
  };
  next.then(forget, forget);
  return next;
}

/** Half-typed forms kept in the encrypted register, per account (issue 11 §3); never in the browser's storage. */
export const useDraftsStore = create<DraftsState>()((set) => ({
  ...initialDraftsState,

  loadOffer: async () => {
    set({ offered: (await call('drafts:list', {})).items });
  },

  withdraw: (form) => set((s) => ({ offered: s.offered.filter((d) => !sameForm(d, form)) })),

  read: (form) => inTurn(form, () => call('drafts:get', formKey(form))),

  save: (form, values) => inTurn(form, () => call('drafts:save', { ...formKey(form), values })),

  discard: (form) => {
    set((s) => ({ offered: s.offered.filter((d) => !sameForm(d, form)) }));
    return inTurn(form, () => call('drafts:discard', formKey(form)));
  },

  discardAfter: (form, submitted) =>
    inTurn(form, async () => {
      try {
        await submitted;
      } catch {
        return;
      }
      set((s) => ({ offered: s.offered.filter((d) => !sameForm(d, form)) }));
      await call('drafts:discard', formKey(form));
    }),
}));
