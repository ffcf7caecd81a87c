import { isAbsolute, resolve } from 'node:path';
import type { Result } from '../../shared/contract/result';
import type { Output } from '../../shared/contract';
import type { CoreClient } from '../core/host/coreClient';
import { UsageError } from './args';

type Backup = Output<'backups:create'>;

function resolvePath(path: string | undefined, what: string, base: string): string {
  if (!path) throw new UsageError(`Name the ${what} folder`);
  return isAbsolute(path) ? path : resolve(base, path);
}

/**
 * `backup DEST`: the vault's backups:create into a new dated folder inside DEST, verified and audited as
 * from the app. DEST must already exist — creating it would quietly write to the laptop's own disk when
 * the removable drive is not mounted.
 */
export async function runBackup(core: CoreClient, destination: string | undefined, base: string): Promise<Result<Backup>> {
  const folder = await core.files.putFolder(resolvePath(destination, 'destination', base));
  if (!folder.ok) return folder;
  return core.callAsync('backups:create', { folderId: folder.value.folderId });
}

/**
 * `restore SRC`: the vault's backups:restore from the backup folder SRC, verified first and audited as from
 * the app; the previous files stay beside the register as `….before-restore-<stamp>`.
 */
export async function runRestore(core: CoreClient, source: string | undefined, base: string): Promise<Result<Backup>> {
  const folder = await core.files.putFolder(resolvePath(source, 'backup', base));
  if (!folder.ok) return folder;
  return core.callAsync('backups:restore', { folderId: folder.value.folderId });
}
