import { describe, expect, it } from 'vitest';
import { HOUR_MS, MINUTE_MS, type Clock } from '../../shared/domain/clocks';
import type { LinkedParty } from '../../shared/contract/parties';
import { clockTone, registerClock, shortDuration } from '../../renderer/src/features/clocks/clockView';

const AWARE = Date.UTC(2026, 10, 20, 9, 0); // 20 Nov 2026 09:00 GMT
const running = (msLeft: number): Clock => ({ dueAt: 0, state: 'running', msLeft, label: '' });

describe('clockTone', () => {
  it('is calm with time to spare, amber in the last 12 hours, red once overdue', () => {
    expect(clockTone(running(31 * HOUR_MS))).toBe('calm');
    expect(clockTone(running(12 * HOUR_MS))).toBe('calm');
    expect(clockTone(running(12 * HOUR_MS - 1))).toBe('soon');
    expect(clockTone({ dueAt: 0, state: 'overdue', msLeft: -1, label: '' })).toBe('overdue');
  });

  it('is green when met, grey when met late or not required', () => {
    expect(clockTone({ dueAt: 0, state: 'met', msLeft: null, label: '' })).toBe('met');
    expect(clockTone({ dueAt: 0, state: 'met_late', msLeft: null, label: '' })).toBe('late');
    expect(clockTone({ dueAt: null, state: 'not_required', msLeft: null, label: '' })).toBe('none');
  });

  it('stops alarming once the incident is closed', () => {
    expect(clockTone({ dueAt: 0, state: 'overdue', msLeft: -1, label: '' }, true)).toBe('none');
    expect(clockTone(running(HOUR_MS), true)).toBe('none');
  });
});

describe('shortDuration', () => {
  it('says minutes under an hour, hours under two days, then days, never rounding up', () => {
    expect(shortDuration(20 * 1000)).toBe('1 min');
    expect(shortDuration(45 * MINUTE_MS)).toBe('45 min');
    expect(shortDuration(31 * HOUR_MS + 59 * MINUTE_MS)).toBe('31 h');
    expect(shortDuration(-(50 * HOUR_MS))).toBe('2 d');
  });
});

describe('registerClock', () => {
  const row = { discoveredAt: AWARE, status: 'triage' as const, regulatorNotify: null, regulatorNotifiedAt: null };

  it('counts down the 72 hours while the ICO decision or notification is awaited', () => {
    expect(registerClock(row, AWARE + 41 * HOUR_MS)).toMatchObject({ text: '31 h left', tone: 'calm' });
    expect(registerClock({ ...row, regulatorNotify: true }, AWARE + 66 * HOUR_MS)).toMatchObject({ text: '6 h left', tone: 'soon' });
  });

  it('says how long overdue, and that it was notified (late or not)', () => {
    expect(registerClock(row, AWARE + 122 * HOUR_MS)).toMatchObject({ text: 'Overdue 2 d', tone: 'overdue' });
    expect(registerClock({ ...row, regulatorNotify: true, regulatorNotifiedAt: AWARE + 10 * HOUR_MS }, AWARE + 500 * HOUR_MS)).toMatchObject({
      text: 'Notified',
      tone: 'met',
    });
    expect(registerClock({ ...row, regulatorNotify: true, regulatorNotifiedAt: AWARE + 80 * HOUR_MS }, AWARE + 500 * HOUR_MS)).toMatchObject({
      text: 'Notified late',
    });
  });

  it('shows a dash when there is nothing to watch', () => {
    expect(registerClock({ ...row, regulatorNotify: false }, AWARE + HOUR_MS).text).toBe('—');
    expect(registerClock({ ...row, status: 'closed' }, AWARE + 500 * HOUR_MS)).toMatchObject({ text: '—', tone: 'none' });
  });
});
