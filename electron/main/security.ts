import { dirname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { App, Session, WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY_HEADER } from '../../shared/csp';
import type { AppLocation } from './appLocation';

/** The places Casebook's own page may be loaded from. */
export type TrustedLocation = Pick<AppLocation, 'devServerUrl' | 'rendererFile'>;

/**
 * Whether `url` is Casebook's own page: used both to trust an IPC sender and to allow a navigation.
 * With a dev server, exactly its origin; otherwise exactly the built `index.html` as a file URL (query
 * and hash ignored). Credentials, other hosts, ports, paths and schemes are all refused.
 */
export function isAppUrl(url: string, where: TrustedLocation): boolean {
  const parsed = parse(url);
  if (!parsed || parsed.username || parsed.password) return false;
  if (where.devServerUrl !== undefined) {
    const dev = devServer(where.devServerUrl);
    return dev !== undefined && (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.origin === dev.origin;
  }
  return parsed.protocol === 'file:' && localPath(parsed) === resolve(where.rendererFile);
}

/**
 * Whether the page may fetch `url`: its own files (the renderer folder, or the dev server including its
 * HMR websocket), DevTools' own UI, and in-memory `data:`/`blob:` URLs. Everything else is cancelled:
 * Casebook makes zero network requests.
 */
export function isAppRequest(url: string, where: TrustedLocation): boolean {
  const parsed = parse(url);
  if (!parsed || parsed.username || parsed.password) return false;
  switch (parsed.protocol) {
    case 'devtools:': // DevTools' own pages; devTools are switched off in packaged builds
    case 'data:':
    case 'blob:':
      return true;
    case 'file:': {
      if (where.devServerUrl !== undefined) return false;
      const path = localPath(parsed);
      return path !== undefined && path.startsWith(dirname(resolve(where.rendererFile)) + sep);
    }
    case 'http:':
    case 'https:':
    case 'ws:':
    case 'wss:': {
      const dev = where.devServerUrl === undefined ? undefined : devServer(where.devServerUrl);
      if (!dev) return false;
      const socket = dev.protocol === 'https:' ? 'wss:' : 'ws:';
      return parsed.host === dev.host && (parsed.protocol === dev.protocol || parsed.protocol === socket);
    }
    default:
      return false;
  }
}

/**
 * Development only: the Vite dev server's page arrives over HTTP, so its CSP can be a header (which,
 * unlike a `<meta>` CSP, also carries `frame-ancestors`). Inline scripts are allowed here only because
 * the React refresh preamble is inline; the packaged page keeps the strict `<meta>` CSP (shared/csp.ts).
 */
export const DEV_SERVER_CSP = CONTENT_SECURITY_POLICY_HEADER.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'");

type NavigationEvent = { url: string; preventDefault(): void };

/** Denies new windows and every navigation away from Casebook's own page, in one webContents. */
export function guardWebContents(contents: WebContents, where: TrustedLocation): void {
  const guard = (event: NavigationEvent) => {
    if (!isAppUrl(event.url, where)) event.preventDefault();
  };
  contents.on('will-navigate', guard);
  contents.on('will-frame-navigate', guard);
  contents.on('will-redirect', guard);
  // Casebook has no links to the web and never calls shell.openExternal: every window.open is refused.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/**
 * Installed before any window exists (docs/architecture.md#security-defaults): guards every webContents
 * ever created, refuses webviews and all permissions, and cancels every request that is not the app's own.
 */
export function installSecurityGuards(app: App, session: { defaultSession: Session }, where: TrustedLocation): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
    guardWebContents(contents, where);
  });

  const ses = session.defaultSession;
  // An offline register needs no camera, location, notifications or clipboard-read permission.
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  // Chromium's spell-checker downloads dictionaries from the network.
  ses.setSpellCheckerEnabled(false);
  ses.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAppRequest(details.url, where);
    if (!allowed) console.warn(`[security] blocked a request to ${describe(details.url)}`);
    callback({ cancel: !allowed });
  });
  if (where.devServerUrl !== undefined) {
    ses.webRequest.onHeadersReceived((details, callback) => {
      callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [DEV_SERVER_CSP] } });
    });
  }
}

function parse(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

function devServer(url: string): URL | undefined {
  const dev = parse(url);
  return dev && (dev.protocol === 'http:' || dev.protocol === 'https:') && !dev.username && !dev.password ? dev : undefined;
}

/** The file a `file:` URL names; undefined for hosts Node refuses and encoded separators (`%2F`). */
function localPath(url: URL): string | undefined {
  try {
    return resolve(fileURLToPath(url));
  } catch {
    return undefined;
  }
}

/** Scheme and host only: a blocked URL's path or query could carry case details, which never go in logs. */
function describe(url: string): string {
  const parsed = parse(url);
  return parsed ? `${parsed.protocol}//${parsed.host}` : 'an unparseable URL';
}
