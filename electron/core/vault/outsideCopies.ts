import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { ParsedInput } from '../../../shared/contract';
import { appendAudit } from '../audit/auditLog';
import { BACKUP_DB } from '../backup/files';
import type { Db } from '../db/openDatabase';
import { scrubFile } from './encryptInPlace';
import { copiesCasebookMade } from './plainCopies';
import { requireSession, type VaultState } from './vaultState';

type OutsideCopy = { kind: 'backup' | 'pre_migration' | 'set_aside' | 'report'; name: string; madeAt: number; canDelete: boolean };

/** Backups and exported reports are known from the audit log only: they sit wherever the officer saved them. */
function recordedElsewhere(db: Db): OutsideCopy[] {
  const backups = db
    .prepare<[], { entity_id: string; at: number }>(`SELECT entity_id, at FROM audit_log WHERE action = 'backup.created' ORDER BY seq`)
    .all()
    .map((r): OutsideCopy => ({ kind: 'backup', name: r.entity_id, madeAt: r.at, canDelete: false }));
  const reports = db
    .prepare<[], { at: number; files: string | null }>(
      `SELECT at, (SELECT c.value ->> '$.after' FROM json_each(changes) c WHERE c.value ->> '$.field' = 'files') AS files
       FROM audit_log WHERE action = 'report.generated' ORDER BY seq`,
    )
    .all()
    .flatMap((r) => (JSON.parse(r.files ?? '[]') as string[]).map((name): OutsideCopy => ({ kind: 'report', name, madeAt: r.at, canDelete: false })));
  return [...backups, ...reports];
}

function madeByCasebook(state: VaultState): OutsideCopy[] {
  return copiesCasebookMade(state.file, state.backupDir).map((path) => ({
    kind: basename(path).startsWith('casebook-v') ? 'pre_migration' : 'set_aside',
    name: basename(path),
    madeAt: statSync(path).mtimeMs,
    canDelete: true,
  }));
}

/** The backup folders in a folder the administrator chose: the folder itself if it is one, or the casebook-backup-… folders in it. */
function backupFoldersIn(folder: string): string[] {
  if (existsSync(join(folder, BACKUP_DB))) return [folder];
  return readdirSync(folder)
    .filter((name) => name.startsWith('casebook-backup-') && existsSync(join(folder, name, BACKUP_DB)))
    .map((name) => join(folder, name));
}

function scrubFolder(folder: string): void {
  for (const name of readdirSync(folder)) scrubFile(join(folder, name));
  rmSync(folder, { recursive: true, force: true });
}

/**
 * The copies of the register's data outside the live file, which an erasure cannot reach
 * (docs/retention.md#copies-outside-the-register): listed with their dates, and deletable in one action.
 */
export function createOutsideCopyHandlers(state: VaultState) {
  return {
    'backups:outsideCopies': () => {
      const { db } = requireSession(state);
      const lastErasureAt =
        db.prepare<[], { at: number | null }>(`SELECT max(at) AS at FROM audit_log WHERE action IN ('retention.incident_erased', 'retention.person_erased')`).get()?.at ??
        null;
      const copies = [...madeByCasebook(state), ...recordedElsewhere(db)].sort((a, b) => a.madeAt - b.madeAt);
      return { copies, lastErasureAt };
    },
    'backups:deleteCopies': (input: ParsedInput<'backups:deleteCopies'>) => {
      const session = requireSession(state);
      const backups = input.backupFolderIds.flatMap((id) => backupFoldersIn(state.files.folder(id)));
      const copies = copiesCasebookMade(state.file, state.backupDir);
      const deleted = [...copies.map((c) => basename(c)), ...backups.map((b) => basename(b))];
      for (const copy of copies) {
        scrubFile(copy);
        for (const side of ['-wal', '-shm']) scrubFile(`${copy}${side}`);
      }
      for (const backup of backups) scrubFolder(backup);
      const actor = session.ctx.actor() ?? session.name;
      session.db
        .transaction(() =>
          appendAudit(session.ctx, actor, state.now(), [
            {
              action: 'retention.copies_deleted',
              entityType: 'copies',
              entityId: 'outside',
              incidentId: null,
              summary: `${deleted.length} ${deleted.length === 1 ? 'copy' : 'copies'} of the register deleted from the drive`,
              changes: [{ field: 'files', before: deleted, after: null }],
            },
          ]),
        )
        .immediate();
      return { deleted };
    },
  };
}
