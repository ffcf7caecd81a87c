import { z } from '../zodConfig';
import { empty, InstantSchema } from './common';
import type { OperationSpec } from './operation';

/** A folder handed to the core by the shell's folder dialog or the CLI (removable media, a backup to restore). */
export const FolderIdSchema = z.string().regex(/^folder-[A-Za-z0-9_-]{16,64}$/, 'Not a folder handle; choose the folder again');

export const BackupSchema = z.object({
  /** The backup's own folder, named with the date and time (casebook-backup-2026-11-27-1405). */
  name: z.string(),
  createdAt: InstantSchema,
  bytes: z.number().int().min(0),
  /** Re-opened with the key, integrity_check passed, and the audit chain verified, at this count and head. */
  verified: z.boolean(),
  auditEntryCount: z.number().int().min(0),
  auditHeadHash: z.string(),
  accounts: z.array(z.string()),
  /** The register key's generation the copy was taken under (raised by every revocation); null for older key files. */
  keyGeneration: z.number().int().nullable(),
  /**
   * Accounts this copy still opens for that no longer have that access to the register: removed since,
   * or with another role now ("Name (removed)", "Name (was administrator)").
   */
  formerAccess: z.array(z.string()),
});

/** A copy of the register's data outside the live file, which an erasure cannot reach. */
export const OutsideCopySchema = z.object({
  kind: z.enum(['backup', 'pre_migration', 'set_aside', 'report']),
  name: z.string(),
  madeAt: InstantSchema,
  /** Whether Casebook knows where it is and can delete it (copies in its own folders); backups and reports sit wherever the officer saved them. */
  canDelete: z.boolean(),
});

const folder = z.strictObject({ folderId: FolderIdSchema });

export const backupContract = {
  /** Writes an encrypted copy with its key slots into the chosen folder, then proves it by reopening it. */
  'backups:create': { access: 'admin', vault: true, input: folder, output: BackupSchema },
  /** Checks a backup folder: opens it with the current key, integrity_check, audit chain. Writes nothing. */
  'backups:verify': { access: 'admin', vault: true, input: folder, output: BackupSchema },
  /** Replaces the register with a verified backup, keeping the previous file until the new one is proven. */
  'backups:restore': { access: 'admin', vault: true, input: folder, output: BackupSchema },
  /** Copies outside the live file (backups, pre-migration copies, exported reports), with their dates. */
  'backups:outsideCopies': {
    access: 'admin',
    vault: true,
    input: empty,
    output: z.object({ copies: z.array(OutsideCopySchema), lastErasureAt: InstantSchema.nullable() }),
  },
  /**
   * Deletes, in one action, the copies Casebook made in its own folders and the backups in the folders the
   * administrator chose (a removable drive), each overwritten before it is removed (audited).
   */
  'backups:deleteCopies': {
    access: 'admin',
    vault: true,
    input: z.strictObject({ backupFolderIds: z.array(FolderIdSchema).max(20).default([]) }),
    output: z.object({ deleted: z.array(z.string()) }),
  },
} as const satisfies Record<string, OperationSpec>;
