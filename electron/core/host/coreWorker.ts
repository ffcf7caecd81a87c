/**
 * The core's thread: opens the vault (and through it the register) off the host's thread, so a long import
 * or report never stalls the window, the harness's HTTP server or the CLI's progress. Answers each host
 * request with a Result and forwards the core's events. Started by coreClient.ts; never imported.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { AppError, errorValue, lockedError, type CasebookError, type Result } from '../../../shared/contract/result';
import type { Operation } from '../../../shared/contract';
import { createLogger } from '../log';
import { openVault, type Vault } from '../vault/vault';
import type { CoreWorkerOptions, HostRequest, WorkerMessage } from './protocol';

const port = parentPort!;
const log = createLogger('core-worker');
const send = (message: WorkerMessage) => port.postMessage(message);

const UNEXPECTED = 'Something went wrong inside Casebook; nothing was changed. Try again, and if it happens again, report it with the time it happened.';

function asError(kind: string, error: unknown): CasebookError {
  if (error instanceof AppError) return errorValue(error);
  log.error(`${kind}: unexpected error`, error);
  return { code: 'INTERNAL', message: UNEXPECTED };
}

function answer(request: HostRequest, work: () => unknown): Result<unknown> {
  try {
    return { ok: true, value: work() ?? null };
  } catch (error) {
    return { ok: false, error: asError(request.kind, error) };
  }
}

/** A path the command line named: a missing or unreadable file is the caller's to fix, not an internal fault. */
function readable<T>(path: string, work: () => T): T {
  try {
    return work();
  } catch {
    throw new AppError('NOT_FOUND', `Cannot read ${path}. Check the path.`);
  }
}

/** Nothing is handed to a locked register: a lock forgets every file, so one taken now would outlive the key. */
function whileUnlocked<T>(vault: Vault, work: () => T): T {
  if (vault.state().state !== 'unlocked') throw lockedError();
  return work();
}

async function handle(vault: Vault, request: HostRequest): Promise<Result<unknown>> {
  switch (request.kind) {
    case 'call':
      return vault.callAsync(request.operation as Operation, request.input);
    case 'putBytes':
      return answer(request, () => whileUnlocked(vault, () => vault.files.putBytes(request.name, request.bytes)));
    case 'putPath':
      return answer(request, () => readable(request.path, () => vault.files.putPath(request.path, request.name)));
    case 'putFolder':
      return answer(request, () => whileUnlocked(vault, () => vault.files.putFolder(request.path)));
    case 'release':
      return answer(request, () => vault.files.release(request.fileId));
    case 'lock':
      return answer(request, () => vault.lock(request.reason));
    case 'state':
      return answer(request, () => vault.state());
    case 'integrity':
      return answer(request, () => vault.integrity());
    case 'close':
      return answer(request, () => vault.close());
  }
}

function start(): void {
  let vault: Vault;
  try {
    vault = openVault(workerData as CoreWorkerOptions);
  } catch (error) {
    send({ kind: 'failed', error: asError('open', error) });
    port.close();
    return;
  }
  vault.events.subscribe((event) => send({ kind: 'event', event }));
  port.on('message', (request: HostRequest) => {
    void handle(vault, request).then((result) => {
      try {
        send({ kind: 'reply', id: request.id, result });
      } catch (error) {
        // An answer that cannot cross the port (structured clone) is still an answer, never a hang.
        send({ kind: 'reply', id: request.id, result: { ok: false, error: asError(request.kind, error) } });
      }
      // Nothing keeps the thread alive once its port closes, so the worker ends with the vault.
      if (request.kind === 'close') port.close();
    });
  });
  send({ kind: 'ready' });
}

start();
