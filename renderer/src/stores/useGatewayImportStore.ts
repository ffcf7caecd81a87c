import { create } from 'zustand';
import type { CoreEvent } from '../../../shared/contract/events';
import type { FileRef } from '../../../shared/contract/files';
import type { ColumnMapping, GatewayLogFormat } from '../../../shared/contract/gatewayLogs';
import type { Job } from '../../../shared/contract/jobs';
import type { IncidentSummary } from '../../../shared/contract/incidents';
import type { Marking } from '../../../shared/domain/vocabulary';
import type { Output } from '../../../shared/contract';
import { call } from '../lib/api';
import { subscribeToCoreEvents } from '../lib/coreEvents';
import { toUiError, type UiError } from '../lib/errors';
import { uploadFile } from '../lib/uploadFile';
import { nowAsAwareness, readAwareness } from '../lib/awareness';

export type LogInspection = Output<'gatewayLogs:inspect'>;

/** Where the import stands: choosing, reading the file's head, choosing options, or a job started. */
export type GatewayImportStep = 'choose' | 'inspecting' | 'options' | 'starting' | 'job';

type GatewayImportState = {
  step: GatewayImportStep;
  file: FileRef | null;
  inspection: LogInspection | null;
  format: GatewayLogFormat;
  /** The column chosen for each field (CSV only); empty string while unchosen. */
  mapping: Record<keyof ColumnMapping, string>;
  /** One new incident per lookalike domain, or everything into `target`. */
  fileInto: 'new' | 'existing';
  target: IncidentSummary | null;
  recordMarking: Marking;
  /** When the officer became aware, as typed (now when the file is read): the new incidents' discovery. */
  awareText: string;
  /** Why the file could not be read or the import not started. */
  error: UiError | null;
  jobId: string | null;
  job: Job | null;
  /** Uploads the file and reads its header and first rows. */
  chooseFile: (file: File) => Promise<void>;
  setFormat: (format: GatewayLogFormat) => void;
  setMappingField: (field: keyof ColumnMapping, column: string) => void;
  setFileInto: (fileInto: 'new' | 'existing') => void;
  setTarget: (incident: IncidentSummary) => void;
  setRecordMarking: (marking: Marking) => void;
  setAwareText: (text: string) => void;
  start: () => Promise<void>;
  cancel: () => Promise<void>;
  /** Catches up with a job that ran while the page was away (its events went unheard). */
  refreshJob: () => Promise<void>;
  /** Open incidents matching `text` (the most recently discovered when empty), for the "add to an existing incident" picker. */
  /** Back to choosing a file, once the last import has finished. */
  reset: () => void;
};

const EMPTY_MAPPING: Record<keyof ColumnMapping, string> = { sentAt: '', sender: '', recipients: '', subject: '', messageId: '' };

export const initialGatewayImportState = {
  step: 'choose',
  file: null,
  inspection: null,
  format: 'csv',
  mapping: EMPTY_MAPPING,
  fileInto: 'new',
  target: null,
  recordMarking: 'OFFICIAL-SENSITIVE',
  awareText: '',
  error: null,
  jobId: null,
  job: null,
} satisfies Partial<GatewayImportState>;

/** A file chosen after another one never has its inspection overwritten by the older file's. */
let generation = 0;
/** The event subscription held while a job runs, so progress is kept even while another page is shown. */
let unsubscribe: (() => void) | null = null;
/**
 * The job asked after every few seconds while it runs: an event stream that connects late (the harness's
 * SSE on a busy machine) can miss a short job's job:finished, and the import would then wait for ever.
 */
let poll: ReturnType<typeof setInterval> | null = null;
const JOB_POLL_MS = 2000;

function stopListening() {
  unsubscribe?.();
  unsubscribe = null;
  if (poll !== null) clearInterval(poll);
  poll = null;
}

export const useGatewayImportStore = create<GatewayImportState>()((set, get) => {
  function applyEvent(event: CoreEvent) {
    const { jobId, job } = get();
    if (event.type === 'job:progress' && event.jobId === jobId && job?.state === 'running') {
      set({ job: { ...job, progress: event.progress } });
    } else if (event.type === 'job:finished' && event.job.jobId === jobId) {
      set({ job: event.job });
      stopListening();
    }
  }

  return {
    ...initialGatewayImportState,

    chooseFile: async (chosen) => {
      const mine = ++generation;
      stopListening();
      set({ ...initialGatewayImportState, step: 'inspecting' });
      try {
        const file = await uploadFile(chosen);
        const inspection = await call('gatewayLogs:inspect', { fileId: file.fileId });
        if (mine !== generation) return;
        set({
          step: 'options',
          file,
          inspection,
          format: inspection.detectedFormat ?? 'csv',
          mapping: { ...EMPTY_MAPPING, ...inspection.suggestedMapping },
          awareText: nowAsAwareness(),
        });
      } catch (e) {
        if (mine === generation) set({ step: 'choose', error: toUiError(e) });
      }
    },

    setFormat: (format) => set({ format }),
    setMappingField: (field, column) => set((s) => ({ mapping: { ...s.mapping, [field]: column } })),
    setFileInto: (fileInto) => set({ fileInto, ...(fileInto === 'new' ? { target: null } : {}) }),
    setTarget: (target) => set({ target }),
    setRecordMarking: (recordMarking) => set({ recordMarking }),
    setAwareText: (awareText) => set({ awareText }),

    start: async () => {
      const { file, format, mapping, target, recordMarking, awareText } = get();
      if (!file) return;
      const awareAt = target ? null : readAwareness(awareText, Date.now());
      if (awareAt && !awareAt.ok) {
        set({ error: { code: 'INVALID_INPUT', message: awareAt.message, issues: [{ path: 'awareAt', message: awareAt.message }] } });
        return;
      }
      set({ step: 'starting', error: null });
      // Listening before the job exists, so its first progress events are not missed.
      stopListening();
      unsubscribe = subscribeToCoreEvents(applyEvent);
      try {
        const { jobId } = await call('gatewayLogs:import', {
          fileId: file.fileId,
          format,
          ...(format === 'csv' ? { mapping: mappingToSend(mapping) } : {}),
          ...(target ? { incidentId: target.id } : { recordMarking }),
          ...(awareAt?.ok ? { awareAt: awareAt.ms } : {}),
        });
        set({
          step: 'job',
          jobId,
          job: {
            jobId,
            kind: 'gateway-import',
            state: 'running',
            progress: { phase: 'reading', rows: 0, bytesRead: 0, totalBytes: file.size, rowsPerSecond: 0 },
            result: null,
            error: null,
          },
        });
        // A small file can finish before the answer arrives; its job:finished event would then be unheard.
        await get().refreshJob();
        if (get().job?.state === 'running') poll ??= setInterval(() => void get().refreshJob(), JOB_POLL_MS);
      } catch (e) {
        stopListening();
        set({ step: 'options', error: toUiError(e) });
      }
    },

    cancel: async () => {
      const { jobId } = get();
      if (!jobId) return;
      set({ error: null });
      try {
        const job = await call('jobs:cancel', { jobId });
        // The cancelled state arrives with job:finished once the work has stopped and nothing is left behind.
        if (job.state !== 'running') set({ job });
      } catch (e) {
        set({ error: toUiError(e) });
      }
    },

    refreshJob: async () => {
      const { jobId, job: known } = get();
      if (!jobId || known?.state !== 'running') return;
      try {
        const job = await call('jobs:get', { jobId });
        if (get().jobId !== jobId) return;
        set({ job });
        if (job.state === 'running') unsubscribe ??= subscribeToCoreEvents(applyEvent);
        else stopListening();
      } catch (e) {
        const error = toUiError(e);
        // The core forgot the job (Casebook was restarted): it will never finish, so say so rather than wait.
        if (error.code === 'NOT_FOUND' && get().jobId === jobId) {
          stopListening();
          set({ job: { ...known, state: 'failed', error: { code: error.code, message: error.message } } });
        } else set({ error });
      }
    },

    reset: () => {
      generation++;
      stopListening();
      set(initialGatewayImportState);
    },
  };
});

/** The mapping the contract takes: the optional fields left out when no column was chosen. */
function mappingToSend(mapping: Record<keyof ColumnMapping, string>): ColumnMapping {
  return {
    sentAt: mapping.sentAt,
    sender: mapping.sender,
    recipients: mapping.recipients,
    ...(mapping.subject ? { subject: mapping.subject } : {}),
    ...(mapping.messageId ? { messageId: mapping.messageId } : {}),
  };
}

/** Whether the import can start: every required column chosen (CSV), and the incident chosen if adding to one. */
export const selectCanStart = (s: GatewayImportState) =>
  s.file !== null &&
  (s.fileInto === 'new' || s.target !== null) &&
  (s.format !== 'csv' || (s.mapping.sentAt !== '' && s.mapping.sender !== '' && s.mapping.recipients !== ''));
