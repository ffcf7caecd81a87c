// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

/**
 * The renderer's save path, in a DOM (happy-dom). The test project is type-checked without the DOM
 * library, so the module is loaded by a path tsc does not follow, and the DOM is reached through `page`.
 */
type ReportFile = { fileName: string; mimeType: string; base64: string };
type Anchor = { download: string; href: string };
const page = globalThis as unknown as {
  casebook?: { call: unknown; saveFile: (...a: string[]) => Promise<unknown> };
  HTMLAnchorElement: { prototype: { click(): void } };
  document: { querySelector(selector: string): unknown };
};

let saveGeneratedFile: (file: ReportFile) => Promise<unknown>;
beforeAll(async () => {
  const path = '../../renderer/src/lib/saveFile';
  ({ saveGeneratedFile } = (await import(/* @vite-ignore */ path)) as { saveGeneratedFile: typeof saveGeneratedFile });
});

const file: ReportFile = { fileName: 'INC-2026-0001 ministerial briefing.pdf', mimeType: 'application/pdf', base64: Buffer.from('%PDF-1.7').toString('base64') };

describe('saveGeneratedFile', () => {
  afterEach(() => {
    delete page.casebook;
    vi.restoreAllMocks();
  });

  it('inside Electron, hands the file to the shell’s save dialog and reports where it went', async () => {
    const saveFile = vi.fn(async () => ({ saved: true, path: '/home/alex/Documents/briefing.pdf' }));
    page.casebook = { call: vi.fn(), saveFile };
    await expect(saveGeneratedFile(file)).resolves.toEqual({ saved: true, fileName: file.fileName, path: '/home/alex/Documents/briefing.pdf' });
    expect(saveFile).toHaveBeenCalledWith(file.fileName, file.mimeType, file.base64);
  });

  it('inside Electron, passes on a cancelled dialog and a failed write', async () => {
    page.casebook = { call: vi.fn(), saveFile: vi.fn(async () => ({ saved: false, reason: 'cancelled' })) };
    await expect(saveGeneratedFile(file)).resolves.toEqual({ saved: false, cancelled: true });
    page.casebook = { call: vi.fn(), saveFile: vi.fn(async () => ({ saved: false, reason: 'failed', message: 'Not saved: the disk is full.' })) };
    await expect(saveGeneratedFile(file)).resolves.toEqual({ saved: false, cancelled: false, message: 'Not saved: the disk is full.' });
  });

  it('in a browser, downloads the bytes from an in-memory blob under the file’s name', async () => {
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
});
