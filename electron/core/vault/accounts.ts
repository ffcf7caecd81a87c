import type { ParsedInput } from '../../../shared/contract';
import { AppError } from '../../../shared/contract/result';
import { deleteDraftsOf } from '../drafts/draftRepository';
import { deriveKek, newSalt, unwrapKey, wrapKey } from './keySlots';
import { readKeyFile, type KeyFile, type Slot } from './keyFile';
import { updateKeyFile } from './keyFileLock';
import { requireStrongPassword } from './passwordStrength';
import { auditedChange, findSlot, requireSession, slotToAccount, type VaultState } from './vaultState';

/** Accounts are key slots: creating one wraps the register's key for it; removing one deletes its slot. */
export function createAccountHandlers(state: VaultState) {
  function keyFile(): KeyFile {
    const file = readKeyFile(state.keyFilePath);
    if (!file) throw new Error('The key file vanished while the register was open');
    return file;
  }

  return {
    'accounts:list': () => ({ items: keyFile().slots.map(slotToAccount) }),

    'accounts:create': (input: ParsedInput<'accounts:create'>) => {
      const session = requireSession(state);
      const file = keyFile();
      if (file.slots.some((s) => s.name.toLowerCase() === input.name.toLowerCase())) {
        throw new AppError('CONFLICT', `There is already an account called ${input.name}.`, [{ path: 'name', message: 'This name is taken' }]);
      }
      requireStrongPassword(input.password, input.name, 'password');
      const now = state.now();
      const salt = newSalt();
      const wrapped = wrapKey(session.key, deriveKek(input.password, salt, file.kdf), salt, { databaseId: file.databaseId, name: input.name, role: input.role });
      const slot: Slot = { name: input.name, role: input.role, businessUnit: input.businessUnit, createdAt: now, lastLoginAt: null, ...wrapped };
      const draft = {
        action: 'account.created',
        entityType: 'account',
        entityId: input.name,
        incidentId: null,
        summary: `Account ${input.name} (${input.role}) created`,
        changes: [{ field: 'role', before: null, after: input.role }],
      };
      auditedChange(session, now, [draft], () => updateKeyFile(state.keyFilePath, (latest) => ({ ...latest, slots: [...latest.slots, slot] })));
      return slotToAccount(slot);
    },

    'accounts:remove': (input: ParsedInput<'accounts:remove'>) => {
      const session = requireSession(state);
      const file = keyFile();
      const slot = findSlot(file, input.name);
      if (!slot) throw new AppError('NOT_FOUND', `There is no account called ${input.name}.`);
      if (slot.name === session.name) throw new AppError('CONFLICT', 'You cannot remove your own account; another administrator can.');
      if (slot.role === 'administrator' && file.slots.filter((s) => s.role === 'administrator').length === 1) {
        throw new AppError('CONFLICT', 'This is the last administrator; create another administrator first.');
      }
      const draft = {
        action: 'account.removed',
        entityType: 'account',
        entityId: slot.name,
        incidentId: null,
        summary: `Account ${slot.name} (${slot.role}) removed`,
        changes: [{ field: 'role', before: slot.role, after: null }],
      };
      auditedChange(session, state.now(), [draft], () => {
        deleteDraftsOf(session.db, slot.name);
        updateKeyFile(state.keyFilePath, (latest) => ({ ...latest, slots: latest.slots.filter((s) => s.name !== slot.name) }));
      });
      return { removed: true as const };
    },

    /** Rewraps only the caller's slot: every other slot's bytes stay as they were. */
    'accounts:changePassword': (input: ParsedInput<'accounts:changePassword'>) => {
      const session = requireSession(state);
      const file = keyFile();
      const slot = findSlot(file, session.name);
      if (!slot) throw new AppError('NOT_FOUND', 'Your account is no longer in the key file; an administrator may have removed it.');
      const binding = { databaseId: file.databaseId, name: slot.name, role: slot.role };
      if (!unwrapKey(slot, deriveKek(input.currentPassword, Buffer.from(slot.salt, 'base64'), file.kdf), binding)) {
        throw new AppError('INVALID_INPUT', 'The current password is not right.', [{ path: 'currentPassword', message: 'Not the current password' }]);
      }
      requireStrongPassword(input.newPassword, slot.name, 'newPassword');
      const salt = newSalt();
      const kek = deriveKek(input.newPassword, salt, file.kdf);
      const updated: Slot = { ...slot, ...wrapKey(session.key, kek, salt, binding) };
      const draft = {
        action: 'account.password_changed',
        entityType: 'account',
        entityId: slot.name,
        incidentId: null,
        summary: `Password of ${slot.name} changed`,
        changes: [],
      };
      auditedChange(session, state.now(), [draft], () =>
        updateKeyFile(state.keyFilePath, (latest) => ({ ...latest, slots: latest.slots.map((s) => (s.name === slot.name ? updated : s)) })),
      );
      session.kek.fill(0);
      session.kek = kek;
      return slotToAccount(updated);
    },
  };
}
