import { afterEach, describe, expect, it, vi } from 'vitest';

/**
 * The renderer's folder choice over each transport. The transport is chosen when the page loads, so each case
 * stubs `window` (with or without the preload's object) and fetch, then loads the module afresh by a path tsc does
 * not follow (the test project has no DOM library).
 */
type ChooseFolder = (purpose: 'backup' | 'restore', typePath: () => Promise<string | null>) => Promise<{ folderId: string; name: string } | null>;

async function load(bridge?: { chooseFolder: ReturnType<typeof vi.fn> }): Promise<ChooseFolder> {
  vi.resetModules();
  vi.stubGlobal('window', { location: { search: '?token=run-token' }, casebook: bridge });
  const path = '../../renderer/src/lib/chooseFolder';
  return ((await import(/* @vite-ignore */ path)) as { chooseFolder: ChooseFolder }).chooseFolder;
}

const answer = (body: unknown) => ({ status: 200, json: () => Promise.resolve(body) });

afterEach(() => vi.unstubAllGlobals());

describe('chooseFolder inside Electron', () => {
  it('uses the native dialog, never the typed path: chosen, cancelled, or refused with the shell’s message', async () => {
    const bridge = { chooseFolder: vi.fn() };
    const chooseFolder = await load(bridge);
    const typePath = vi.fn();
    bridge.chooseFolder.mockResolvedValueOnce({ ok: true, value: { folderId: 'folder-abc', name: 'USB' } });
    await expect(chooseFolder('backup', typePath)).resolves.toEqual({ folderId: 'folder-abc', name: 'USB' });
    expect(bridge.chooseFolder).toHaveBeenLastCalledWith('backup');
    bridge.chooseFolder.mockResolvedValueOnce({ ok: true, value: null });
    await expect(chooseFolder('restore', typePath)).resolves.toBeNull();
    bridge.chooseFolder.mockResolvedValueOnce({ ok: false, error: { code: 'FORBIDDEN', message: 'Only Casebook’s own window may choose folders.' } });
    await expect(chooseFolder('backup', typePath)).rejects.toMatchObject({ code: 'FORBIDDEN', message: 'Only Casebook’s own window may choose folders.' });
    expect(typePath).not.toHaveBeenCalled();
  });
});

describe('chooseFolder against the harness', () => {
  it('asks for the path, posts it with the token, and passes on the harness’s refusal', async () => {
    const chooseFolder = await load();
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    await expect(chooseFolder('backup', () => Promise.resolve(null))).resolves.toBeNull();
    expect(fetch).not.toHaveBeenCalled();

    fetch.mockResolvedValueOnce(answer({ ok: true, value: { folderId: 'folder-x', name: 'USB DRIVE' } }));
    await expect(chooseFolder('backup', () => Promise.resolve('/media/USB DRIVE'))).resolves.toEqual({ folderId: 'folder-x', name: 'USB DRIVE' });
    expect(fetch).toHaveBeenLastCalledWith('/folder?path=%2Fmedia%2FUSB%20DRIVE', { method: 'POST', headers: { authorization: 'Bearer run-token' } });

    fetch.mockResolvedValueOnce(answer({ ok: false, error: { code: 'INVALID_INPUT', message: 'There is no folder at /nope.' } }));
    await expect(chooseFolder('restore', () => Promise.resolve('/nope'))).rejects.toMatchObject({ code: 'INVALID_INPUT', message: 'There is no folder at /nope.' });
    fetch.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    await expect(chooseFolder('restore', () => Promise.resolve('/x'))).rejects.toMatchObject({ code: 'INTERNAL' });
  });
});
