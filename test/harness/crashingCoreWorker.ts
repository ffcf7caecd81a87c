/**
 * A core worker that says it is ready and then dies on the first request, as a worker would on a fault
 * in native code or an error nothing caught: coreWorker.test.ts starts it in place of the real one.
 */
import { parentPort } from 'node:worker_threads';

const port = parentPort!;
port.postMessage({ kind: 'ready' });
port.on('message', () => {
  throw new Error('Grace Okafor’s record broke the core');
});
