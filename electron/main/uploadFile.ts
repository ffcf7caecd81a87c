import type { UploadFileResult } from '../../shared/contract/shell';
import type { CoreClient } from '../core/host/coreClient';
import type { TrustedLocation } from './security';
import { handleFromApp } from './trustedIpc';

/** Emails are megabytes; a month of gateway tracking logs a few hundred. */
const MAX_UPLOAD_BYTES = 512 * 1024 * 1024;

const invalid = (message: string): UploadFileResult => ({ ok: false, error: { code: 'INVALID_INPUT', message } });

/**
 * Registers `shell:uploadFile`: a file the officer picked or dropped in the page arrives as bytes and is
 * handed to the core as a handle (docs/architecture.md#jobs-events-and-file-handles). The page never names a path, so a compromised
 * page cannot make Casebook read a file nobody chose.
 */
export function registerUploadFile(files: Pick<CoreClient['files'], 'putBytes'>, where: TrustedLocation): void {
  handleFromApp('shell:uploadFile', where, (_event, name: unknown, bytes: unknown): UploadFileResult | Promise<UploadFileResult> => {
    if (typeof name !== 'string' || name.trim() === '' || name.includes('\0') || name.length > 255 || !(bytes instanceof Uint8Array)) {
      return invalid('That was not a file Casebook can read. Choose the file again.');
    }
    if (bytes.byteLength > MAX_UPLOAD_BYTES) return invalid(`${name} is larger than 512 MB. Split the log by day and import each part.`);
    return files.putBytes(name.trim(), bytes);
  });
}
