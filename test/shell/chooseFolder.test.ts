import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { startCore, type CoreClient } from '../../electron/core/host/coreClient';
import { registerChooseFolder } from '../../electron/main/chooseFolder';
import { electron, invokeEvent, resetStub, stub } from './electronStub';

vi.mock('electron', () => import('./electronStub').then((m) => m.electron));

const rendererFile = '/opt/Casebook/resources/app.asar/out/renderer/index.html';
const trusted = { ...invokeEvent(pathToFileURL(rendererFile).href), sender: {} };

describe('shell:chooseFolder', () => {
  let core: CoreClient;
  let drive: string;
  const choose = (event: unknown, purpose: unknown) => stub.ipcHandlers.get('shell:chooseFolder')!(event, purpose) as Promise<unknown>;
  const dialogOptions = () => electron.dialog.showOpenDialog.mock.calls[0]!.at(-1) as { title: string; properties: string[] };

  beforeAll(async () => {
    drive = mkdtempSync(join(tmpdir(), 'CASEBOOK-USB-'));
    core = await startCore({ file: ':memory:', plain: { actor: 'Test Officer' } });
  }, 60_000);
  afterAll(async () => {
    await core.close();
    rmSync(drive, { recursive: true, force: true });
  });
  beforeEach(() => {
    resetStub();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    registerChooseFolder(core.files, { rendererFile });
  });

  it('shows a folder dialog titled for a backup, and hands the chosen folder to the core as a handle', async () => {
    stub.openDialogResult = { canceled: false, filePaths: [drive] };
    const result = (await choose(trusted, 'backup')) as { ok: true; value: { folderId: string; name: string } };
    expect(result).toEqual({ ok: true, value: { folderId: expect.stringMatching(/^folder-/), name: basename(drive) } });
    // The core knows the handle: it looks in that folder for a backup (and finds none), rather than not knowing it.
    const verified = await core.callAsync('backups:verify', { folderId: result.value.folderId });
    expect(verified).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringContaining(`${drive} is not a Casebook backup`) } });
    expect(dialogOptions()).toEqual({ title: 'Choose the removable drive or folder for the backup', properties: ['openDirectory', 'createDirectory'] });
  });

  it('titles the dialog for a restore, and answers null when the officer cancels', async () => {
    await expect(choose(trusted, 'restore')).resolves.toEqual({ ok: true, value: null });
    expect(dialogOptions().title).toBe('Choose the backup folder to restore');
  });

  it('answers INTERNAL, with a message, when the dialog cannot be shown', async () => {
    electron.dialog.showOpenDialog.mockRejectedValueOnce(new Error('no display'));
    await expect(choose(trusted, 'backup')).resolves.toEqual({ ok: false, error: { code: 'INTERNAL', message: expect.any(String) } });
  });

  it.each([
    ['a web page', 'https://example.com/'],
    ['another local file', 'file:///evil/index.html'],
    ['no frame at all', null],
  ])('refuses %s as sender with FORBIDDEN, without a dialog', async (_name, url) => {
    await expect(choose({ ...invokeEvent(url), sender: {} }, 'backup')).resolves.toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(electron.dialog.showOpenDialog).not.toHaveBeenCalled();
  });

  it('refuses a purpose other than a backup or a restore', async () => {
    await expect(choose(trusted, 'export')).resolves.toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(electron.dialog.showOpenDialog).not.toHaveBeenCalled();
  });
});
