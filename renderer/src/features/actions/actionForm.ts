import { type Action, NewActionSchema } from '../../../../shared/contract/actions';
import { ACTION_KINDS, ACTION_STATUSES, type ActionKind, type ActionStatus } from '../../../../shared/domain/vocabulary';
import { formatUkNumeric, parseUkDateTime } from '../../../../shared/time/ukTime';
import { z } from '../../../../shared/zodConfig';
import { forwardContractIssues } from '../../lib/formErrors';
import type { ActionPatch, NewActionRequest } from '../../lib/contractTypes';

/** An action is due at the end of the day typed, unless a time is given. */
const END_OF_DAY = '23:59';

/** "30/11/2026" → the last minute of that day in London; "30/11/2026 12:00" as typed. */
export function parseDueDate(text: string): { ok: true; ms: number } | { ok: false; message: string } {
  const trimmed = text.trim();
  const hasTime = /\d{1,2}:\d{2}\s*$/.test(trimmed);
  return parseUkDateTime(hasTime ? trimmed : `${trimmed} ${END_OF_DAY}`);
}

/** A due date as officers type it: the date alone when it is the end of the day. */
export function dueDateToText(ms: number | null): string {
  if (ms === null) return '';
  const text = formatUkNumeric(ms);
  return text.endsWith(` ${END_OF_DAY}`) ? text.slice(0, -END_OF_DAY.length - 1) : text;
}

/** Still to do and past its due time. */
export function isActionOverdue(action: Pick<Action, 'status' | 'dueAt'>, now: number): boolean {
  return (action.status === 'open' || action.status === 'in_progress') && action.dueAt !== null && action.dueAt < now;
}

/** Actions in the order officers work through them: undone first by due date, then the finished ones. */
export function sortActions(items: readonly Action[]): Action[] {
  const isOpen = (a: Action) => a.status === 'open' || a.status === 'in_progress';
  return [...items].sort((a, b) => {
    if (isOpen(a) !== isOpen(b)) return isOpen(a) ? -1 : 1;
    const dueA = a.dueAt ?? Number.MAX_SAFE_INTEGER;
    const dueB = b.dueAt ?? Number.MAX_SAFE_INTEGER;
    return dueA !== dueB ? dueA - dueB : a.createdAt - b.createdAt;
  });
}

export const ActionFormSchema = z
  .object({
    kind: z.enum(ACTION_KINDS).nullable(),
    description: z.string(),
    owner: z.string(),
    dueAt: z.string(),
    status: z.enum(ACTION_STATUSES),
  })
  .transform((form, ctx): NewActionRequest & { kind: ActionKind; status: ActionStatus } => {
    if (form.kind === null) ctx.addIssue({ code: 'custom', path: ['kind'], message: 'Choose the kind of action', input: form.kind });
    let dueAt: number | null = null;
    if (form.dueAt.trim() !== '') {
      const parsed = parseDueDate(form.dueAt);
      if (parsed.ok) dueAt = parsed.ms;
      else ctx.addIssue({ code: 'custom', path: ['dueAt'], message: parsed.message, input: form.dueAt });
    }
    const request = { kind: form.kind ?? 'containment', description: form.description, owner: form.owner, dueAt, status: form.status };
    const check = NewActionSchema.omit({ incidentId: true }).safeParse(request);
    forwardContractIssues(check.error?.issues ?? [], ctx, toActionFormPath);
    return request;
  });

export type ActionFormValues = z.input<typeof ActionFormSchema>;
export type ActionFormField = keyof ActionFormValues;

export function newActionForm(): ActionFormValues {
  return { kind: null, description: '', owner: '', dueAt: '', status: 'open' };
}

export function actionToForm(action: Action): ActionFormValues {
  return { kind: action.kind, description: action.description, owner: action.owner, dueAt: dueDateToText(action.dueAt), status: action.status };
}

/** Only what changed. */
export function actionPatch(action: Action, edited: NewActionRequest): ActionPatch {
  const patch: ActionPatch = {};
  if (edited.kind !== action.kind) patch.kind = edited.kind;
  if (edited.description.trim() !== action.description) patch.description = edited.description;
  if ((edited.owner ?? '').trim() !== action.owner) patch.owner = edited.owner ?? '';
  if ((edited.dueAt ?? null) !== action.dueAt) patch.dueAt = edited.dueAt ?? null;
  if (edited.status !== undefined && edited.status !== action.status) patch.status = edited.status;
  return patch;
}

/** Contract path (`patch.dueAt`, `description`) → form field. */
export function toActionFormPath(path: string): ActionFormField | null {
  const field = path.replace(/^patch\./, '').split('.')[0] ?? '';
  return field in ActionFormSchema.in.shape ? (field as ActionFormField) : null;
}
