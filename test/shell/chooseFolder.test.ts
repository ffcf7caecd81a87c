import { pathToFileURL } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFileRegistry, type FileRegistry } from '../../electron/core/files/fileRegistry';
import { registerChooseFolder } from '../../electron/main/chooseFolder';
import { electron, invokeEvent, resetStub, stub } from './electronStub';

vi.mock('electron', () => import('./electronStub').then((m) => m.electron));

const rendererFile = '/opt/Casebook/resources/app.asar/out/renderer/index.html';
const trusted = { ...invokeEvent(pathToFileURL(rendererFile).href), sender: {} };

describe('shell:chooseFolder', () => {
  let files: FileRegistry;
  const choose = (event: unknown, purpose: unknown) => stub.ipcHandlers.get('shell:chooseFolder')!(event, purpose) as Promise<unknown>;
  const dialogOptions = () => electron.dialog.showOpenDialog.mock.calls[0]!.at(-1) as { title: string; properties: string[] };

  beforeEach(() => {
    resetStub();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    files = createFileRegistry();
    registerChooseFolder(files, { rendererFile });
  });

  it('shows a folder dialog titled for a backup, and hands the chosen folder to the core as a handle', async () => {
    stub.openDialogResult = { canceled: false, filePaths: ['/media/ada/CASEBOOK-USB'] };
    const result = (await choose(trusted, 'backup')) as { ok: true; value: { folderId: string; name: string } };
    expect(result).toEqual({ ok: true, value: { folderId: expect.stringMatching(/^folder-/), name: 'CASEBOOK-USB' } });
    expect(files.folder(result.value.folderId)).toBe('/media/ada/CASEBOOK-USB');
    expect(dialogOptions()).toEqual({ title: 'Choose the removable drive or folder for the backup', properties: ['openDirectory', 'createDirectory'] });
  });

  it('titles the dialog for a restore, and answers cancelled when the officer cancels', async () => {
    await expect(choose(trusted, 'restore')).resolves.toEqual({ ok: false, reason: 'cancelled' });
    expect(dialogOptions().title).toBe('Choose the backup folder to restore');
  });

  it('answers failed, with a message, when the dialog cannot be shown', async () => {
    electron.dialog.showOpenDialog.mockRejectedValueOnce(new Error('no display'));
    await expect(choose(trusted, 'backup')).resolves.toMatchObject({ ok: false, reason: 'failed', message: expect.any(String) });
  });

  it.each([
    ['a web page', 'https://example.com/'],
    ['another local file', 'file:///evil/index.html'],
    ['no frame at all', null],
  ])('refuses %s as sender, without a dialog', async (_name, url) => {
    await expect(choose({ ...invokeEvent(url), sender: {} }, 'backup')).resolves.toMatchObject({ ok: false, reason: 'refused' });
    expect(electron.dialog.showOpenDialog).not.toHaveBeenCalled();
  });

  it('refuses a purpose other than a backup or a restore', async () => {
    await expect(choose(trusted, 'export')).resolves.toMatchObject({ ok: false, reason: 'refused' });
    expect(electron.dialog.showOpenDialog).not.toHaveBeenCalled();
  });
});
