import { describe, expect, it } from 'vitest';
import { HOUR_MS } from '../../shared/domain/clocks';
import { formatUkNumeric } from '../../shared/time/ukTime';
import {
  externalFormSchema,
  markFormSchema,
  regulatorLateness,
  regulatorReportFormSchema,
  type RegulatorReportFormValues,
} from '../../renderer/src/features/notifications/notificationForms';

// 20 Sep 2021 15:10 BST, the demo CC email's moment of awareness.
const AWARE = Date.UTC(2021, 8, 20, 14, 10);
const NOW = Date.UTC(2026, 10, 27, 10, 0);
const report = (patch: Partial<RegulatorReportFormValues>): RegulatorReportFormValues => ({
  reportType: 'initial',
  submittedAt: formatUkNumeric(AWARE + 10 * HOUR_MS),
  icoReference: '',
  delayReason: '',
  notes: '',
  ...patch,
});
const paths = (result: { error?: { issues: { path: PropertyKey[] }[] } }) => result.error?.issues.map((i) => i.path.join('.')) ?? [];

describe('regulatorLateness', () => {
  it('is null up to and at exactly 72 hours, and the time past them after', () => {
    expect(regulatorLateness(AWARE, formatUkNumeric(AWARE + 72 * HOUR_MS))).toBeNull();
    expect(regulatorLateness(AWARE, formatUkNumeric(AWARE + 73 * HOUR_MS))).toBe(HOUR_MS);
    expect(regulatorLateness(AWARE, '23/09/20')).toBeNull();
  });
});

describe('regulatorReportFormSchema', () => {
  const schema = regulatorReportFormSchema(AWARE, NOW);

  it('refuses a late initial report until the reason for the delay is given (Art. 33(1))', () => {
    const late = report({ submittedAt: formatUkNumeric(NOW) });
    expect(paths(schema.safeParse(late))).toEqual(['delayReason']);
    expect(schema.parse({ ...late, delayReason: ' Not recognised as a breach until the 2026 review. ' })).toMatchObject({
      reportType: 'initial',
      submittedAt: NOW,
      delayReason: 'Not recognised as a breach until the 2026 review.',
    });
  });

  it('sends no delay reason with a report in time', () => {
    expect(schema.parse(report({ delayReason: 'left over' })).delayReason).toBe('');
  });

  it('needs the case reference for a follow-up, but no delay reason', () => {
    const followUp = report({ reportType: 'follow_up', submittedAt: formatUkNumeric(NOW) });
    expect(paths(schema.safeParse(followUp))).toEqual(['icoReference']);
    expect(schema.safeParse({ ...followUp, icoReference: 'IC-121907-B6R2' }).success).toBe(true);
  });

  it('refuses a time before awareness, in the future, or unreadable', () => {
    expect(paths(schema.safeParse(report({ submittedAt: formatUkNumeric(AWARE - HOUR_MS) })))).toEqual(['submittedAt']);
    expect(paths(schema.safeParse(report({ submittedAt: formatUkNumeric(NOW + 2 * HOUR_MS), delayReason: 'x' })))).toEqual(['submittedAt']);
    expect(paths(schema.safeParse(report({ submittedAt: '' })))).toEqual(['submittedAt']);
  });
});

describe('externalFormSchema and markFormSchema', () => {
  it('asks who was told, and who exactly for "other"', () => {
    const schema = externalFormSchema(NOW);
    const base = { recipient: null, recipientDetail: '', notifiedAt: formatUkNumeric(NOW), reference: '', notes: '' };
    expect(paths(schema.safeParse(base))).toEqual(['recipient']);
    expect(paths(schema.safeParse({ ...base, recipient: 'other' }))).toEqual(['recipientDetail']);
    expect(schema.parse({ ...base, recipient: 'police', reference: ' CAD 1234 ' })).toMatchObject({ recipient: 'police', reference: 'CAD 1234' });
  });

  it('marks everyone linked as a data subject with an empty list, or the parties ticked', () => {
    const schema = markFormSchema(NOW);
    const base = { who: 'all_subjects' as const, partyIds: ['a'], method: 'email' as const, notifiedAt: formatUkNumeric(NOW) };
    expect(schema.parse(base)).toEqual({ partyIds: [], method: 'email', notifiedAt: NOW });
    expect(schema.parse({ ...base, who: 'selected' }).partyIds).toEqual(['a']);
    expect(paths(schema.safeParse({ ...base, who: 'selected', partyIds: [], method: null }))).toEqual(['partyIds', 'method']);
  });
});
