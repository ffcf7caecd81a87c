import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { useAuthStore } from '../../stores/useAuthStore';

/**
 * Says once, after the login or setup that did it, which plain copies of the register Casebook found
 * and encrypted (copies made before the register was encrypted would otherwise keep every record
 * readable). The audit log keeps the same account.
 */
export function CopiesEncryptedNotice() {
  const copies = useAuthStore((s) => s.auth?.copiesEncrypted ?? []);
  const said = copies.join('\n');

  useEffect(() => {
    if (said === '') return;
    const names = said.split('\n');
    notifications.show({
      id: 'copies-encrypted',
      color: 'blue',
      autoClose: false,
      title: names.length === 1 ? 'A plain copy of the register was encrypted' : `${names.length} plain copies of the register were encrypted`,
      message: `Casebook had made ${names.length === 1 ? 'this copy' : 'these copies'} before the register was encrypted; ${names.length === 1 ? 'it is' : 'they are'} now encrypted with its key: ${names.join(', ')}.`,
    });
  }, [said]);

  return null;
}
