import { statSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import type { Result } from '../../shared/contract/result';
import type { CoreClient } from '../../electron/core/host/coreClient';

/**
 * The harness's stand-in for the native folder dialog: a browser cannot pick a folder, so the page types a
 * path and this registers it as a handle, as `shell:chooseFolder` does in the app. Only an absolute path to an
 * existing folder is taken, so a typo is refused here, with the reason, rather than written to later.
 */
export async function registerTypedFolder(files: Pick<CoreClient['files'], 'putFolder'>, path: string): Promise<Result<{ folderId: string; name: string }>> {
  const refuse = (message: string) => ({ ok: false as const, error: { code: 'INVALID_INPUT' as const, message } });
  if (path.trim() === '') return refuse('Type the folder’s full path.');
  if (!isAbsolute(path)) return refuse(`${path} is not a full path. Type the folder’s full path, from the root of the drive.`);
  const stats = statSync(path, { throwIfNoEntry: false });
  if (stats === undefined) return refuse(`There is no folder at ${path}. Check the path, or create the folder first.`);
  if (!stats.isDirectory()) return refuse(`${path} is a file, not a folder. Type the path of the folder that holds it.`);
  return files.putFolder(path);
}
