import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCore } from '../../electron/core/host/coreClient';
import type { CoreEvent } from '../../shared/contract/events';
import { exchangeLog, exchangeRow } from '../fixtures/emailFiles';
import { startHarness, type Harness } from './server';

const HOST_TIMEOUT = 120_000;

/** A gateway log big enough that importing it takes the core's thread a while. */
function bigLog(rows: number): string {
  return exchangeLog(
    Array.from({ length: rows }, (_, i) =>
      exchangeRow({
        at: '2023-03-14T09:12:00.123Z',
        recipients: [`person${i % 500}@army.ml`],
        sender: 'j.harper@mod.gov.uk',
        subject: `Orders ${i}`,
        messageId: `<${i}@mod.gov.uk>`,
      }),
    ),
  );
}

describe('the harness with the core in its worker', { timeout: HOST_TIMEOUT }, () => {
  let dir: string;
  let harness: Harness;
  const post = async (path: string, body: string) =>
    (await (await fetch(`${harness.origin}${path}`, { method: 'POST', body, headers: { Authorization: `Bearer ${harness.token}` } })).json()) as {
      ok: boolean;
      value: Record<string, unknown>;
    };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'casebook-host-'));
    harness = await startHarness({ dbFile: join(dir, 'casebook.db'), port: 0, rendererDir: dir, vault: false });
    await post('/api/domains:update', '{"internal":["mod.gov.uk"],"partners":["army.mil"]}');
  }, HOST_TIMEOUT);
  afterAll(async () => {
    await harness.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers other calls and streams the progress while a long import runs (the host thread is not blocked)', async () => {
    const seen: { at: number; event: CoreEvent }[] = [];
    const controller = new AbortController();
    const stream = await fetch(`${harness.origin}/events?token=${harness.token}`, { signal: controller.signal });
    const reader = stream.body!.getReader();
    let buffered = '';
    const reading = (async () => {
      for (;;) {
        const chunk = await reader.read().catch(() => ({ done: true as const, value: undefined }));
        if (chunk.done) return;
        buffered += new TextDecoder().decode(chunk.value);
        const lines = buffered.split('\n\n');
        buffered = lines.pop()!;
        for (const line of lines) if (line.startsWith('data: ')) seen.push({ at: performance.now(), event: JSON.parse(line.slice(6)) as CoreEvent });
      }
    })();

    const file = await post('/upload?name=MSGTRK.LOG', bigLog(40_000));
    // The host's own clock: the longest its event loop went without a turn while the import ran.
    let last = performance.now();
    let longestStall = 0;
    const ticking = setInterval(() => {
      const now = performance.now();
      longestStall = Math.max(longestStall, now - last);
      last = now;
    }, 5);

    const started = await post('/api/gatewayLogs:import', JSON.stringify({ fileId: file.value.fileId, format: 'exchange', awareAt: Date.UTC(2026, 10, 27, 8, 0) }));
    expect(started.ok, JSON.stringify(started)).toBe(true);
    const jobId = started.value.jobId as string;
    const answered = await post('/api/session:get', '{}');
    const answeredAt = performance.now();
    expect(answered).toMatchObject({ ok: true, value: { officer: null } });

    const finished = () => seen.find((s) => s.event.type === 'job:finished' && s.event.job.jobId === jobId);
    while (!finished()) await new Promise((resolve) => setTimeout(resolve, 50));
    clearInterval(ticking);
    controller.abort();
    await reading;
    expect(finished()!.event).toMatchObject({ job: { state: 'done' } });
    // The other call was answered while the import was still running, and its progress reached the page.
    expect(answeredAt).toBeLessThan(finished()!.at);
    expect(seen.filter((s) => s.event.type === 'job:progress' && s.event.jobId === jobId).length).toBeGreaterThan(0);
    // The import writes its rows in one transaction; on the host's thread that would stall the host for all
    // of it (and the "writing" event would reach the page only with the finish). Here the host kept turning.
    const writing = seen.find((s) => s.event.type === 'job:progress' && s.event.progress.phase === 'writing')!;
    const writePhase = finished()!.at - writing.at;
    expect(longestStall).toBeLessThan(writePhase / 2);
  });
});

describe('bytes handed to the core', { timeout: HOST_TIMEOUT }, () => {
  it('move to the core’s thread without a copy when they fill their buffer, and are copied when they share one', async () => {
    const core = await startCore({ file: ':memory:', plain: { actor: 'Alex Morgan' } });
    const whole = new TextEncoder().encode('From: a@mod.gov.uk\r\n\r\nhello');
    const size = whole.byteLength;
    expect(await core.files.putBytes('whole.eml', whole)).toMatchObject({ ok: true, value: { name: 'whole.eml', size } });
    expect(whole.byteLength).toBe(0);
    const pool = new Uint8Array(64);
    const view = pool.subarray(8, 40);
    expect(await core.files.putBytes('view.eml', view)).toMatchObject({ ok: true, value: { size: 32 } });
    expect([view.byteLength, pool.byteLength]).toEqual([32, 64]);
    await core.close();
  });
});

describe('a core worker that crashes', { timeout: HOST_TIMEOUT }, () => {
  it('answers INTERNAL to the pending call and to every later one, never hanging, and logs no personal data', async () => {
    const logged: string[] = [];
    const log = { error: (message: string, error?: unknown) => logged.push(`${message} ${String(error ?? '')}`), info: () => {} };
    const core = await startCore({ file: ':memory:' }, { source: join(__dirname, 'crashingCoreWorker.ts') }, log);
    const pending = await core.callAsync('session:get', {});
    expect(pending).toEqual({ ok: false, error: { code: 'INTERNAL', message: expect.stringContaining('stopped unexpectedly') } });
    expect(await core.callAsync('incidents:list', {})).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(await core.files.putBytes('a.eml', new Uint8Array([1, 2, 3]))).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(logged.length).toBeGreaterThan(0);
    expect(logged.join('\n')).not.toContain('Grace Okafor');
    await core.close();
  });
});
