import { randomBytes } from 'node:crypto';
import type { GatewayImportResult } from '../../../shared/contract/gatewayLogs';
import type { Job, JobProgress } from '../../../shared/contract/jobs';
import { AppError } from '../../../shared/contract/result';
import type { Logger } from '../log';
import type { EventBus } from './events';

/** What a job's work receives: a signal that turns true on cancel, and a way to report progress. */
export type JobControl = {
  signal: AbortSignal;
  progress(update: JobProgress): void;
};

export type JobRunner = {
  start(kind: Job['kind'], work: (control: JobControl) => Promise<GatewayImportResult>): Job;
  get(jobId: string): Job;
  cancel(jobId: string): Job;
  /** Cancels every running job (the register is being locked: no job may outlive the key). */
  cancelAll(): void;
  /** Resolves when the job has finished, whatever the outcome (the CLI waits on it). */
  settled(jobId: string): Promise<Job>;
};

/** Progress events at most this often: enough for a smooth bar, few enough not to flood IPC. */
const PROGRESS_INTERVAL_MS = 100;
/** Finished jobs kept for jobs:get; older ones are forgotten. */
const KEEP_FINISHED = 20;

const UNEXPECTED = 'The import stopped on an unexpected error; nothing was written. Try again, and if it happens again, report it with the time.';

/**
 * Runs long work off the request (docs/architecture.md#jobs-events-and-file-handles). A job's work must leave nothing behind when it
 * fails or is cancelled: importers read and check everything first and write in one transaction at the end.
 */
export function createJobRunner(events: EventBus, log: Logger): JobRunner {
  const jobs = new Map<string, { job: Job; abort: AbortController; done: Promise<Job> }>();

  function forgetOld() {
    const finished = [...jobs.entries()].filter(([, j]) => j.job.state !== 'running');
    for (const [id] of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) jobs.delete(id);
  }

  function entry(jobId: string) {
    const found = jobs.get(jobId);
    if (!found) throw new AppError('NOT_FOUND', 'That job is not known (it may have finished long ago). Start it again if needed.');
    return found;
  }

  return {
    start(kind, work) {
      const jobId = `job-${randomBytes(12).toString('base64url')}`;
      const abort = new AbortController();
      const job: Job = {
        jobId,
        kind,
        state: 'running',
        progress: { phase: 'reading', rows: 0, bytesRead: 0, totalBytes: 0, rowsPerSecond: 0 },
        result: null,
        error: null,
      };
      let lastSent = 0;
      const control: JobControl = {
        signal: abort.signal,
        progress(update) {
          // A new phase is shown at once; within a phase, at most one event per interval.
          const phaseChanged = update.phase !== job.progress.phase;
          job.progress = update;
          const now = Date.now();
          if (now - lastSent >= PROGRESS_INTERVAL_MS || phaseChanged) {
            lastSent = now;
            events.emit({ type: 'job:progress', jobId, progress: update });
          }
        },
      };
      // Started on the next turn so the caller has the job id before the first event.
      const done = new Promise<void>((resolve) => setImmediate(resolve))
        .then(() => work(control))
        .then(
          (result) => {
            job.state = 'done';
            job.result = result;
          },
          (error: unknown) => {
            if (abort.signal.aborted) {
              job.state = 'cancelled';
              return;
            }
            job.state = 'failed';
            if (error instanceof AppError) job.error = { code: error.code, message: error.message };
            else {
              log.error(`job ${kind} failed`, error);
              job.error = { code: 'INTERNAL', message: UNEXPECTED };
            }
          },
        )
        .then(() => {
          events.emit({ type: 'job:finished', job: { ...job } });
          if (job.state === 'done') events.emit({ type: 'data:changed', entities: ['incidents', 'parties'] });
          forgetOld();
          return { ...job };
        });
      jobs.set(jobId, { job, abort, done });
      return { ...job };
    },
    get: (jobId) => ({ ...entry(jobId).job }),
    cancel(jobId) {
      const found = entry(jobId);
      if (found.job.state === 'running') found.abort.abort();
      return { ...found.job };
    },
    cancelAll() {
      for (const { job, abort } of jobs.values()) if (job.state === 'running') abort.abort();
    },
    settled: (jobId) => entry(jobId).done,
  };
}
