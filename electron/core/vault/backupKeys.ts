import { join } from 'node:path';
import { AppError } from '../../../shared/contract/result';
import type { Backup } from '../backup';
import { BACKUP_KEYS } from '../backup/files';
import { rawKeyText } from '../db/openDatabase';
import { unsealRegisterKey } from './accountKeys';
import { readKeyFile, type KeyFile } from './keyFile';
import { verifiedRoster } from './roster';
import type { Session } from './vaultState';

/**
 * Backups and revocation: a backup keeps the key file it was taken with, so it still opens with the key
 * of its generation, for the accounts listed then. The vault says which of those have since lost that
 * access, opens an older backup with the administrator's own sealed copy of its key, and refuses to
 * restore one (that would bring revoked accounts back).
 */
function backupKeyFile(dir: string): KeyFile | null {
  try {
    const file = readKeyFile(join(dir, BACKUP_KEYS));
    return file?.version === 2 ? file : null;
  } catch {
    return null;
  }
}

/** The key that opens the backup: the current one, or — taken under an older generation — the caller's copy sealed in it. */
export function backupKeyText(dir: string, session: Session, current: KeyFile): string {
  const backup = backupKeyFile(dir);
  if (!backup || backup.generation === current.generation || !session.keys) return rawKeyText(session.key);
  const entry = safeRoster(backup)?.entries.find((e) => e.name === session.name);
  const sealed = backup.accounts.find((a) => a.name === session.name)?.sealed;
  const binding = entry && { databaseId: backup.databaseId, name: entry.name, role: entry.role, generation: backup.generation };
  const key = binding && sealed ? unsealRegisterKey(sealed, session.keys.x25519.privateKey, binding) : null;
  return rawKeyText(key ?? session.key);
}

/** The backup's accounts whose access it still grants but the register no longer does. */
export function withFormerAccess(backup: Backup, dir: string, current: KeyFile): Backup {
  const old = backupKeyFile(dir);
  const then = old ? safeRoster(old) : null;
  if (!then) return backup;
  const now = verifiedRoster(current).entries;
  const formerAccess = then.entries.flatMap((entry) => {
    const today = now.find((e) => e.name === entry.name);
    if (!today) return [`${entry.name} (removed)`];
    return today.role === entry.role ? [] : [`${entry.name} (was ${entry.role})`];
  });
  return { ...backup, formerAccess };
}

/** Restoring a copy from before a re-key would bring back the key — and the accounts — the re-key revoked. */
export function requireCurrentGeneration(backup: Backup, current: KeyFile): void {
  if (backup.keyGeneration === null || backup.keyGeneration === current.generation) return;
  throw new AppError(
    'CONFLICT',
    `This backup was taken under an older register key (generation ${backup.keyGeneration}; the register is at ${current.generation}), before accounts were revoked. Restoring it would let them in again, so Casebook does not. Nothing was changed.`,
  );
}

function safeRoster(file: KeyFile) {
  try {
    return verifiedRoster(file);
  } catch {
    return null;
  }
}
