import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../electron/core/db/migrate';
import { startCore, type CoreClient } from '../../electron/core/host/coreClient';
import { registerIpc } from '../../electron/main/registerIpc';
import { contract } from '../../shared/contract';
import { SHELL_CHANNELS } from '../../shared/contract/shell';
import { OPERATIONS } from '../../shared/contract/operationNames';
import { electron, invokeEvent, resetStub, stub } from './electronStub';

vi.mock('electron', () => import('./electronStub').then((m) => m.electron));

const rendererFile = '/opt/Casebook/resources/app.asar/out/renderer/index.html';
const where = { rendererFile };
const trusted = invokeEvent(pathToFileURL(rendererFile).href);

describe('registerIpc', () => {
  let core: CoreClient;

  beforeEach(async () => {
    resetStub();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    // The real core in its worker, over a plain register in memory.
    core = await startCore({ file: ':memory:', plain: { actor: 'Test Officer' } });
    registerIpc(core, where);
  }, 60_000);
  afterEach(() => core.close());

  const invoke = (operation: string, event: unknown, input: unknown) => stub.ipcHandlers.get(operation)!(event, input);

  it('registers every contract operation exactly once, the shell’s channels, and no other channel', () => {
    expect(SHELL_CHANNELS).toEqual(['shell:saveFile', 'shell:uploadFile', 'shell:chooseFolder']);
    expect(electron.ipcMain.handle).toHaveBeenCalledTimes(OPERATIONS.length + SHELL_CHANNELS.length);
    expect([...stub.ipcHandlers.keys()].sort()).toEqual([...OPERATIONS, ...SHELL_CHANNELS].sort());
    expect([...OPERATIONS].sort()).toEqual(Object.keys(contract).sort());
    expect(electron.ipcMain.on).not.toHaveBeenCalled();
    expect(electron.ipcMain.once).not.toHaveBeenCalled();
    expect(electron.ipcMain.handleOnce).not.toHaveBeenCalled();
  });

  it.each([
    ['a web page', 'https://example.com/'],
    ['another local file', 'file:///evil/index.html'],
    ['a look-alike dev server', 'http://localhost:5173.evil.com/'],
    ['about:blank', 'about:blank'],
  ])('refuses %s as sender with FORBIDDEN, for every operation', async (_name, url) => {
    for (const operation of OPERATIONS) {
      expect(await invoke(operation, invokeEvent(url), {})).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: expect.any(String) } });
    }
  });

  it('refuses a sender whose frame is gone', async () => {
    expect(await invoke('session:get', invokeEvent(null), {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await invoke('session:get', {}, {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('forwards a trusted call to the core and returns its Result', async () => {
    expect(await invoke('session:get', trusted, {})).toEqual({
      ok: true,
      value: { officer: null, incidentCount: 0, demoIncidentCount: 0, schemaVersion: LATEST_SCHEMA_VERSION },
    });
    expect(await invoke('parties:create', trusted, { name: 'Ada Lovelace', organisation: 'Digital' })).toMatchObject({ ok: true });
    expect(await invoke('parties:search', trusted, {})).toMatchObject({ ok: true, value: { items: [{ name: 'Ada Lovelace', organisation: 'Digital' }] } });
  });

  it('passes the core’s INVALID_INPUT through unchanged: the shell does not validate again', async () => {
    const result = await invoke('parties:create', trusted, { name: '', unexpected: true });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: expect.any(Array) } });
  });

  it('does not run the operation for a refused sender', async () => {
    await invoke('parties:create', invokeEvent('https://example.com/'), { name: 'Mallory' });
    expect(await invoke('parties:search', trusted, {})).toMatchObject({ ok: true, value: { items: [] } });
  });
});
