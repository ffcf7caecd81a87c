import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './server';

async function api(h: Harness, operation: string, input: unknown = {}) {
  const res = await fetch(`${h.origin}/api/${operation}`, { method: 'POST', body: JSON.stringify(input), headers: { Authorization: `Bearer ${h.token}` } });
  return (await res.json()) as { ok: boolean; value?: Record<string, unknown>; error?: { code: string } };
}

describe('the harness in vault mode', () => {
  let dir: string;
  let harness: Harness;
  const admin = { name: 'Alex Admin', password: 'granite kettle orchard lantern 42' };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'casebook-harness-vault-'));
    harness = await startHarness({ dbFile: join(dir, 'casebook.db'), port: 0, rendererDir: dir, vault: true });
    // The core's worker starts first: seconds under tsx on a busy machine.
  }, 60_000);
  afterAll(async () => {
    await harness.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('sets up, works, locks (LOCKED for operations, uploads and folders, with the event streamed), and logs in again', async () => {
    expect((await api(harness, 'auth:status')).value).toMatchObject({ state: 'setup' });
    expect((await api(harness, 'auth:setup', admin)).value).toMatchObject({ state: 'unlocked', account: { name: admin.name } });
    expect((await api(harness, 'session:get')).value).toMatchObject({ officer: { name: admin.name } });

    const controller = new AbortController();
    const stream = await fetch(`${harness.origin}/events?token=${harness.token}`, { signal: controller.signal });
    const reader = stream.body!.getReader();
    await reader.read(); // ": connected"
    expect((await api(harness, 'auth:lock')).value).toMatchObject({ state: 'locked' });
    expect(new TextDecoder().decode((await reader.read()).value)).toContain('"session:locked"');
    controller.abort();

    expect((await api(harness, 'incidents:list')).error?.code).toBe('LOCKED');
    const upload = (name: string) =>
      fetch(`${harness.origin}/upload?name=${encodeURIComponent(name)}`, {
        method: 'POST',
        body: 'From: a@b.example',
        headers: { Authorization: `Bearer ${harness.token}` },
      }).then((r) => r.json() as Promise<{ ok: boolean; error?: { code: string } }>);
    const folder = (path: string) =>
      fetch(`${harness.origin}/folder?path=${encodeURIComponent(path)}`, { method: 'POST', headers: { Authorization: `Bearer ${harness.token}` } }).then(
        (r) => r.json() as Promise<{ ok: boolean; error?: { code: string } }>,
      );
    expect((await upload('note.eml')).error?.code).toBe('LOCKED');
    expect((await folder(dir)).error?.code).toBe('LOCKED');
    expect((await api(harness, 'auth:login', admin)).value).toMatchObject({ state: 'unlocked' });
    expect(await upload('note\u0000.eml')).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect((await upload('note.eml')).ok).toBe(true);
    expect((await api(harness, 'incidents:list')).ok).toBe(true);
  });

  it('takes a typed folder only with the token, as a handle the backup accepts; refuses a relative, missing or file path', async () => {
    const drive = join(dir, 'USB DRIVE');
    mkdirSync(drive);
    writeFileSync(join(dir, 'a-file.txt'), 'x');
    const choose = (path: string, authorization = `Bearer ${harness.token}`) =>
      fetch(`${harness.origin}/folder?path=${encodeURIComponent(path)}`, { method: 'POST', headers: { Authorization: authorization } });
    expect((await choose(drive, 'Bearer wrong')).status).toBe(401);
    const chosen = (await (await choose(drive)).json()) as { ok: boolean; value: { folderId: string; name: string } };
    expect(chosen).toMatchObject({ ok: true, value: { folderId: expect.stringMatching(/^folder-/), name: 'USB DRIVE' } });
    expect((await api(harness, 'backups:create', { folderId: chosen.value.folderId })).value).toMatchObject({ verified: true, accounts: [admin.name] });

    for (const [path, reason] of [
      ['USB DRIVE', /not a full path/],
      [join(dir, 'no-such-folder'), /There is no folder/],
      [join(dir, 'a-file.txt'), /is a file, not a folder/],
      ['', /full path/],
    ] as const) {
      const refused = (await (await choose(path)).json()) as { ok: boolean; error: { code: string; message: string } };
      expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(reason) } });
    }
  });
});
