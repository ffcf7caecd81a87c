/** Backups to removable media and restore from them. */
export { createBackup, verifyBackup, type Backup, type CreateBackupOptions } from './backup';
export { restoreBackup, type RestoreOptions } from './restore';
