import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { isOperation } from '../../shared/ipc/operations';
import type { Result } from '../../shared/ipc/result';
import { createCore } from '../../electron/core/api';
import { closeDatabase } from '../../electron/core/db/openDatabase';
import { backupDirBeside, openCasebook } from '../../electron/core/openCasebook';

/**
 * The browser harness: the same renderer build and the same core as the app, over HTTP on 127.0.0.1 only.
 * Every API call must carry the per-run secret token; the Host header must name this server (so a web page
 * elsewhere cannot reach it through DNS rebinding). Never part of the packaged app.
 */
export type Harness = { url: string; origin: string; token: string; port: number; close(): Promise<void> };

export type HarnessOptions = { dbFile: string; port?: number; rendererDir?: string };

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

const MAX_BODY = 20 * 1024 * 1024;

export const DEFAULT_RENDERER_DIR = resolve(__dirname, '../../out/renderer');

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': CSP,
    'Referrer-Policy': 'no-referrer',
  });
  res.end(body);
}

const sendResult = (res: ServerResponse, result: Result<unknown>) => send(res, 200, 'application/json', JSON.stringify(result));

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error('too large'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function tokenMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(header?.startsWith('Bearer ') ? header.slice(7) : '');
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const rendererDir = resolve(options.rendererDir ?? DEFAULT_RENDERER_DIR);
  const db = openCasebook(options.dbFile, { backupDir: backupDirBeside(options.dbFile) });
  const core = createCore(db);
  const token = randomBytes(32).toString('base64url');
  let origin = '';

  async function serveStatic(pathname: string, res: ServerResponse) {
    const relative = pathname === '/' ? 'index.html' : decodeURIComponent(pathname).replace(/^\/+/, '');
    const file = normalize(join(rendererDir, relative));
    if (!file.startsWith(rendererDir + sep)) return send(res, 404, 'text/plain', 'Not found');
    try {
      send(res, 200, TYPES[extname(file)] ?? 'application/octet-stream', await readFile(file));
    } catch {
      send(res, 404, 'text/plain', 'Not found');
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const host = req.headers.host ?? '';
    if (host !== new URL(origin).host && host !== `localhost:${new URL(origin).port}`) {
      return send(res, 421, 'text/plain', 'Misdirected request');
    }
    const url = new URL(req.url ?? '/', origin);
    if (!url.pathname.startsWith('/api/')) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'Method not allowed');
      return serveStatic(url.pathname, res);
    }
    if (req.method !== 'POST') return send(res, 405, 'text/plain', 'Method not allowed');
    if (req.headers.origin !== undefined && req.headers.origin !== origin) return send(res, 403, 'text/plain', 'Forbidden');
    if (!tokenMatches(req.headers.authorization, token)) {
      return send(res, 401, 'application/json', JSON.stringify({ ok: false, error: { code: 'FORBIDDEN', message: 'Open Casebook from the link the harness printed: it carries the access token.' } }));
    }
    const operation = url.pathname.slice('/api/'.length);
    if (!isOperation(operation)) {
      return sendResult(res, { ok: false, error: { code: 'NOT_FOUND', message: `There is no operation called "${operation}".` } });
    }
    let input: unknown;
    try {
      const body = await readBody(req);
      input = body === '' ? {} : JSON.parse(body);
    } catch {
      return sendResult(res, { ok: false, error: { code: 'INVALID_INPUT', message: 'The request was not valid JSON (or was larger than 20 MB).' } });
    }
    sendResult(res, await core.callAsync(operation, input));
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => send(res, 500, 'text/plain', 'Internal error'));
  });
  const port = await new Promise<number>((resolvePort, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      closeDatabase(db);
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`Port ${options.port ?? 5178} on 127.0.0.1 is already in use. Stop what is using it, or choose another with --port N (--port 0 picks a free one).`)
          : error,
      );
    });
    server.listen(options.port ?? 5178, '127.0.0.1', () => resolvePort((server.address() as AddressInfo).port));
  });
  origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/?token=${token}`,
    origin,
    token,
    port,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections();
        server.close(() => {
          closeDatabase(db);
          resolveClose();
        });
      }),
  };
}
