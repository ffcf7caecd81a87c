import type { ChosenFolder, FolderPurpose } from '../../../shared/contract/shell';
import { transport } from './transport';
import { unwrap } from './unwrap';

/**
 * A folder for a backup or a restore, as the core's handle; null when the officer cancelled. `typePath` asks for a
 * typed path where there is no native dialog (a browser). Throws AppError with the reason it was refused.
 */
export async function chooseFolder(purpose: FolderPurpose, typePath: () => Promise<string | null>): Promise<ChosenFolder | null> {
  return unwrap(await transport.chooseFolder(purpose, typePath));
}
