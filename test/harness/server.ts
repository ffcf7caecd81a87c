import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { isOperation } from '../../shared/contract/operationNames';
import type { Result } from '../../shared/contract/result';
import { CONTENT_SECURITY_POLICY_HEADER } from '../../shared/csp';
import { startCore, type CoreClient } from '../../electron/core/host/coreClient';
import { registerTypedFolder } from './folder';

/**
 * The browser harness: the same renderer build and the same core as the app, over HTTP on 127.0.0.1 only.
 * Every API call must carry the per-run secret token; the Host header must name this server (so a web page
 * elsewhere cannot reach it through DNS rebinding). Never part of the packaged app.
 */
export type Harness = { url: string; origin: string; token: string; port: number; close(): Promise<void> };

export type HarnessOptions = {
  dbFile: string;
  port?: number;
  rendererDir?: string;
  /**
   * Serve through the vault (accounts, login, lock, an encrypted register) as the app does; the default.
   * False: the vault's plain mode — the register opened unencrypted, with nobody to log in, acting as its
   * recorded officer — for tests that seed a register file themselves or exercise the HTTP plumbing alone.
   */
  vault?: boolean;
};

/** The core's worker, as the app's main process starts it: the vault, or its plain mode. */
function startBackend(options: HarnessOptions): Promise<CoreClient> {
  return startCore({ file: options.dbFile, ...((options.vault ?? true) ? {} : { plain: {} }) });
}

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
/** Uploads (emails, gateway logs): a month of tracking logs runs to a few hundred megabytes. */
const MAX_UPLOAD = 512 * 1024 * 1024;

export const DEFAULT_RENDERER_DIR = resolve(__dirname, '../../out/renderer');

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': CONTENT_SECURITY_POLICY_HEADER,
    'Referrer-Policy': 'no-referrer',
  });
  res.end(body);
}

const sendResult = (res: ServerResponse, result: Result<unknown>) => send(res, 200, 'application/json', JSON.stringify(result));

function readBody(req: IncomingMessage): Promise<string> {
  return readBytes(req, MAX_BODY).then((bytes) => bytes.toString('utf8'));
}

function readBytes(req: IncomingMessage, max: number): Promise<Buffer> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        reject(new Error('too large'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolveBody(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function tokenMatches(header: string | undefined, token: string): boolean {
  return secretMatches(header?.startsWith('Bearer ') ? header.slice(7) : '', token);
}

function secretMatches(value: string, token: string): boolean {
  const given = Buffer.from(value);
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const rendererDir = resolve(options.rendererDir ?? DEFAULT_RENDERER_DIR);
  const backend = await startBackend(options);
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

  /**
   * The one check for the API, uploads and folders: a POST, from this server's own page (or no browser
   * page at all), carrying the per-run token. Anything else is answered here, and false returned.
   */
  function admitted(req: IncomingMessage, res: ServerResponse): boolean {
    if (req.method !== 'POST') send(res, 405, 'text/plain', 'Method not allowed');
    else if (req.headers.origin !== undefined && req.headers.origin !== origin) send(res, 403, 'text/plain', 'Forbidden');
    else if (!tokenMatches(req.headers.authorization, token)) {
      send(
        res,
        401,
        'application/json',
        JSON.stringify({ ok: false, error: { code: 'FORBIDDEN', message: 'Open Casebook from the link the harness printed: it carries the access token.' } }),
      );
    } else return true;
    return false;
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const host = req.headers.host ?? '';
    if (host !== new URL(origin).host && host !== `localhost:${new URL(origin).port}`) {
      return send(res, 421, 'text/plain', 'Misdirected request');
    }
    const url = new URL(req.url ?? '/', origin);
    if (url.pathname === '/events') return streamEvents(url, req, res);
    if (url.pathname === '/upload') return upload(url, req, res);
    if (url.pathname === '/folder') return folder(url, req, res);
    if (!url.pathname.startsWith('/api/')) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'Method not allowed');
      return serveStatic(url.pathname, res);
    }
    if (!admitted(req, res)) return;
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
    sendResult(res, await backend.callAsync(operation, input));
  }

  /**
   * Core events as server-sent events (ARCHITECTURE.md wall 7). EventSource cannot send headers, so the
   * token travels in the query; the stream carries job progress and "data changed", never record content.
   */
  function streamEvents(url: URL, req: IncomingMessage, res: ServerResponse) {
    if (req.method !== 'GET') return send(res, 405, 'text/plain', 'Method not allowed');
    if (!secretMatches(url.searchParams.get('token') ?? '', token)) return send(res, 401, 'text/plain', 'Open Casebook from the link the harness printed.');
    res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', Connection: 'keep-alive' });
    res.write(': connected\n\n');
    const unsubscribe = backend.events.subscribe((event) => res.write(`data: ${JSON.stringify(event)}\n\n`));
    const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), 15_000);
    req.on('close', () => {
      clearInterval(keepAlive);
      unsubscribe();
    });
  }

  /** A file the officer chose in the page: its bytes become a handle the core's operations accept. */
  async function upload(url: URL, req: IncomingMessage, res: ServerResponse) {
    if (!admitted(req, res)) return;
    const name = (url.searchParams.get('name') ?? '').trim();
    if (name === '' || name.length > 255) {
      return sendResult(res, { ok: false, error: { code: 'INVALID_INPUT', message: 'The upload did not say the file’s name. Choose the file again.' } });
    }
    let bytes: Buffer;
    try {
      bytes = await readBytes(req, MAX_UPLOAD);
    } catch {
      return sendResult(res, { ok: false, error: { code: 'INVALID_INPUT', message: `${name} is larger than 512 MB. Split the log by day and import each part.` } });
    }
    sendResult(res, await backend.files.putBytes(name, bytes));
  }

  /** A folder typed in the page (a backup's destination or source), as a handle: the folder dialog's stand-in. */
  async function folder(url: URL, req: IncomingMessage, res: ServerResponse) {
    if (!admitted(req, res)) return;
    sendResult(res, await registerTypedFolder(backend.files, url.searchParams.get('path') ?? ''));
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => send(res, 500, 'text/plain', 'Internal error'));
  });
  const port = await new Promise<number>((resolvePort, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      void backend.close();
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
        server.close(() => void backend.close().then(resolveClose));
      }),
  };
}
