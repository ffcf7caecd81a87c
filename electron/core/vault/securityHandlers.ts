import { existsSync } from 'node:fs';
import type { ParsedInput } from '../../../shared/contract';
import { diffFields } from '../audit/auditLog';
import { updateKeyFile } from './keyFileLock';
import { completePendingRekey, requireKeyFileV2 } from './revocation';
import { auditedChange, requireSession, type VaultState } from './vaultState';
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
      auditedChange(
        session,
        state.now(),
        [draft],
        () => undefined,
        () => writeSecurity(session.db, input),
      );
      state.idleLockMinutes = input.idleLockMinutes;
      return input;
    },

    /**
     * An explicit revoke: marked in the key file and completed at once when nobody else holds the register
     * open (revocation.ts), so every account keeps its access through the key sealed to it, and any copy of
     * an old key (a backup's key file, a leaked password's slot) opens nothing current.
     */
    'security:rotateKey': () => {
      const session = requireSession(state);
      const rotatedAt = state.now();
      const draft = {
        action: 'security.rekey_requested',
        entityType: 'settings',
        entityId: 'key',
        incidentId: null,
        summary: `Register key rotation asked for by ${session.name}`,
        changes: [],
      };
      const reason = `key rotated by ${session.name}`;
      auditedChange(session, rotatedAt, [draft], () =>
        updateKeyFile(state.keyFilePath, (latest) => ({ ...requireKeyFileV2(latest), pendingRekey: { since: rotatedAt, by: session.name, reason } })),
      );
      return { rotatedAt, rekeyPending: completePendingRekey(state, session) === 'pending' };
    },
  };
}

export function pendingRotation(keyFilePath: string): string | null {
  const next = `${keyFilePath}${NEXT_KEY_FILE}`;
  return existsSync(next) ? next : null;
}
