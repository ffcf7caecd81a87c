import { useEffect, useState } from 'react';
import type { Output } from '../../../../shared/contract';
import { useAuthStore } from '../../stores/useAuthStore';

export type PasswordAdvice = Output<'auth:checkPassword'>;

/** Waits for typing to pause before asking the core, which holds the strength rules (zxcvbn-ts). */
const PAUSE_MS = 250;

/** The core's judgement of a password as it is typed; null while empty or not yet judged. */
export function usePasswordAdvice(password: string, name: string): PasswordAdvice | null {
  const checkPassword = useAuthStore((s) => s.checkPassword);
  const [advice, setAdvice] = useState<PasswordAdvice | null>(null);

  useEffect(() => {
    setAdvice(null);
    if (password === '') return;
    let isCurrent = true;
    const timer = setTimeout(() => {
      checkPassword(password, name)
        .then((judged) => {
          if (isCurrent) setAdvice(judged);
        })
        .catch(() => undefined);
    }, PAUSE_MS);
    return () => {
      isCurrent = false;
      clearTimeout(timer);
    };
  }, [password, name, checkPassword]);

  return advice;
}
