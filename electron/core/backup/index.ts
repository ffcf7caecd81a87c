/** Backups to removable media and restore from them (issue 6, item 4). */
export { createBackup, verifyBackup, type Backup, type CreateBackupOptions } from './backup';
export { restoreBackup, type RestoreOptions } from './restore';
