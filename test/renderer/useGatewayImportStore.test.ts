import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CoreEvent } from '../../shared/contract/events';
import type { Job, JobProgress } from '../../shared/contract/jobs';
import { AppError } from '../../shared/contract/result';

/**
 * The gateway import's store with the core mocked: what it asks for, and how it follows a job through
 * its events. The store is loaded by a path tsc does not follow (the test project has no DOM library).
 */
const call = vi.fn();
const uploadFile = vi.fn();
const listeners: ((event: CoreEvent) => void)[] = [];
const unsubscribe = vi.fn();
vi.mock('../../renderer/src/lib/api', () => ({ call }));
vi.mock('../../renderer/src/lib/uploadFile', () => ({ uploadFile }));
vi.mock('../../renderer/src/lib/coreEvents', () => ({
  subscribeToCoreEvents: (listener: (event: CoreEvent) => void) => {
    listeners.push(listener);
    return () => {
      listeners.splice(listeners.indexOf(listener), 1);
      unsubscribe();
    };
  },
}));

type Store = {
  getState(): Record<string, unknown> & {
    step: string;
    job: Job | null;
    error: { code: string; message: string } | null;
    format: string;
    mapping: Record<string, string>;
    chooseFile(file: unknown): Promise<void>;
    setMappingField(field: string, column: string): void;
    setFileInto(into: 'new' | 'existing'): void;
    setTarget(incident: unknown): void;
    setAwareText(text: string): void;
    start(): Promise<void>;
    refreshJob(): Promise<void>;
    reset(): void;
  };
};
let store: Store;
let canStart: (state: unknown) => boolean;
beforeAll(async () => {
  const path = '../../renderer/src/stores/useGatewayImportStore';
  const module = (await import(/* @vite-ignore */ path)) as { useGatewayImportStore: Store; selectCanStart: typeof canStart };
  store = module.useGatewayImportStore;
  canStart = module.selectCanStart;
});

const FILE = { fileId: 'file-aaaaaaaaaaaaaaaaaaaa', name: 'relay.csv', size: 1000 };
const JOB_ID = 'job-aaaaaaaaaaaa';
const progress = (rows: number): JobProgress => ({ phase: 'reading', rows, bytesRead: rows * 10, totalBytes: 1000, rowsPerSecond: 500 });
const job = (state: Job['state'], p: Partial<Job> = {}): Job => ({
  jobId: JOB_ID,
  kind: 'gateway-import',
  state,
  progress: progress(0),
  result: null,
  error: null,
  ...p,
});
const emit = (event: CoreEvent) => [...listeners].forEach((listener) => listener(event));

/** Answers each operation the store calls, as the core would. */
function core(answers: Record<string, (input: never) => unknown>) {
  call.mockImplementation(async (operation: string, input: never) => {
    const answer = answers[operation];
    if (!answer) throw new Error(`unexpected call ${operation}`);
    return answer(input);
  });
}

async function chooseCsv(suggestedMapping: Record<string, string>) {
  uploadFile.mockResolvedValue(FILE);
  core({
    'gatewayLogs:inspect': () => ({
      fileName: 'relay.csv',
      size: 1000,
      detectedFormat: null,
      columns: ['Logged', 'From', 'To', 'Topic'],
      sampleRows: [],
      suggestedMapping,
    }),
  });
  await store.getState().chooseFile({ name: 'relay.csv' });
}

describe('the gateway import store', () => {
  beforeEach(() => {
    store.getState().reset();
    call.mockReset();
    unsubscribe.mockReset();
    listeners.length = 0;
  });

  it('reads an unrecognised CSV as CSV with the suggested columns, and starts only once every required column is chosen', async () => {
    await chooseCsv({ sender: 'From', recipients: 'To' });
    expect(store.getState().step).toBe('options');
    expect(store.getState().format).toBe('csv');
    expect(store.getState().mapping).toEqual({ sentAt: '', sender: 'From', recipients: 'To', subject: '', messageId: '' });
    expect(canStart(store.getState())).toBe(false);
    store.getState().setMappingField('sentAt', 'Logged');
    expect(canStart(store.getState())).toBe(true);
    store.getState().setFileInto('existing');
    expect(canStart(store.getState())).toBe(false);
  });

  it('sends the mapping without the unchosen optional columns, and the incident rather than a marking when adding to one', async () => {
    await chooseCsv({ sentAt: 'Logged', sender: 'From', recipients: 'To' });
    store.getState().setFileInto('existing');
    store.getState().setTarget({ id: '0b7e1c9e-2f0a-4f5e-9a43-1f1d2b3c4d5e', reference: 'INC-2026-0002', title: 'army.ml' });
    const requests: unknown[] = [];
    core({
      'gatewayLogs:import': (input) => (requests.push(input), { jobId: JOB_ID }),
      'jobs:get': () => job('running'),
    });
    await store.getState().start();
    expect(requests).toEqual([
      { fileId: FILE.fileId, format: 'csv', mapping: { sentAt: 'Logged', sender: 'From', recipients: 'To' }, incidentId: '0b7e1c9e-2f0a-4f5e-9a43-1f1d2b3c4d5e' },
    ]);
  });

  it('sends the awareness time for new incidents, and refuses one in the future at awareAt without calling the core', async () => {
    await chooseCsv({ sentAt: 'Logged', sender: 'From', recipients: 'To' });
    const requests: { awareAt?: number }[] = [];
    core({
      'gatewayLogs:import': (input) => (requests.push(input), { jobId: JOB_ID }),
      'jobs:get': () => job('running'),
    });
    store.getState().setAwareText('27/11/2026 14:30');
    await store.getState().start();
    expect(requests.map((r) => r.awareAt)).toEqual([Date.UTC(2026, 10, 27, 14, 30)]);

    await chooseCsv({ sentAt: 'Logged', sender: 'From', recipients: 'To' });
    call.mockClear();
    store.getState().setAwareText('27/11/2999 14:30');
    await store.getState().start();
    expect(call).not.toHaveBeenCalled();
    expect(store.getState().step).toBe('options');
    expect(store.getState().error).toMatchObject({ code: 'INVALID_INPUT', issues: [{ path: 'awareAt', message: expect.stringMatching(/cannot be in the future/) }] });
  });

  it('follows its own job’s progress, ignores other jobs, and stops listening when the job finishes', async () => {
    await chooseCsv({ sentAt: 'Logged', sender: 'From', recipients: 'To' });
    core({ 'gatewayLogs:import': () => ({ jobId: JOB_ID }), 'jobs:get': () => job('running') });
    await store.getState().start();
    expect(store.getState().step).toBe('job');
    expect(listeners).toHaveLength(1);

    emit({ type: 'job:progress', jobId: JOB_ID, progress: progress(40) });
    emit({ type: 'job:progress', jobId: 'job-someoneelse', progress: progress(90) });
    expect(store.getState().job?.progress.rows).toBe(40);

    emit({ type: 'job:finished', job: job('cancelled') });
    expect(store.getState().job?.state).toBe('cancelled');
    expect(listeners).toHaveLength(0);
  });

  it('catches a small file’s job that finished before the import answered', async () => {
    await chooseCsv({ sentAt: 'Logged', sender: 'From', recipients: 'To' });
    core({
      'gatewayLogs:import': () => ({ jobId: JOB_ID }),
      'jobs:get': () => job('failed', { error: { code: 'INVALID_INPUT', message: 'relay.csv line 3: no date' } }),
    });
    await store.getState().start();
    expect(store.getState().job?.error?.message).toBe('relay.csv line 3: no date');
    expect(listeners).toHaveLength(0);
  });

  it('asks after a running job every few seconds, so a finish the event stream missed is still seen, then stops asking', async () => {
    await chooseCsv({ sentAt: 'Logged', sender: 'From', recipients: 'To' });
    core({ 'gatewayLogs:import': () => ({ jobId: JOB_ID }), 'jobs:get': () => job('running') });
    vi.useFakeTimers();
    try {
      await store.getState().start();
      core({ 'jobs:get': () => job('done') });
      await vi.advanceTimersByTimeAsync(2000);
      expect(store.getState().job?.state).toBe('done');
      expect(listeners).toHaveLength(0);
      call.mockClear();
      await vi.advanceTimersByTimeAsync(10_000);
      expect(call).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });

  it('says a job the core no longer knows has failed, rather than waiting for it for ever', async () => {
    await chooseCsv({ sentAt: 'Logged', sender: 'From', recipients: 'To' });
    core({ 'gatewayLogs:import': () => ({ jobId: JOB_ID }), 'jobs:get': () => job('running') });
    await store.getState().start();
    core({
      'jobs:get': () => {
        throw new AppError('NOT_FOUND', 'That job is not known.');
      },
    });
    await store.getState().refreshJob();
    expect(store.getState().job?.state).toBe('failed');
    expect(store.getState().job?.error?.message).toBe('That job is not known.');
    expect(listeners).toHaveLength(0);
  });

  it('keeps the officer on the file step with the core’s reason when the file cannot be read', async () => {
    uploadFile.mockResolvedValue(FILE);
    core({
      'gatewayLogs:inspect': () => {
        throw new AppError('INVALID_INPUT', 'relay.csv has no header line Casebook can find (it is empty).');
      },
    });
    await store.getState().chooseFile({ name: 'relay.csv' });
    expect(store.getState().step).toBe('choose');
    expect(store.getState().error?.message).toMatch(/no header line/);
  });
});
