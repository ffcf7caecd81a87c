import { beforeAll, describe, expect, it, vi } from 'vitest';
import { OPERATIONS } from '../../shared/contract/operationNames';
import type { Result } from '../../shared/contract/result';
import { electron, resetStub, stub } from './electronStub';

vi.mock('electron', () => import('./electronStub').then((m) => m.electron));

type Client = {
  call(operation: string, input: unknown): Promise<Result<unknown>>;
  saveFile(fileName: string, mimeType: string, base64: string): Promise<unknown>;
  uploadFile(name: string, bytes: Uint8Array): Promise<unknown>;
  chooseFolder(purpose: 'backup' | 'restore'): Promise<unknown>;
  onEvent(listener: (event: unknown) => void): () => void;
};

describe('preload', () => {
  let casebook: Client;

  beforeAll(async () => {
    resetStub();
    await import('../../electron/preload/index');
    casebook = stub.exposed.get('casebook') as Client;
  });

  it('exposes one object, window.casebook, with call, saveFile, uploadFile, chooseFolder and onEvent and nothing else', () => {
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
    expect([...stub.exposed.keys()]).toEqual(['casebook']);
    expect(Object.keys(casebook)).toEqual(['call', 'saveFile', 'uploadFile', 'chooseFolder', 'onEvent']);
  });

  it('sends uploadFile to its shell channel, and turns a failed invoke into an error result', async () => {
    const bytes = new TextEncoder().encode('From: a@b');
    electron.ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: { fileId: 'file-x', name: 'a.eml', size: 9 } });
    await expect(casebook.uploadFile('a.eml', bytes)).resolves.toMatchObject({ ok: true, value: { name: 'a.eml' } });
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith('shell:uploadFile', 'a.eml', bytes);
    electron.ipcRenderer.invoke.mockRejectedValueOnce(new Error('An object could not be cloned.'));
    await expect(casebook.uploadFile('a.eml', bytes)).resolves.toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('sends chooseFolder to its shell channel with the purpose, and turns a failed invoke into a result', async () => {
    electron.ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: { folderId: 'folder-x', name: 'USB' } });
    await expect(casebook.chooseFolder('backup')).resolves.toEqual({ ok: true, value: { folderId: 'folder-x', name: 'USB' } });
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith('shell:chooseFolder', 'backup');
    electron.ipcRenderer.invoke.mockRejectedValueOnce(new Error('gone'));
    await expect(casebook.chooseFolder('restore')).resolves.toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('delivers the core events from the one event channel, without the IPC event, until unsubscribed', () => {
    const seen: unknown[] = [];
    const unsubscribe = casebook.onEvent((e) => seen.push(e));
    const subscribed = stub.rendererListeners.filter((l) => l.channel === 'casebook:event');
    expect(subscribed).toHaveLength(1);
    subscribed[0]!.listener({ sender: 'ipc internals' }, { type: 'data:changed', entities: ['incidents'] });
    expect(seen).toEqual([{ type: 'data:changed', entities: ['incidents'] }]);
    unsubscribe();
    expect(stub.rendererListeners.filter((l) => l.channel === 'casebook:event')).toHaveLength(0);
  });

  it('sends saveFile to the one shell channel, and turns a failed invoke into a result', async () => {
    electron.ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: { path: '/home/a/Documents/r.pdf' } });
    await expect(casebook.saveFile('r.pdf', 'application/pdf', 'JVBERg==')).resolves.toEqual({ ok: true, value: { path: '/home/a/Documents/r.pdf' } });
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith('shell:saveFile', 'r.pdf', 'application/pdf', 'JVBERg==');
    electron.ipcRenderer.invoke.mockRejectedValueOnce(new Error('An object could not be cloned.'));
    await expect(casebook.saveFile('r.pdf', 'application/pdf', 'x')).resolves.toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('forwards every contract operation to main with invoke, and returns main’s Result', async () => {
    for (const operation of OPERATIONS) {
      electron.ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: operation });
      await expect(casebook.call(operation, { a: 1 })).resolves.toEqual({ ok: true, value: operation });
      expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(operation, { a: 1 });
    }
  });

  it.each(['shell:openExternal', 'session:get ', '__proto__', 'constructor', 42, null])('answers NOT_FOUND for %s without reaching ipcRenderer', async (operation) => {
    electron.ipcRenderer.invoke.mockClear();
    await expect(casebook.call(operation as string, {})).resolves.toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(electron.ipcRenderer.invoke).not.toHaveBeenCalled();
  });

  it('turns a failed invoke (e.g. an input that cannot be cloned) into an INTERNAL result', async () => {
    electron.ipcRenderer.invoke.mockRejectedValueOnce(new Error('An object could not be cloned.'));
    await expect(casebook.call('session:get', {})).resolves.toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: expect.any(String) },
    });
  });
});
