import type { ReportFile } from '../../../shared/contract/reports';
import { transport } from './transport';

/** Where a generated file went: saved (inside Electron, at a path; in a browser, as a download), or not. */
export type SaveOutcome =
  { saved: true; fileName: string; path: string | null } | { saved: false; cancelled: true } | { saved: false; cancelled: false; message: string };

/** Saves one generated file where the officer chooses; a cancelled dialog and a failed write are outcomes, not throws. */
export async function saveGeneratedFile(file: ReportFile): Promise<SaveOutcome> {
  const result = await transport.saveFile(file.fileName, file.mimeType, file.base64);
  if (!result.ok) return { saved: false, cancelled: false, message: result.error.message };
  if (result.value === null) return { saved: false, cancelled: true };
  return { saved: true, fileName: file.fileName, path: result.value.path };
}
