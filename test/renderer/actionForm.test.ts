import { describe, expect, it } from 'vitest';
import type { Action } from '../../shared/contract/actions';
import { parseUkDateTime } from '../../shared/time/ukTime';
import {
  actionPatch,
  ActionFormSchema,
  actionToForm,
  dueDateToText,
  isActionOverdue,
  newActionForm,
  parseDueDate,
  sortActions,
} from '../../renderer/src/features/actions/actionForm';

const ms = (text: string) => {
  const parsed = parseUkDateTime(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.ms;
};

const action = {
  id: 'x',
  incidentId: 'y',
  kind: 'containment',
  description: 'Ask recipients to delete the email',
  owner: 'Claire Ashdown',
  dueAt: ms('30/11/2026 23:59'),
  status: 'open',
  completedAt: null,
  version: 1,
} as Action;

describe('due dates', () => {
  it('read a bare date as the end of that day, and write it back without the time', () => {
    expect(parseDueDate('30/11/2026')).toEqual({ ok: true, ms: ms('30/11/2026 23:59') });
    expect(parseDueDate('30/11/2026 12:00')).toEqual({ ok: true, ms: ms('30/11/2026 12:00') });
    expect(dueDateToText(ms('30/11/2026 23:59'))).toBe('30/11/2026');
    expect(dueDateToText(ms('30/11/2026 12:00'))).toBe('30/11/2026 12:00');
  });

  it('make an undone action overdue once past, but never a done or cancelled one', () => {
    const after = ms('01/12/2026 00:00');
    expect(isActionOverdue(action, ms('30/11/2026 23:00'))).toBe(false);
    expect(isActionOverdue(action, after)).toBe(true);
    expect(isActionOverdue({ ...action, status: 'in_progress' }, after)).toBe(true);
    expect(isActionOverdue({ ...action, status: 'done' }, after)).toBe(false);
    expect(isActionOverdue({ ...action, dueAt: null }, after)).toBe(false);
  });
});

describe('ActionFormSchema and actionPatch', () => {
  it('asks what kind and what is to be done', () => {
    const result = ActionFormSchema.safeParse(newActionForm());
    expect(result.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['description', 'kind']);
  });

  it('sends only what changed', () => {
    const edited = ActionFormSchema.parse({ ...actionToForm(action), status: 'done', dueAt: '01/12/2026' });
    expect(actionPatch(action, edited)).toEqual({ status: 'done', dueAt: ms('01/12/2026 23:59') });
  });
});

describe('sortActions', () => {
  it('puts what is still to do first, soonest due first, undated last, then the finished ones', () => {
    const sorted = sortActions([
      { ...action, id: 'done', status: 'done', dueAt: 1 },
      { ...action, id: 'undated', dueAt: null },
      { ...action, id: 'later', dueAt: 200 },
      { ...action, id: 'soon', status: 'in_progress', dueAt: 100 },
    ]);
    expect(sorted.map((a) => a.id)).toEqual(['soon', 'later', 'undated', 'done']);
  });
});
