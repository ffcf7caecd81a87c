// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Result } from '../../shared/contract/result';

/**
 * Both transports behind one interface, held to the same answers: the IPC one over a stub of the preload's
 * `window.casebook`, the HTTP one over a stubbed fetch and EventSource playing the harness. The modules are
 * loaded by paths tsc does not follow (the test project has no DOM library).
 */
type Transport = {
  call(operation: string, input: unknown): Promise<Result<unknown>>;
  uploadFile(name: string, bytes: Uint8Array): Promise<Result<unknown>>;
  chooseFolder(purpose: 'backup' | 'restore', typePath: () => Promise<string | null>): Promise<Result<unknown>>;
  saveFile(fileName: string, mimeType: string, base64: string): Promise<Result<unknown>>;
  onEvent(listener: (event: unknown) => void): () => void;
};

let ipcTransport: (bridge: unknown) => Transport;
let httpTransport: (token: string) => Transport;
beforeAll(async () => {
  const ipc = '../../renderer/src/lib/transport/ipcTransport';
  const http = '../../renderer/src/lib/transport/httpTransport';
  ({ ipcTransport } = (await import(/* @vite-ignore */ ipc)) as { ipcTransport: typeof ipcTransport });
  ({ httpTransport } = (await import(/* @vite-ignore */ http)) as { httpTransport: typeof httpTransport });
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** One way to reach the core, with a hand on what the other side answers and what it was asked. */
type Side = {
  transport: Transport;
  answer(result: Result<unknown>): void;
  asked(): { where: string; payload: unknown };
  emit(event: unknown): void;
  listening(): boolean;
};

function ipcSide(): Side {
  let next: Result<unknown> = { ok: true, value: null };
  let last = { where: '', payload: undefined as unknown };
  let listener: ((event: unknown) => void) | null = null;
  const answer =
    (where: string) =>
    async (...args: unknown[]) => {
      last = { where, payload: args };
      return next;
    };
  const bridge = {
    call: answer('call'),
    uploadFile: answer('uploadFile'),
    chooseFolder: answer('chooseFolder'),
    saveFile: answer('saveFile'),
    onEvent: (l: (event: unknown) => void) => {
      listener = l;
      return () => (listener = null);
    },
  };
  return {
    transport: ipcTransport(bridge),
    answer: (result) => (next = result),
    asked: () => last,
    emit: (event) => listener?.(event),
    listening: () => listener !== null,
  };
}

function httpSide(): Side & { sources: { url: string; onmessage: ((message: { data: string }) => void) | null }[] } {
  const fetch = vi.fn(async () => new Response(JSON.stringify({ ok: true, value: null })));
  vi.stubGlobal('fetch', fetch);
  const sources: FakeEventSource[] = [];
  class FakeEventSource {
    onmessage: ((message: { data: string }) => void) | null = null;
    closed = false;
    constructor(readonly url: string) {
      sources.push(this);
    }
    close() {
      this.closed = true;
    }
  }
  vi.stubGlobal('EventSource', FakeEventSource);
  return {
    transport: httpTransport('run-token'),
    answer: (result) => fetch.mockResolvedValueOnce(new Response(JSON.stringify(result))),
    asked: () => {
      const [where, init] = fetch.mock.lastCall as unknown as [string, { body?: unknown }];
      return { where, payload: init.body };
    },
    emit: (event) => sources.at(-1)?.onmessage?.({ data: JSON.stringify(event) }),
    listening: () => sources.some((s) => !s.closed),
    sources,
  };
}

describe.each([
  ['ipcTransport', ipcSide],
  ['httpTransport', httpSide],
] as const)('%s', (_name, makeSide) => {
  it('passes an operation’s answer on as it came, success or error with its field issues', async () => {
    const side = makeSide();
    side.answer({ ok: true, value: { items: [], total: 0 } });
    await expect(side.transport.call('incidents:list', { limit: 5 })).resolves.toEqual({ ok: true, value: { items: [], total: 0 } });
    const refused: Result<unknown> = { ok: false, error: { code: 'INVALID_INPUT', message: 'Check the title.', issues: [{ path: 'title', message: 'Required' }] } };
    side.answer(refused);
    await expect(side.transport.call('incidents:create', {})).resolves.toEqual(refused);
  });

  it('hands a file’s name and bytes over and answers with the core’s handle', async () => {
    const side = makeSide();
    const handle = { fileId: 'file-1', name: 'phish.eml', size: 3 };
    side.answer({ ok: true, value: handle });
    const bytes = new Uint8Array([1, 2, 3]);
    await expect(side.transport.uploadFile('phish.eml', bytes)).resolves.toEqual({ ok: true, value: handle });
    expect(JSON.stringify(side.asked())).toContain('phish.eml');
  });

  it('answers a chosen folder with its handle, and a cancelled choice with a null value', async () => {
    const side = makeSide();
    side.answer({ ok: true, value: { folderId: 'folder-1', name: 'USB' } });
    await expect(side.transport.chooseFolder('backup', async () => '/media/USB')).resolves.toEqual({ ok: true, value: { folderId: 'folder-1', name: 'USB' } });
    side.answer({ ok: true, value: null });
    await expect(side.transport.chooseFolder('restore', async () => null)).resolves.toEqual({ ok: true, value: null });
  });

  it('delivers the core’s events to a subscriber until it unsubscribes', () => {
    const side = makeSide();
    const seen: unknown[] = [];
    const stop = side.transport.onEvent((event) => seen.push(event));
    side.emit({ type: 'data:changed', entity: 'incident' });
    expect(seen).toEqual([{ type: 'data:changed', entity: 'incident' }]);
    stop();
    expect(side.listening()).toBe(false);
  });
});

describe('ipcTransport', () => {
  it('shows the native folder dialog and never asks for a typed path', async () => {
    const side = ipcSide();
    const typePath = vi.fn();
    await side.transport.chooseFolder('backup', typePath);
    expect(side.asked()).toEqual({ where: 'chooseFolder', payload: ['backup'] });
    expect(typePath).not.toHaveBeenCalled();
  });

  it('hands a generated file to the shell’s save dialog', async () => {
    const side = ipcSide();
    side.answer({ ok: true, value: { path: '/home/alex/briefing.pdf' } });
    await expect(side.transport.saveFile('briefing.pdf', 'application/pdf', 'JVBERg==')).resolves.toEqual({ ok: true, value: { path: '/home/alex/briefing.pdf' } });
    expect(side.asked()).toEqual({ where: 'saveFile', payload: ['briefing.pdf', 'application/pdf', 'JVBERg=='] });
  });
});

describe('httpTransport', () => {
  it('posts operations, uploads and typed folders to the harness with the run’s token', async () => {
    const side = httpSide();
    const fetch = globalThis.fetch as unknown as ReturnType<typeof vi.fn>;
    await side.transport.call('incidents:get', { id: 'x' });
    expect(fetch).toHaveBeenLastCalledWith('/api/incidents:get', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer run-token' },
      body: '{"id":"x"}',
    });
    const bytes = new Uint8Array([1]);
    await side.transport.uploadFile('gateway log.csv', bytes);
    expect(fetch).toHaveBeenLastCalledWith('/upload?name=gateway%20log.csv', {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', authorization: 'Bearer run-token' },
      body: bytes,
    });
    await side.transport.chooseFolder('backup', async () => '/media/USB DRIVE');
    expect(fetch).toHaveBeenLastCalledWith('/folder?path=%2Fmedia%2FUSB%20DRIVE', { method: 'POST', headers: { authorization: 'Bearer run-token' } });
  });

  it('asks nothing of the harness when the officer cancels the typed path', async () => {
    const side = httpSide();
    await side.transport.chooseFolder('restore', async () => null);
    expect(globalThis.fetch).not.toHaveBeenCalled();
  });

  it('turns a silent harness, a refused token and a strange answer into errors with codes, never throws', async () => {
    const side = httpSide();
    const fetch = globalThis.fetch as unknown as ReturnType<typeof vi.fn>;
    fetch.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    await expect(side.transport.call('incidents:list', {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'INTERNAL', message: expect.stringContaining('not answering') },
    });
    fetch.mockResolvedValueOnce(new Response('Open Casebook from the link the harness printed.', { status: 401 }));
    await expect(side.transport.uploadFile('a.eml', new Uint8Array())).resolves.toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: expect.stringContaining('access link') },
    });
    fetch.mockResolvedValueOnce(new Response('<html>', { status: 502 }));
    await expect(side.transport.call('incidents:list', {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'INTERNAL', message: expect.stringContaining('HTTP 502') },
    });
  });

  it('listens to the harness’s event stream with the token in the query, dropping malformed frames', () => {
    const side = httpSide();
    const seen: unknown[] = [];
    side.transport.onEvent((event) => seen.push(event));
    expect(side.sources.map((s) => s.url)).toEqual(['/events?token=run-token']);
    side.sources[0]!.onmessage?.({ data: '{"type":' });
    side.emit({ type: 'job:finished' });
    expect(seen).toEqual([{ type: 'job:finished' }]);
  });
});
