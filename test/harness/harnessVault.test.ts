import { mkdtempSync, rmSync } from 'node:fs';
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
  });
  afterAll(async () => {
    await harness.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('sets up, works, locks (LOCKED, with the event streamed), and logs in again', async () => {
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
    expect((await api(harness, 'auth:login', admin)).value).toMatchObject({ state: 'unlocked' });
    expect((await api(harness, 'incidents:list')).ok).toBe(true);
  });
});
