import { saveGeneratedFile, type SaveOutcome } from '../../lib/saveFile';
import type { EvidenceCopy } from '../../stores/useEvidenceStore';
import { bytesFromBase64, sha256Hex } from './evidenceView';

/**
 * Saves an exported copy where the officer chooses, after hashing the bytes the page received once more: the
 * core checked them against the recorded SHA-256 before handing them out, and this checks nothing changed on
 * the way to the save dialog (or the browser's download), so what is saved is what was kept.
 */
export async function saveEvidenceCopy(copy: EvidenceCopy): Promise<SaveOutcome> {
  if ((await sha256Hex(bytesFromBase64(copy.base64))) !== copy.sha256) {
    return { saved: false, cancelled: false, message: `The copy of ${copy.fileName} did not match its recorded SHA-256 on the way out, so it was not saved. Try again.` };
  }
  return saveGeneratedFile({ fileName: copy.fileName, mimeType: copy.mimeType, base64: copy.base64 });
}
