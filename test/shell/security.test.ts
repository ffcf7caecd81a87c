import { pathToFileURL } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEV_SERVER_CSP, installSecurityGuards, isAppRequest, isAppUrl } from '../../electron/main/security';
import { electron, fakeEvent, FakeWebContents, resetStub, stub } from './electronStub';

vi.mock('electron', () => import('./electronStub').then((m) => m.electron));

const rendererFile = '/opt/Casebook/resources/app.asar/out/renderer/index.html';
const page = pathToFileURL(rendererFile).href;
const packaged = { rendererFile };
const dev = { rendererFile, devServerUrl: 'http://localhost:5173' };

/** URLs that are never Casebook's page, whichever way it is loaded. */
const alwaysForeign = [
  'https://example.com/',
  'http://example.com/index.html',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'blob:http://localhost:5173/0b1c2d3e',
  'devtools://devtools/bundled/inspector.html',
  'chrome://settings',
  'about:blank',
  'file:///etc/passwd',
  'ftp://localhost:5173/',
  '',
  'not a url',
];

describe('isAppUrl', () => {
  it.each([page, `${page}#/incidents/42`, `${page}?tab=parties`])('accepts the built page %s', (url) => {
    expect(isAppUrl(url, packaged)).toBe(true);
  });

  it.each([
    ...alwaysForeign,
    'file:///evil/index.html',
    'file:///opt/Casebook/resources/app.asar/out/renderer/other.html',
    'file:///opt/Casebook/resources/app.asar/out/renderer/index.html.evil',
    'file:///opt/Casebook/resources/app.asar/out/renderer/index.html/../../../../etc/passwd',
    'file:///opt/Casebook/resources/app.asar/out/renderer%2Findex.html',
    'file://evil.example/opt/Casebook/resources/app.asar/out/renderer/index.html',
    'http://localhost:5173/',
  ])('refuses %s when the app is loaded from its file', (url) => {
    expect(isAppUrl(url, packaged)).toBe(false);
  });

  it.each([`${page}#/incidents/INC-2026-0042/parties`, `${page}#/register?status=open&q=army.ml`, `${page}?token=x#/dashboard`])(
    'accepts the built page with a hash route, %s, for navigation and as a sender',
    (url) => {
      expect(isAppUrl(url, packaged)).toBe(true);
    },
  );

  it.each([
    'file:///opt/Casebook/resources/app.asar/out/renderer/other.html#/incidents/INC-2026-0042',
    'file:///opt/Casebook/resources/app.asar/out/index.html#/dashboard',
    'file:///etc/passwd#/opt/Casebook/resources/app.asar/out/renderer/index.html',
  ])('refuses another file whatever its hash route, %s', (url) => {
    expect(isAppUrl(url, packaged)).toBe(false);
  });

  it.each(['http://localhost:5173', 'http://localhost:5173/', 'http://localhost:5173/#/incidents', 'http://localhost:5173/index.html?x=1'])(
    'accepts the dev server origin %s',
    (url) => {
      expect(isAppUrl(url, dev)).toBe(true);
    },
  );

  it.each([
    ...alwaysForeign,
    page,
    'http://localhost:5173.evil.com/',
    'http://localhost.evil.com:5173/',
    'http://evil.com/?u=http://localhost:5173/',
    'http://evil.com/#http://localhost:5173/',
    'http://user:pw@localhost:5173/',
    'http://user@localhost:5173/',
    'http://localhost:5174/',
    'http://localhost/',
    'https://localhost:5173/',
    'http://127.0.0.1:5173/',
    'ws://localhost:5173/',
  ])('refuses %s when a dev server is in use', (url) => {
    expect(isAppUrl(url, dev)).toBe(false);
  });

  it('trusts nothing when the dev server setting is not an http(s) URL', () => {
    for (const devServerUrl of ['file:///', 'javascript:alert(1)', 'garbage', 'http://user:pw@localhost:5173']) {
      expect(isAppUrl(page, { rendererFile, devServerUrl })).toBe(false);
      expect(isAppUrl('http://localhost:5173/', { rendererFile, devServerUrl })).toBe(false);
    }
  });
});

describe('isAppRequest', () => {
  it.each([
    page,
    'file:///opt/Casebook/resources/app.asar/out/renderer/assets/index-3f2a.js',
    'file:///opt/Casebook/resources/app.asar/out/renderer/assets/fonts/Inter.woff2',
    'data:image/svg+xml,<svg/>',
    'blob:file:///0b1c2d3e',
    'devtools://devtools/bundled/inspector.html',
  ])('lets the built page load %s', (url) => {
    expect(isAppRequest(url, packaged)).toBe(true);
  });

  it.each([
    'https://example.com/',
    'https://fonts.googleapis.com/css?family=Inter',
    'http://localhost:5173/',
    'ws://localhost:5173/',
    'file:///etc/passwd',
    'file:///opt/Casebook/resources/app.asar/package.json',
    'file:///opt/Casebook/resources/app.asar/out/renderer/../main/index.js',
    'file:///opt/Casebook/resources/app.asar/out/renderer-evil/x.js',
    'file://evil.example/share/x.js',
    'chrome-extension://abc/script.js',
    'javascript:alert(1)',
  ])('cancels %s for the built page', (url) => {
    expect(isAppRequest(url, packaged)).toBe(false);
  });

  it.each(['http://localhost:5173/src/main.tsx', 'http://localhost:5173/@vite/client', 'ws://localhost:5173/?token=abc'])('lets the dev server page load %s', (url) => {
    expect(isAppRequest(url, dev)).toBe(true);
  });

  it.each([
    'http://localhost:5174/',
    'wss://localhost:5173/',
    'https://localhost:5173/',
    'http://user:pw@localhost:5173/',
    'https://example.com/',
    'file:///opt/Casebook/resources/app.asar/out/renderer/assets/index-3f2a.js',
  ])('cancels %s for the dev server page', (url) => {
    expect(isAppRequest(url, dev)).toBe(false);
  });
});

describe('installSecurityGuards', () => {
  beforeEach(() => {
    resetStub();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });

  function install(where: typeof packaged | typeof dev = packaged) {
    installSecurityGuards(electron.app as never, electron.session as never, where);
    const contents = new FakeWebContents();
    electron.app.emit('web-contents-created', fakeEvent(), contents);
    return contents;
  }

  it('refuses every permission request and check', () => {
    install();
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) {
      const callback = vi.fn();
      stub.permissionRequest?.({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(stub.permissionCheck?.({}, permission)).toBe(false);
    }
  });

  it('switches off the spell-checker, which would download dictionaries', () => {
    install();
    expect(stub.spellChecker).toBe(false);
  });

  it('refuses to attach a webview to any webContents', () => {
    const contents = install();
    const event = fakeEvent();
    contents.emit('will-attach-webview', event, {}, { src: 'https://example.com' });
    expect(event.defaultPrevented).toBe(true);
  });

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('prevents %s away from the app on every webContents', (name) => {
    const contents = install();
    for (const url of ['https://example.com', 'file:///evil/index.html', 'javascript:alert(1)']) {
      const away = fakeEvent(url);
      contents.emit(name, away, url);
      expect(away.defaultPrevented).toBe(true);
    }
    const home = fakeEvent(page);
    contents.emit(name, home, page);
    expect(home.defaultPrevented).toBe(false);
  });

  it('denies every window.open, even to the app itself', () => {
    const contents = install();
    for (const url of ['https://example.com', page]) expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
  });

  it('cancels requests that are not the app’s own, logging only the origin', () => {
    install();
    const respond = (url: string) => {
      let response: { cancel?: boolean } | undefined;
      stub.beforeRequest?.({ url }, (r) => (response = r));
      return response;
    };
    expect(respond('https://example.com/track?incident=INC-0042')).toEqual({ cancel: true });
    expect(console.warn).toHaveBeenCalledWith('[security] blocked a request to https://example.com');
    expect(respond(page)).toEqual({ cancel: false });
  });

  it('adds a strict CSP header to the dev server’s responses only when one is in use', () => {
    install();
    expect(stub.headersReceived).toBeUndefined();

    resetStub();
    install(dev);
    let headers: Record<string, string[]> | undefined;
    stub.headersReceived?.({ url: 'http://localhost:5173/', responseHeaders: { 'Content-Type': ['text/html'] } }, (r) => (headers = r.responseHeaders));
    expect(headers).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': [DEV_SERVER_CSP] });
    expect(DEV_SERVER_CSP).toContain("default-src 'self'");
    expect(DEV_SERVER_CSP).toContain("frame-ancestors 'none'");
    expect(DEV_SERVER_CSP).not.toContain('unsafe-eval');
    expect(DEV_SERVER_CSP).not.toMatch(/https?:|\*/);
  });
});
