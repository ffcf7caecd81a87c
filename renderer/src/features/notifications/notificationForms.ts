import { isLateRegulatorNotification, regulatorDueAt } from '../../../../shared/domain/clocks';
import { EXTERNAL_RECIPIENTS, NOTIFICATION_METHODS, REGULATOR_REPORT_TYPES } from '../../../../shared/domain/vocabulary';
import { parseUkDateTime } from '../../../../shared/time/ukTime';
import { z } from '../../../../shared/zodConfig';
import type { ExternalNotificationRequest, MarkNotifiedRequest, RegulatorReportRequest } from '../../lib/contractTypes';
import { textToInstant } from '../../lib/ukDateText';

/** A minute's grace for a clock that runs slightly ahead of the officer's watch. */
const FUTURE_GRACE_MS = 60_000;

function notInFuture(ms: number | null, now: number, path: string, ctx: z.core.$RefinementCtx) {
  if (ms !== null && ms > now + FUTURE_GRACE_MS) {
    ctx.addIssue({ code: 'custom', path: [path], message: 'That is in the future: enter when it actually happened', input: ms });
  }
}

/**
 * How late a report typed as `submittedText` would be: by how many ms it passes the 72 hours, or null
 * when it is on time or the text is not (yet) a date. The dialog shows it live as the date is typed.
 */
export function regulatorLateness(discoveredAt: number, submittedText: string): number | null {
  const parsed = parseUkDateTime(submittedText);
  if (!parsed.ok || !isLateRegulatorNotification(discoveredAt, parsed.ms)) return null;
  return parsed.ms - regulatorDueAt(discoveredAt);
}

const RegulatorReportFormFields = z.object({
  reportType: z.enum(REGULATOR_REPORT_TYPES),
  submittedAt: z.string(),
  icoReference: z.string(),
  delayReason: z.string(),
  /** Why notify when the latest assessment recommends not to (the core asks for it then). */
  rationale: z.string().default(''),
  notes: z.string(),
});
export type RegulatorReportFormValues = z.input<typeof RegulatorReportFormFields>;

/**
 * The report to the ICO. An initial report made more than 72 hours after awareness must give the reasons
 * for the delay (Art. 33(1)); a follow-up belongs to a case, so it needs the ICO's case reference.
 */
export function regulatorReportFormSchema(discoveredAt: number, now: number) {
  return RegulatorReportFormFields.transform((form, ctx): RegulatorReportRequest => {
    const submittedAt = textToInstant(form.submittedAt, ['submittedAt'], ctx, 'when the report was submitted');
    notInFuture(submittedAt, now, 'submittedAt', ctx);
    if (submittedAt !== null && submittedAt < discoveredAt) {
      ctx.addIssue({ code: 'custom', path: ['submittedAt'], message: 'That is before the breach was discovered', input: form.submittedAt });
    }
    const isLate = form.reportType === 'initial' && submittedAt !== null && isLateRegulatorNotification(discoveredAt, submittedAt);
    if (isLate && form.delayReason.trim() === '') {
      ctx.addIssue({
        code: 'custom',
        path: ['delayReason'],
        message: 'Give the reason for the delay: this report is more than 72 hours after awareness (Art. 33(1))',
        input: form.delayReason,
      });
    }
    if (form.reportType === 'follow_up' && form.icoReference.trim() === '') {
      ctx.addIssue({ code: 'custom', path: ['icoReference'], message: 'Enter the ICO case reference this follow-up belongs to', input: '' });
    }
    return {
      reportType: form.reportType,
      submittedAt: submittedAt ?? 0,
      icoReference: form.icoReference.trim(),
      delayReason: isLate ? form.delayReason.trim() : '',
      rationale: form.reportType === 'initial' ? form.rationale.trim() : '',
      notes: form.notes.trim(),
    };
  });
}

const ExternalFormFields = z.object({
  recipient: z.enum(EXTERNAL_RECIPIENTS).nullable(),
  recipientDetail: z.string(),
  notifiedAt: z.string(),
  reference: z.string(),
  notes: z.string(),
});
export type ExternalFormValues = z.input<typeof ExternalFormFields>;

/** Another organisation told: who, when, and their reference. "Other" must say who. */
export function externalFormSchema(now: number) {
  return ExternalFormFields.transform((form, ctx): ExternalNotificationRequest => {
    if (form.recipient === null) ctx.addIssue({ code: 'custom', path: ['recipient'], message: 'Choose who was told', input: null });
    if (form.recipient === 'other' && form.recipientDetail.trim() === '') {
      ctx.addIssue({ code: 'custom', path: ['recipientDetail'], message: 'Say which organisation was told', input: '' });
    }
    const notifiedAt = textToInstant(form.notifiedAt, ['notifiedAt'], ctx, 'when they were told');
    notInFuture(notifiedAt, now, 'notifiedAt', ctx);
    return {
      recipient: form.recipient ?? 'other',
      recipientDetail: form.recipientDetail.trim(),
      notifiedAt: notifiedAt ?? 0,
      reference: form.reference.trim(),
      notes: form.notes.trim(),
    };
  });
}

const MarkFormFields = z.object({
  who: z.enum(['all_subjects', 'selected']),
  partyIds: z.array(z.string()),
  method: z.enum(NOTIFICATION_METHODS).nullable(),
  notifiedAt: z.string(),
});
export type MarkFormValues = z.input<typeof MarkFormFields>;

/** "Mark people as told": everyone linked as a data subject, or the parties ticked. */
export function markFormSchema(now: number) {
  return MarkFormFields.transform((form, ctx): MarkNotifiedRequest => {
    if (form.who === 'selected' && form.partyIds.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['partyIds'], message: 'Tick the parties who were told', input: [] });
    }
    if (form.method === null) ctx.addIssue({ code: 'custom', path: ['method'], message: 'Choose how they were told', input: null });
    const notifiedAt = textToInstant(form.notifiedAt, ['notifiedAt'], ctx, 'when they were told');
    notInFuture(notifiedAt, now, 'notifiedAt', ctx);
    return { partyIds: form.who === 'all_subjects' ? [] : form.partyIds, method: form.method ?? 'other', notifiedAt: notifiedAt ?? 0 };
  });
}
