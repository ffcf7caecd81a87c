import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { AuthStatus } from '../../../shared/contract/auth';
import type { CoreEvent } from '../../../shared/contract/events';
import type { FileRef } from '../../../shared/contract/files';
import { AppError, type Result } from '../../../shared/contract/result';
import type { Output } from '../../../shared/contract';
import type { Operation } from '../../../shared/contract';
import { createLogger, type Logger } from '../log';
import type { Integrity } from '../vault/integrity';
import type { LockReason } from '../vault/vault';
import type { CoreWorkerOptions, HostAnswers, HostRequestBodies, HostRequestKind, WorkerMessage } from './protocol';

/**
 * The core as the hosts (the shell's main process, the harness, the CLI) see it: the vault's dispatcher and
 * registries, answered from a worker thread over a message port, so the host's own thread stays free.
 */
export type CoreClient = {
  callAsync<O extends Operation>(operation: O, input: unknown): Promise<Result<Output<O>>>;
  files: {
    /** Hands the bytes to the core without copying them: when they fill their buffer, it moves to the core's thread. */
    putBytes(name: string, bytes: Uint8Array): Promise<Result<FileRef>>;
    putPath(path: string, name: string): Promise<Result<FileRef>>;
    putFolder(path: string): Promise<Result<{ folderId: string; name: string }>>;
    release(fileId: string): Promise<Result<null>>;
  };
  events: { subscribe(listener: (event: CoreEvent) => void): () => void };
  lock(reason: LockReason): Promise<Result<null>>;
  /** The lock screen's status, with the idle lock's minutes (the shell's idle check reads them while locked too). */
  state(): Promise<Result<AuthStatus>>;
  integrity(): Promise<Result<Integrity>>;
  /** Closes the register and ends the worker. */
  close(): Promise<void>;
};

/** How the worker is started: the built `coreWorker.js` beside the bundle, or the TypeScript source through tsx. */
export type WorkerEntry = { file: string } | { source: string };

const STOPPED = 'Casebook’s core stopped unexpectedly; nothing more can be done until Casebook is restarted. Restart it and try again.';

/** Beside this file: the built bundle's `coreWorker.js`, or (tests, the CLI, the harness under tsx) the .ts source. */
export function coreWorkerEntry(): WorkerEntry {
  return __filename.endsWith('.ts') ? { source: join(__dirname, 'coreWorker.ts') } : { file: join(__dirname, 'coreWorker.js') };
}

function createWorker(entry: WorkerEntry, options: CoreWorkerOptions): Worker {
  if ('file' in entry) return new Worker(entry.file, { workerData: options });
  // Node 20 does not apply --import hooks to a worker's .ts entry: register tsx inside the worker instead.
  const tsx = createRequire(__filename).resolve('tsx/cjs/api');
  const bootstrap = `require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(entry.source)});`;
  return new Worker(bootstrap, { eval: true, workerData: options });
}

/**
 * Starts the core's worker and opens the vault in it; rejects with the vault's refusal (an AppError) when it
 * cannot open (a plain register that is encrypted, say). A worker that crashes answers INTERNAL to every
 * pending and later call, never leaves one hanging, and is logged without personal data.
 */
export function startCore(options: CoreWorkerOptions, entry: WorkerEntry = coreWorkerEntry(), log: Logger = createLogger('core-client')): Promise<CoreClient> {
  const worker = createWorker(entry, options);
  const pending = new Map<number, (result: Result<unknown>) => void>();
  const listeners = new Set<(event: CoreEvent) => void>();
  let nextId = 1;
  let stopped = false;
  let closing = false;

  const stop = () => {
    stopped = true;
    for (const settle of pending.values()) settle({ ok: false, error: { code: 'INTERNAL', message: STOPPED } });
    pending.clear();
  };

  function request<K extends HostRequestKind>(kind: K, body: HostRequestBodies[K], transfer: ArrayBuffer[] = []): Promise<Result<HostAnswers[K]>> {
    if (stopped) return Promise.resolve({ ok: false, error: { code: 'INTERNAL', message: STOPPED } });
    const id = nextId++;
    return new Promise((settle) => {
      pending.set(id, settle as (result: Result<unknown>) => void);
      try {
        worker.postMessage({ ...body, kind, id }, transfer);
      } catch {
        pending.delete(id);
        settle({ ok: false, error: { code: 'INVALID_INPUT', message: 'Casebook could not pass this request on: it holds something that is not data. Try again.' } });
      }
    });
  }

  const client: CoreClient = {
    callAsync: (operation, input) => request('call', { operation, input }) as Promise<Result<never>>,
    files: {
      putBytes(name, bytes) {
        const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
        // A view into a shared pool (small Node Buffers) is copied first: transferring it would take the pool.
        const own = whole ? bytes : new Uint8Array(bytes);
        return request('putBytes', { name, bytes: own }, [own.buffer as ArrayBuffer]);
      },
      putPath: (path, name) => request('putPath', { path, name }),
      putFolder: (path) => request('putFolder', { path }),
      release: (fileId) => request('release', { fileId }),
    },
    events: {
      subscribe(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    },
    lock: (reason) => request('lock', { reason }),
    state: () => request('state', {}),
    integrity: () => request('integrity', {}),
    async close() {
      if (stopped) return;
      closing = true;
      await request('close', {});
      stop();
      await worker.terminate();
    },
  };

  return new Promise((resolve, reject) => {
    let opened = false;
    worker.on('message', (message: WorkerMessage) => {
      if (message.kind === 'reply') {
        const settle = pending.get(message.id);
        pending.delete(message.id);
        settle?.(message.result);
      } else if (message.kind === 'event') {
        for (const listener of listeners) {
          try {
            listener(message.event);
          } catch {
            // A listener that fails (a closed window, a dropped stream) must not stop the others.
          }
        }
      } else if (message.kind === 'ready') {
        opened = true;
        resolve(client);
      } else {
        closing = true;
        stop();
        void worker.terminate();
        reject(new AppError(message.error.code, message.error.message));
      }
    });
    // The error's message and stack may quote what the core was working on: the log names only its kind.
    worker.on('error', (error) => log.error(`the core's worker failed (${error.name})`));
    worker.on('exit', (code) => {
      if (!closing) log.error(`the core's worker stopped (exit code ${code})`);
      stop();
      if (!opened) reject(new AppError('INTERNAL', STOPPED));
    });
  });
}
