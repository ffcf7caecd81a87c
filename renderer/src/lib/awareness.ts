import { notInFuture } from '../../../shared/domain/dateRules';
import { parseUkDateTime } from '../../../shared/time/ukTime';
import { instantToText } from './ukDateText';

/** The typed awareness time as an instant, or why it cannot be recorded (the core's words for the future). */
export function readAwareness(text: string, now: number): { ok: true; ms: number } | { ok: false; message: string } {
  if (!text.trim()) return { ok: false, message: 'Enter when you became aware as DD/MM/YYYY HH:MM' };
  const parsed = parseUkDateTime(text);
  if (!parsed.ok) return parsed;
  const future = notInFuture('awareAt', 'The time you became aware', parsed.ms, now, 'it starts the 72-hour clock')[0];
  return future ? { ok: false, message: future.message } : parsed;
}

/** Now, as the field shows it by default. */
export const nowAsAwareness = () => instantToText(Date.now());
