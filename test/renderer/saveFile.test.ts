// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';

/**
 * The renderer's save path over each transport, in a DOM (happy-dom). The transport is chosen when the page
 * loads, so each case sets up `window.casebook` (or leaves it absent) and then loads the module afresh, by a path
 * tsc does not follow (the test project has no DOM library); the DOM is reached through `page`.
 */
type ReportFile = { fileName: string; mimeType: string; base64: string };
type Anchor = { download: string; href: string };
const page = globalThis as unknown as {
  casebook?: { saveFile: (...a: string[]) => Promise<unknown> };
  HTMLAnchorElement: { prototype: { click(): void } };
  document: { querySelector(selector: string): unknown };
};

async function load(bridge?: typeof page.casebook): Promise<(file: ReportFile) => Promise<unknown>> {
  if (bridge) page.casebook = bridge;
  vi.resetModules();
  const path = '../../renderer/src/lib/saveFile';
  return ((await import(/* @vite-ignore */ path)) as { saveGeneratedFile: (file: ReportFile) => Promise<unknown> }).saveGeneratedFile;
}

const file: ReportFile = { fileName: 'INC-2026-0001 ministerial briefing.pdf', mimeType: 'application/pdf', base64: Buffer.from('%PDF-1.7').toString('base64') };

describe('saveGeneratedFile', () => {
  afterEach(() => {
    delete page.casebook;
    vi.restoreAllMocks();
  });

  it('inside Electron, hands the file to the shell’s save dialog and reports where it went', async () => {
    const saveFile = vi.fn(async () => ({ ok: true, value: { path: '/home/alex/Documents/briefing.pdf' } }));
    const saveGeneratedFile = await load({ saveFile });
    await expect(saveGeneratedFile(file)).resolves.toEqual({ saved: true, fileName: file.fileName, path: '/home/alex/Documents/briefing.pdf' });
    expect(saveFile).toHaveBeenCalledWith(file.fileName, file.mimeType, file.base64);
  });

  it('inside Electron, passes on a cancelled dialog and a failed write', async () => {
    const saveFile = vi.fn();
    const saveGeneratedFile = await load({ saveFile });
    saveFile.mockResolvedValueOnce({ ok: true, value: null });
    await expect(saveGeneratedFile(file)).resolves.toEqual({ saved: false, cancelled: true });
    saveFile.mockResolvedValueOnce({ ok: false, error: { code: 'INTERNAL', message: 'Not saved: the disk is full.' } });
    await expect(saveGeneratedFile(file)).resolves.toEqual({ saved: false, cancelled: false, message: 'Not saved: the disk is full.' });
  });

  it('in a browser, downloads the bytes from an in-memory blob under the file’s name', async () => {
    const saveGeneratedFile = await load();
    let blob: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blob = b as Blob;
      return 'blob:casebook/1';
    });
    const clicked: Anchor[] = [];
    vi.spyOn(page.HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: Anchor) {
      clicked.push({ download: this.download, href: this.href });
    });
    await expect(saveGeneratedFile(file)).resolves.toEqual({ saved: true, fileName: file.fileName, path: null });
    expect(clicked).toEqual([{ download: file.fileName, href: 'blob:casebook/1' }]);
    expect(blob!.type).toBe('application/pdf');
    expect(Buffer.from(await blob!.arrayBuffer()).toString('latin1')).toBe('%PDF-1.7');
    expect(page.document.querySelector('a[download]')).toBeNull();
  });

  it('in a browser, reports a refused download as a message to show', async () => {
    const saveGeneratedFile = await load();
    vi.spyOn(URL, 'createObjectURL').mockImplementation(() => {
      throw new Error('blocked');
    });
    await expect(saveGeneratedFile(file)).resolves.toEqual({ saved: false, cancelled: false, message: expect.stringContaining('Allow downloads') });
  });
});
