import { parentPort, workerData } from 'node:worker_threads';
import { z } from 'zod';
const x: number = 3;
parentPort!.postMessage({ hello: x, data: workerData, z: typeof z.string });
