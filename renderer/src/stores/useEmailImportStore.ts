import { create } from 'zustand';
import type { EmailPreview } from '../../../shared/contract/emails';
import type { FileRef } from '../../../shared/contract/files';
import type { Input, Output } from '../../../shared/contract';
import { call } from '../lib/api';
import { toUiError, type UiError } from '../lib/errors';
import { uploadFile } from '../lib/uploadFile';

export type ImportTarget = Input<'emails:import'>['target'];
export type ImportResult = Output<'emails:import'>;
export type Evidence = Output<'evidence:list'>['items'][number];
export type EmailMessage = Output<'messages:list'>['items'][number];

/** The incident the dialog was opened from: the import goes there unless the officer chooses otherwise. */
export type ImportContext = { id: string; reference: string; title: string };

type Step = 'choose' | 'reading' | 'preview' | 'importing';

type Loaded<T> = { incidentId: string | null; items: T[]; status: 'idle' | 'loading' | 'ready' | 'error'; error: UiError | null };

type EmailState = {
  /** The import dialog; null when closed. */
  dialog: { context: ImportContext | null } | null;
  step: Step;
  file: FileRef | null;
  /** The file the officer picked or dropped, shown in the file field and named by the loader. */
  source: File | null;
  preview: EmailPreview | null;
  /** Why the file could not be read (not an email, truncated…), in the core's words. */
  readError: UiError | null;

  openDialog: (options?: { file?: File; context?: ImportContext }) => void;
  closeDialog: () => void;
  /** Hands the file to the core and reads it: nothing is recorded until `importEmail`. */
  read: (file: File) => Promise<void>;
  /** Records the previewed file; throws AppError (closed incident, already attached…) for the dialog to show. */
  importEmail: (target: ImportTarget) => Promise<ImportResult>;
  /** Open incidents matching the text, for "add to an existing incident". */

  /** The open incident's evidence files and messages (the Email tab). */
  evidence: Loaded<Evidence>;
  messages: Loaded<EmailMessage> & { total: number; nextCursor: string | null };
  loadEvidence: (incidentId: string) => Promise<void>;
  loadMessages: (incidentId: string, more?: boolean) => Promise<void>;
};

const idle = { incidentId: null, items: [], status: 'idle', error: null } as const;

export const initialEmailState = {
  dialog: null,
  step: 'choose',
  file: null,
  source: null,
  preview: null,
  readError: null,
  evidence: { ...idle, items: [] },
  messages: { ...idle, items: [], total: 0, nextCursor: null },
} satisfies Partial<EmailState>;

const freshDialog = { step: 'choose', file: null, source: null, preview: null, readError: null } as const;

export const useEmailImportStore = create<EmailState>()((set, get) => {
  /** Each read gets a number; a slower read of a file the officer has since replaced is dropped. */
  let readCount = 0;

  return {
    ...initialEmailState,

    openDialog: (options = {}) => {
      set({ dialog: { context: options.context ?? null }, ...freshDialog });
      if (options.file) void get().read(options.file);
    },

    closeDialog: () => {
      readCount += 1;
      set({ dialog: null, ...freshDialog });
    },

    read: async (file) => {
      const ticket = ++readCount;
      set({ step: 'reading', source: file, file: null, preview: null, readError: null });
      try {
        const ref = await uploadFile(file);
        const preview = await call('emails:preview', { fileId: ref.fileId });
        if (ticket === readCount) set({ step: 'preview', file: ref, preview });
      } catch (e) {
        if (ticket === readCount) set({ step: 'choose', readError: toUiError(e) });
      }
    },

    importEmail: async (target) => {
      const { file } = get();
      if (!file) throw new Error('importEmail called before a file was read');
      set({ step: 'importing' });
      try {
        const result = await call('emails:import', { fileId: file.fileId, target });
        // The Email tab on screen gains a file and rows; re-read it rather than wait for the core's event.
        const { evidence, loadEvidence, loadMessages } = get();
        if (evidence.incidentId === result.incidentId) void Promise.all([loadEvidence(result.incidentId), loadMessages(result.incidentId)]);
        return result;
      } finally {
        set((s) => (s.step === 'importing' ? { step: 'preview' } : s));
      }
    },

    loadEvidence: async (incidentId) => {
      set((s) => ({ evidence: { incidentId, items: s.evidence.incidentId === incidentId ? s.evidence.items : [], status: 'loading', error: null } }));
      try {
        const { items } = await call('evidence:list', { incidentId });
        if (get().evidence.incidentId === incidentId) set({ evidence: { incidentId, items, status: 'ready', error: null } });
      } catch (e) {
        if (get().evidence.incidentId === incidentId) set((s) => ({ evidence: { ...s.evidence, status: 'error', error: toUiError(e) } }));
      }
    },

    loadMessages: async (incidentId, more = false) => {
      const current = get().messages;
      const cursor = more && current.incidentId === incidentId ? current.nextCursor : null;
      set((s) => ({
        messages:
          s.messages.incidentId === incidentId ? { ...s.messages, status: 'loading', error: null } : { ...initialEmailState.messages, incidentId, status: 'loading' },
      }));
      try {
        const page = await call('messages:list', { incidentId, cursor, limit: 200 });
        if (get().messages.incidentId !== incidentId) return;
        set((s) => ({
          messages: {
            incidentId,
            items: cursor ? [...s.messages.items, ...page.items] : page.items,
            total: page.total,
            nextCursor: page.nextCursor,
            status: 'ready',
            error: null,
          },
        }));
      } catch (e) {
        if (get().messages.incidentId === incidentId) set((s) => ({ messages: { ...s.messages, status: 'error', error: toUiError(e) } }));
      }
    },
  };
});
