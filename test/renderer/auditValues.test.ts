import { describe, expect, it } from 'vitest';
import { parseUkDateTime } from '../../shared/time/ukTime';
import { auditFieldLabel, auditValueText } from '../../renderer/src/features/incidentPage/auditValues';

describe('auditValueText', () => {
  it('reads stored values in words without changing what they say', () => {
    expect(auditValueText('status', 'investigating')).toBe('Investigating');
    expect(auditValueText('roles', ['data_subject', 'unintended_recipient'])).toBe('Data subject, Unintended recipient');
    expect(auditValueText('discoveredAt', (parseUkDateTime('27/11/2026 14:30') as { ms: number }).ms)).toBe('27 Nov 2026 14:30');
    expect(auditValueText('materialItemCount', 117000)).toBe('117,000');
    expect(auditValueText('regulatorNotify', false)).toBe('No');
    expect(auditValueText('owner', '')).toBe('—');
    expect(auditValueText('title', 'some_code')).toBe('some_code');
  });

  it('shows an object (an incident’s details) one field per line, skipping empty ones', () => {
    expect(auditValueText('details', { sender: 'a@mod.gov.uk', actualRecipients: ['x@army.ml'], sentAt: null })).toBe(
      'Sender: a@mod.gov.uk\nActual recipients: x@army.ml',
    );
  });
});

describe('auditFieldLabel', () => {
  it('names fields as the forms do, and splits the rest into words', () => {
    expect(auditFieldLabel('icoReference')).toBe('ICO reference');
    expect(auditFieldLabel('regulatorRationale')).toBe('Regulator rationale');
  });
});
