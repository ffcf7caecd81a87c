import type { ReportFile } from '../../../shared/contract/reports';

/** Where a generated file went: saved (inside Electron, at a path; in the harness, as a download), or not. */
export type SaveOutcome =
  | { saved: true; fileName: string; path: string | null }
  | { saved: false; cancelled: true }
  | { saved: false; cancelled: false; message: string };

/**
 * Saves one generated file. Inside Electron the shell shows the native save dialog and writes the bytes
 * (`window.casebook.saveFile`); in a plain browser against the harness the file is downloaded from an
 * in-memory blob, so nothing leaves the machine either way.
 */
export async function saveGeneratedFile(file: ReportFile): Promise<SaveOutcome> {
  const bridge = window.casebook;
  if (bridge) {
    const result = await bridge.saveFile(file.fileName, file.mimeType, file.base64);
    if (result.saved) return { saved: true, fileName: file.fileName, path: result.path };
    if (result.reason === 'cancelled') return { saved: false, cancelled: true };
    return { saved: false, cancelled: false, message: result.message };
  }
  try {
    download(file);
    return { saved: true, fileName: file.fileName, path: null };
  } catch {
    return { saved: false, cancelled: false, message: 'The browser would not download the file. Allow downloads for this page, then try again.' };
  }
}

function download(file: ReportFile): void {
  const binary = atob(file.base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the blob by now; give it a moment before the memory is released.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
