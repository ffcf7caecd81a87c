import { describe, expect, it } from 'vitest';
import { parseUkDateTime } from '../../shared/time/ukTime';
import { auditFieldLabel, auditValueText, readableSummary } from '../../shared/domain/auditWords';

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
    expect(auditFieldLabel('regulatorRationale')).toBe('Reasons for the ICO decision');
    expect(auditFieldLabel('rootCause')).toBe('Root cause');
  });
});

describe('readableSummary', () => {
  it('reads the raw summaries older registers hold in the vocabulary', () => {
    expect(readableSummary({ action: 'incident.updated', summary: 'Changed regulatorNotify, regulatorRationale' })).toBe(
      'Changed Notify the ICO?, Reasons for the ICO decision',
    );
    expect(readableSummary({ action: 'incident.status_changed', summary: 'reported → triage: Duty officer reviewing' })).toBe(
      'Reported → Triage: Duty officer reviewing',
    );
    expect(readableSummary({ action: 'party.updated', summary: 'Changed email of Sam Patel' })).toBe('Changed Email of Sam Patel');
    expect(readableSummary({ action: 'action.updated', summary: 'Changed the action “Spot checks”: status, completedAt' })).toBe(
      'Changed the action “Spot checks”: Status, Completed',
    );
  });

  it('leaves summaries already in words, and other actions, as they are', () => {
    expect(readableSummary({ action: 'incident.updated', summary: 'Changed Notify the ICO?' })).toBe('Changed Notify the ICO?');
    expect(readableSummary({ action: 'note.added', summary: 'Added a note' })).toBe('Added a note');
  });
});
