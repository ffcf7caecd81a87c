import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plainRegisterKey } from '../../electron/core/audit/plainRegisterKey';
import { createContext } from '../../electron/core/context';
import { closeDatabase, openDatabase } from '../../electron/core/db/openDatabase';
import { setOfficer } from '../../electron/core/session/sessionService';
import { startHarness, type Harness } from './server';

const root = resolve(__dirname, '../..');

function post(h: Harness, path: string, body: string, headers: Record<string, string> = {}) {
  return fetch(`${h.origin}${path}`, { method: 'POST', body, headers: { Authorization: `Bearer ${h.token}`, ...headers } });
}

/** A raw request, so the Host header can be set to what a DNS-rebinding page would send. */
function rawGet(port: number, host: string): Promise<number> {
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port, path: '/', headers: { Host: host } }, (res) => {
      res.resume();
      done(res.statusCode ?? 0);
    });
    req.on('error', fail);
    req.end();
  });
}

describe('the HTTP harness', () => {
  let dir: string;
  let harness: Harness;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'casebook-harness-'));
    const renderer = join(dir, 'renderer');
    mkdirSync(renderer);
    writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Casebook</title>');
    writeFileSync(join(dir, 'secret.txt'), 'outside the renderer');
    // The plumbing alone: the register opened directly, so the core answers without a login.
    harness = await startHarness({ dbFile: join(dir, 'casebook.db'), port: 0, rendererDir: renderer, vault: false });
    // The core's worker starts first: seconds under tsx on a busy machine.
  }, 60_000);
  afterAll(async () => {
    await harness.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('listens on 127.0.0.1 only, on the free port it was given', () => {
    expect(harness.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(harness.port).toBeGreaterThan(0);
    expect(harness.url).toBe(`${harness.origin}/?token=${harness.token}`);
  });

  it('answers an operation with its Result when the token is right', async () => {
    const res = await post(harness, '/api/session:get', '{}');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { ok: boolean; value: { officer: unknown; incidentCount: number } };
    expect(body).toMatchObject({ ok: true, value: { officer: null, incidentCount: 0 } });
  });

  it('refuses every API call without the token, or with a wrong one, and changes nothing', async () => {
    const missing = await fetch(`${harness.origin}/api/demo:load`, { method: 'POST', body: '{}' });
    const wrong = await post(harness, '/api/demo:load', '{}', { Authorization: 'Bearer nope' });
    expect([missing.status, wrong.status]).toEqual([401, 401]);
    const session = (await (await post(harness, '/api/session:get', '{}')).json()) as { value: { incidentCount: number } };
    expect(session.value.incidentCount).toBe(0);
  });

  it('refuses requests from another origin and requests whose Host is not this server', async () => {
    const crossSite = await post(harness, '/api/session:get', '{}', { Origin: 'http://evil.example' });
    expect(crossSite.status).toBe(403);
    expect(await rawGet(harness.port, `rebind.example:${harness.port}`)).toBe(421);
    expect(await rawGet(harness.port, `127.0.0.1:${harness.port}`)).toBe(200);
  });

  it('reports malformed JSON and unknown operations as typed errors', async () => {
    const bad = (await (await post(harness, '/api/session:get', '{not json')).json()) as { error: { code: string } };
    expect(bad.error.code).toBe('INVALID_INPUT');
    const unknown = (await (await post(harness, '/api/incidents:drop', '{}')).json()) as { error: { code: string } };
    expect(unknown.error.code).toBe('NOT_FOUND');
  });

  it('serves the renderer with a strict CSP, and nothing outside its folder', async () => {
    const page = await fetch(`${harness.origin}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect((await fetch(`${harness.origin}/..%2Fsecret.txt`)).status).toBe(404);
    expect((await fetch(`${harness.origin}/%2e%2e/secret.txt`)).status).toBe(404);
  });

  it('fails clearly when the port is busy', async () => {
    await expect(startHarness({ dbFile: join(dir, 'other.db'), port: harness.port, vault: false })).rejects.toThrow(/already in use/);
  });

  it('takes an uploaded file only with the token, and hands back a handle the core accepts', async () => {
    const refused = await fetch(`${harness.origin}/upload?name=a.eml`, { method: 'POST', body: 'From: a@b' });
    expect(refused.status).toBe(401);
    const res = await post(harness, '/upload?name=orders.eml', 'From: a@mod.gov.uk\r\n');
    const body = (await res.json()) as { ok: boolean; value: { fileId: string; name: string; size: number } };
    expect(body).toMatchObject({ ok: true, value: { name: 'orders.eml', size: 20 } });
    expect(body.value.fileId).toMatch(/^file-/);
    const nameless = (await (await post(harness, '/upload', 'x')).json()) as { ok: boolean; error: { code: string } };
    expect(nameless).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('streams the core events to a page holding the token, and to no one else', async () => {
    expect((await fetch(`${harness.origin}/events?token=wrong`)).status).toBe(401);
    const controller = new AbortController();
    const stream = await fetch(`${harness.origin}/events?token=${harness.token}`, { signal: controller.signal });
    expect(stream.headers.get('content-type')).toBe('text/event-stream');
    const reader = stream.body!.getReader();
    // Last in this file: it records an officer (as a login would), which the tests above assume has not happened.
    const db = openDatabase(join(dir, 'casebook.db'));
    // The plain register signs its writes with its own key (docs/audit-format.md); so does this one.
    setOfficer(createContext(db, plainRegisterKey(join(dir, 'casebook.db'))), { name: 'Event Officer', businessUnit: '' });
    closeDatabase(db);
    await post(harness, '/api/domains:update', '{"internal":["mod.gov.uk"],"partners":["army.mil"]}');
    let text = '';
    while (!text.includes('data: ')) text += new TextDecoder().decode((await reader.read()).value);
    controller.abort();
    expect(text).toContain('data: {"type":"data:changed","entities":["settings"]}');
  });
});

describe('npm run web', () => {
  it('prints one line with the URL and token once listening, and exits non-zero on a busy port', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'casebook-web-'));
    const renderer = join(root, 'out/renderer/index.html');
    const args = ['--import', 'tsx', 'test/harness/main.ts', '--db', 'web.db', '--port', '0', '--no-build'];
    const env = { ...process.env, INIT_CWD: dir };
    const child = spawn(process.execPath, args, { cwd: root, env });
    const line = await new Promise<string>((done, fail) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes('\n')) done(out);
      });
      child.on('exit', (code) => fail(new Error(`exited ${code} before listening (renderer built: ${renderer})`)));
    });
    expect(line).toMatch(/^Casebook: http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{43}\n$/);
    const port = Number(/:(\d+)\//.exec(line)![1]);
    const busy = spawn(process.execPath, ['--import', 'tsx', 'test/harness/main.ts', '--db', 'web2.db', '--port', String(port), '--no-build'], { cwd: root, env });
    const code = await new Promise<number | null>((done) => busy.on('exit', done));
    expect(code).not.toBe(0);
    child.kill('SIGTERM');
    await new Promise((done) => child.on('exit', done));
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);
});
