import { existsSync, renameSync, rmSync } from 'node:fs';
import type { ParsedInput } from '../../../shared/contract';
import { diffFields } from '../audit/auditLog';
import { rekeyDatabase } from '../db/openDatabase';
import { deleteDraftsExceptOf } from '../drafts/draftRepository';
import { readKeyFile, writeKeyFile } from './keyFile';
import { newDatabaseKey, wrapKey } from './keySlots';
import { auditedChange, findSlot, requireSession, type VaultState } from './vaultState';
import { readSecurity, writeSecurity } from './vaultSettings';

/** Suffix of the key file written before a rotation re-keys the register, renamed into place after. */
export const NEXT_KEY_FILE = '.next';

/** The idle lock and backup reminder, and rotating the register's key. */
export function createSecurityHandlers(state: VaultState) {
  return {
    'security:get': () => readSecurity(requireSession(state).db),

    'security:update': (input: ParsedInput<'security:update'>) => {
      const session = requireSession(state);
      const before = readSecurity(session.db);
      const changes = diffFields(before, input);
      if (changes.length === 0) return before;
      const draft = {
        action: 'settings.security_updated',
        entityType: 'settings',
        entityId: 'security',
        incidentId: null,
        summary: 'Security settings changed',
        changes,
      };
      auditedChange(session, state.now(), [draft], () => writeSecurity(session.db, input));
      state.idleLockMinutes = input.idleLockMinutes;
      return input;
    },

    /**
     * A new random key. Each slot can be rewrapped only with its own account's password-derived key, and
     * the vault holds just the caller's (from this login), so the caller's slot is rewrapped and every
     * other account is removed: the administrator re-creates them (the audit entry names them). Keeping
     * the old key for others to rewrap later would defeat the rotation.
     * Order, so a crash never strands the register: the new key file is written beside the old one
     * (`.keys.next`), the register is re-keyed, then the new file is renamed into place; a login that finds
     * the register no longer opening with `.keys` tries `.keys.next` (unlock.ts).
     */
    'security:rotateKey': () => {
      const session = requireSession(state);
      const file = readKeyFile(state.keyFilePath)!;
      const slot = findSlot(file, session.name)!;
      const removed = file.slots.filter((s) => s !== slot).map((s) => s.name);
      const key = newDatabaseKey();
      const salt = Buffer.from(slot.salt, 'base64');
      const rewrapped = { ...slot, ...wrapKey(key, session.kek, salt, { databaseId: file.databaseId, name: slot.name, role: slot.role }) };
      const rotatedAt = state.now();
      const summary = removed.length ? `Register key rotated; accounts removed and to be re-created by an administrator: ${removed.join(', ')}` : 'Register key rotated';
      const draft = {
        action: 'security.key_rotated',
        entityType: 'settings',
        entityId: 'key',
        incidentId: null,
        summary,
        changes: [{ field: 'accounts', before: file.slots.map((s) => s.name), after: [slot.name] }],
      };
      const next = `${state.keyFilePath}${NEXT_KEY_FILE}`;
      writeKeyFile(next, { ...file, slots: [rewrapped] });
      try {
        rekeyDatabase(session.db, key);
      } catch (error) {
        // Not re-keyed (another process holds the register open): the old key and key file stay valid.
        rmSync(next, { force: true });
        throw error;
      }
      renameSync(next, state.keyFilePath);
      // Audited once done, so the log never records a rotation that did not happen.
      auditedChange(session, rotatedAt, [draft], () => deleteDraftsExceptOf(session.db, slot.name));
      session.key.fill(0);
      session.key = key;
      return { rotatedAt };
    },
  };
}

export function pendingRotation(keyFilePath: string): string | null {
  const next = `${keyFilePath}${NEXT_KEY_FILE}`;
  return existsSync(next) ? next : null;
}
