import type { ParsedInput } from '../../../shared/contract';
import { createBackup, restoreBackup, verifyBackup, type Backup } from '../backup';
import type { CoreContext } from '../context';
import { appendAudit } from '../audit/auditLog';
import { writeCheckpoint } from '../audit/checkpoint';
import { closeDatabase, rawKeyText } from '../db/openDatabase';
import { backupKeyText, requireCurrentGeneration, withFormerAccess } from './backupKeys';
import { readKeyFile, type KeyFile } from './keyFile';
import { openRegister } from './openRegister';
import { requireSession, type VaultState } from './vaultState';
import { startSession } from './startSession';
import { writeLastVerifiedBackup } from './vaultSettings';

/** Audits a verified backup and remembers when it was made, for the administrator's reminder (app and CLI). */
export function recordVerifiedBackup(ctx: CoreContext, actor: string, backup: Backup): void {
  ctx.db
    .transaction(() => {
      // Before the entry, so the table digests it records cover it.
      writeLastVerifiedBackup(ctx.db, backup.createdAt);
      appendAudit(ctx, actor, ctx.now(), [
        {
          action: 'backup.created',
          entityType: 'backup',
          entityId: backup.name,
          incidentId: null,
          summary: `Verified backup ${backup.name} written (${backup.auditEntryCount} audit entries)`,
          changes: [],
        },
      ]);
    })
    .immediate();
}

/** Backups to a folder the officer chose (by handle); the copy carries the key slots, so it opens with the same accounts. */
export function createBackupHandlers(state: VaultState) {
  const currentKeyFile = (): KeyFile | null => {
    const file = readKeyFile(state.keyFilePath);
    return file?.version === 2 ? file : null;
  };

  return {
    'backups:create': (input: ParsedInput<'backups:create'>) => {
      const session = requireSession(state);
      const backup = createBackup({
        db: session.db,
        keyFilePath: state.keyFilePath,
        destinationDir: state.files.folder(input.folderId),
        key: rawKeyText(session.key),
        now: state.now,
        trustedKeys: session.ctx.trustedKeys,
      });
      recordVerifiedBackup(session.ctx, session.name, backup);
      return backup;
    },

    'backups:verify': (input: ParsedInput<'backups:verify'>) => {
      const session = requireSession(state);
      const dir = state.files.folder(input.folderId);
      const current = currentKeyFile();
      const trustedKeys = session.ctx.trustedKeys;
      if (!current) return verifyBackup({ dir, key: rawKeyText(session.key), trustedKeys });
      return withFormerAccess(verifyBackup({ dir, key: backupKeyText(dir, session, current), trustedKeys }), dir, current);
    },

    /**
     * The register is closed for the swap and reopened after, under the same session: the backup was made
     * with this register's key (verifyBackup proves it opens), and its key slots come with it.
     */
    'backups:restore': (input: ParsedInput<'backups:restore'>) => {
      const session = requireSession(state);
      const sourceDir = state.files.folder(input.folderId);
      const key = rawKeyText(session.key);
      const current = currentKeyFile();
      if (current) requireCurrentGeneration(verifyBackup({ dir: sourceDir, key: backupKeyText(sourceDir, session, current) }), current);
      verifyBackup({ dir: sourceDir, key });
      closeDatabase(session.db);
      let backup;
      try {
        backup = restoreBackup({ sourceDir, liveFile: state.file, liveKeyFile: state.keyFilePath, key, now: state.now });
      } finally {
        const keyFile = readKeyFile(state.keyFilePath)!;
        const db = openRegister({ file: state.file, backupDir: state.backupDir, nativeBinding: state.nativeBinding, now: state.now }, session.key, keyFile.databaseId);
        startSession(state, { ...session, db });
      }
      const reopened = requireSession(state);
      reopened.db
        .transaction(() => {
          appendAudit(reopened.ctx, reopened.name, state.now(), [
            {
              action: 'backup.restored',
              entityType: 'backup',
              entityId: backup.name,
              incidentId: null,
              summary: `Register restored from backup ${backup.name}`,
              changes: [],
            },
          ]);
        })
        .immediate();
      // The restore rewinds the log on purpose, and says so in its entry: the checkpoint follows it.
      writeCheckpoint(reopened.ctx);
      return backup;
    },
  };
}
