import { create } from 'zustand';
import type { FileRef } from '../../../shared/contract/files';
import type { BATCH_NOTIFICATION_STATUSES, PeopleField, PeopleImportResult, PeopleMapping, PeoplePreview } from '../../../shared/contract/peopleImport';
import type { DataCategory, PartyRole } from '../../../shared/domain/vocabulary';
import { call } from '../lib/api';
import { toUiError, type UiError } from '../lib/errors';
import { uploadFile } from '../lib/uploadFile';
import { useIncidentStore } from './useIncidentStore';

/** Where the import stands: choosing a file, reading it, looking at the preview, importing, or done. */
export type PeopleImportStep = 'choose' | 'reading' | 'preview' | 'importing' | 'done';

type PeopleImportState = {
  step: PeopleImportStep;
  incidentId: string | null;
  file: FileRef | null;
  preview: PeoplePreview | null;
  /** The columns chosen; the preview's rows were read with it once it names the name column. */
  mapping: Partial<PeopleMapping>;
  role: PartyRole;
  dataCategories: DataCategory[];
  notificationStatus: (typeof BATCH_NOTIFICATION_STATUSES)[number];
  skipRowsWithProblems: boolean;
  error: UiError | null;
  result: PeopleImportResult | null;
  /** Starts over for this incident (the dialog opening). */
  begin: (incidentId: string) => void;
  /** Uploads the file and reads its preview with the mapping its header suggests. */
  chooseFile: (file: File) => Promise<void>;
  /** Reads another sheet of the workbook, with the mapping its header suggests. */
  chooseSheet: (sheet: string) => Promise<void>;
  /** Reads the rows again with this column for the field ('' for none). */
  setMappingField: (field: PeopleField, column: string) => Promise<void>;
  setRole: (role: PartyRole) => void;
  setDataCategories: (categories: DataCategory[]) => void;
  setNotificationStatus: (status: PeopleImportState['notificationStatus']) => void;
  setSkipRowsWithProblems: (skip: boolean) => void;
  importPeople: () => Promise<void>;
};

export const initialPeopleImportState = {
  step: 'choose',
  incidentId: null,
  file: null,
  preview: null,
  mapping: {},
  role: 'data_subject',
  dataCategories: [],
  notificationStatus: 'undecided',
  skipRowsWithProblems: false,
  error: null,
  result: null,
} satisfies Partial<PeopleImportState>;

/** A preview asked for after another one never has its answer overwritten by the older one's. */
let generation = 0;

export const usePeopleImportStore = create<PeopleImportState>()((set, get) => {
  /** Reads the preview again; the rows stay on screen meanwhile and the error says what went wrong. */
  async function readPreview(change: { sheet?: string; mapping?: PeopleMapping }) {
    const { file, incidentId, preview } = get();
    if (!file || !incidentId) return;
    const mine = ++generation;
    set({ step: 'reading', error: null });
    try {
      const sheet = change.sheet ?? preview?.sheet ?? undefined;
      const next = await call('parties:importPreview', {
        fileId: file.fileId,
        incidentId,
        ...(sheet ? { sheet } : {}),
        ...(change.mapping ? { mapping: change.mapping } : {}),
      });
      if (mine === generation) set({ step: 'preview', preview: next, mapping: next.mapping ?? next.suggestedMapping });
    } catch (e) {
      if (mine === generation) set({ step: get().preview ? 'preview' : 'choose', error: toUiError(e) });
    }
  }

  return {
    ...initialPeopleImportState,

    begin: (incidentId) => {
      generation += 1;
      set({ ...initialPeopleImportState, incidentId });
    },

    chooseFile: async (chosen) => {
      const mine = ++generation;
      set({ step: 'reading', file: null, preview: null, error: null, result: null });
      try {
        const file = await uploadFile(chosen);
        if (mine !== generation) return;
        set({ file });
        await readPreview({});
      } catch (e) {
        if (mine === generation) set({ step: 'choose', error: toUiError(e) });
      }
    },

    chooseSheet: (sheet) => readPreview({ sheet }),

    setMappingField: async (field, column) => {
      const mapping: Partial<PeopleMapping> = { ...get().mapping };
      if (column) mapping[field] = column;
      else delete mapping[field];
      set({ mapping });
      // Without a name column there are no people to read: the choice is kept and the dialog says so.
      if (mapping.name) await readPreview({ mapping: { ...mapping, name: mapping.name } });
    },

    setRole: (role) => set({ role }),
    setDataCategories: (dataCategories) => set({ dataCategories }),
    setNotificationStatus: (notificationStatus) => set({ notificationStatus }),
    setSkipRowsWithProblems: (skipRowsWithProblems) => set({ skipRowsWithProblems }),

    importPeople: async () => {
      const { file, incidentId, preview, mapping, role, dataCategories, notificationStatus, skipRowsWithProblems } = get();
      if (!file || !incidentId || !preview || !mapping.name) return;
      set({ step: 'importing', error: null });
      try {
        const result = await call('parties:import', {
          fileId: file.fileId,
          incidentId,
          ...(preview.sheet ? { sheet: preview.sheet } : {}),
          mapping: { ...mapping, name: mapping.name },
          role,
          dataCategories,
          notificationStatus,
          skipRowsWithProblems,
        });
        set({ step: 'done', result });
        const incident = useIncidentStore.getState();
        if (incident.id === incidentId) await Promise.all([incident.reload(), incident.loadParties()]);
      } catch (e) {
        set({ step: 'preview', error: toUiError(e) });
      }
    },
  };
});
