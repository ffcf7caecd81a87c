import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { registerSaveFile, safeFileName } from '../../electron/main/saveFile';
import { electron, invokeEvent, resetStub, stub } from './electronStub';

vi.mock('electron', () => import('./electronStub').then((m) => m.electron));

const rendererFile = '/opt/Casebook/resources/app.asar/out/renderer/index.html';
const trusted = { ...invokeEvent(pathToFileURL(rendererFile).href), sender: {} };
const PDF = Buffer.from('%PDF-1.7\n% Casebook test\n');

describe('shell:saveFile', () => {
  let dir: string;
  const save = (event: unknown, fileName: unknown, mimeType: unknown, base64: unknown) =>
    stub.ipcHandlers.get('shell:saveFile')!(event, fileName, mimeType, base64) as Promise<unknown>;

  beforeEach(() => {
    resetStub();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    dir = mkdtempSync(join(tmpdir(), 'casebook-save-'));
    registerSaveFile({ rendererFile });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('registers the one channel', () => {
    expect([...stub.ipcHandlers.keys()]).toEqual(['shell:saveFile']);
  });

  it('proposes Documents/<file name>, filtered by its extension, and writes nothing when the officer cancels', async () => {
    stub.saveDialogResult = { canceled: true, filePath: '' };
    await expect(save(trusted, 'INC-2026-0003 ministerial briefing.pdf', 'application/pdf', PDF.toString('base64'))).resolves.toEqual({ ok: true, value: null });
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledOnce();
    const options = electron.dialog.showSaveDialog.mock.calls[0]!.at(-1) as { defaultPath: string; filters: { extensions: string[] }[] };
    expect(options.defaultPath).toBe(join('/tmp/documents', 'INC-2026-0003 ministerial briefing.pdf'));
    expect(options.filters).toEqual([{ name: 'PDF document', extensions: ['pdf'] }]);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('writes the decoded bytes to the chosen path', async () => {
    const filePath = join(dir, 'briefing.pdf');
    stub.saveDialogResult = { canceled: false, filePath };
    await expect(save(trusted, 'briefing.pdf', 'application/pdf', PDF.toString('base64'))).resolves.toEqual({ ok: true, value: { path: filePath } });
    expect(readFileSync(filePath)).toEqual(PDF);
  });

  it('reports a write that fails as INTERNAL, with what to do', async () => {
    stub.saveDialogResult = { canceled: false, filePath: join(dir, 'no-such-folder', 'register.csv') };
    await expect(save(trusted, 'register.csv', 'text/csv', 'YQ==')).resolves.toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: expect.stringContaining('Choose another folder') },
    });
  });

  it('reports a dialog that cannot be shown as INTERNAL', async () => {
    electron.dialog.showSaveDialog.mockRejectedValueOnce(new Error('no display'));
    await expect(save(trusted, 'register.csv', 'text/csv', 'YQ==')).resolves.toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it.each([
    ['a web page', 'https://example.com/'],
    ['another local file', 'file:///evil/index.html'],
    ['no frame at all', null],
  ])('refuses %s as sender with FORBIDDEN, without a dialog or a write', async (_name, url) => {
    stub.saveDialogResult = { canceled: false, filePath: join(dir, 'x.pdf') };
    await expect(save({ ...invokeEvent(url), sender: {} }, 'x.pdf', 'application/pdf', 'YQ==')).resolves.toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled();
    expect(existsSync(join(dir, 'x.pdf'))).toBe(false);
  });

  it('refuses arguments that are not a generated file, an empty name and a name with NUL as INVALID_INPUT', async () => {
    for (const [name, base64] of [
      [{ name: 'x' }, 'YQ=='],
      ['x.pdf', 42],
      ['', 'YQ=='],
      ['  ', 'YQ=='],
      ['x\0.pdf', 'YQ=='],
    ]) {
      await expect(save(trusted, name, 'application/pdf', base64)).resolves.toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
    expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('proposes a bare, safe file name', () => {
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
    expect(safeFileName('C:\\Windows\\evil.pdf')).toBe('evil.pdf');
    expect(safeFileName('a:b*c?.pdf')).toBe('a_b_c_.pdf');
    expect(safeFileName('report\u202Efdp.exe')).toBe('report_fdp.exe');
    expect(safeFileName('...')).toBe('Casebook report');
  });
});
