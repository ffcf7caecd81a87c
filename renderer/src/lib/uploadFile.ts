import type { FileRef } from '../../../shared/contract/files';
import { transport } from './transport';
import { unwrap } from './unwrap';

/**
 * Hands a file the officer picked or dropped to the core and returns its handle (docs/architecture.md#jobs-events-and-file-handles):
 * the core receives bytes, never a path the page chose. Throws AppError with the reason it was refused.
 */
export async function uploadFile(file: File): Promise<FileRef> {
  return unwrap(await transport.uploadFile(file.name, new Uint8Array(await file.arrayBuffer())));
}
