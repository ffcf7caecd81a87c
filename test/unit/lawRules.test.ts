import { describe, expect, it } from 'vitest';
import {
  awarenessOfEmailIssues,
  CLOCK_SKEW_MS,
  closingIssues,
  incidentDateIssues,
  isInFuture,
  notificationTimeIssues,
  recordedDateChecks,
} from '../../shared/domain/dateRules';
import { decisionIssues, isCompleteNotNotifying, notNotifiedLabel } from '../../shared/domain/decisionRules';
import { missingForBreachClosure } from '../../shared/domain/workflow';

/** The law's rules as pure functions of their input and `now` (the core and the UI share them). */
const NOW = Date.UTC(2026, 10, 27, 12, 0);
const HOUR = 3_600_000;
const dates = { occurredAt: NOW - 3 * HOUR, discoveredAt: NOW - 2 * HOUR, reportedAt: NOW - HOUR };

describe('dates', () => {
  it('allows five minutes of clock skew, exactly', () => {
    expect(CLOCK_SKEW_MS).toBe(5 * 60_000);
    expect(isInFuture(NOW + CLOCK_SKEW_MS, NOW)).toBe(false);
    expect(isInFuture(NOW + CLOCK_SKEW_MS + 1, NOW)).toBe(true);
  });

  it('accepts occurred ≤ discovered ≤ reported, equal dates included', () => {
    expect(incidentDateIssues(dates, NOW)).toEqual([]);
    expect(incidentDateIssues({ occurredAt: NOW, discoveredAt: NOW, reportedAt: NOW }, NOW)).toEqual([]);
    expect(incidentDateIssues({ occurredAt: null, discoveredAt: NOW, reportedAt: null }, NOW)).toEqual([]);
  });

  it('refuses dates out of order and in the future, in plain words', () => {
    expect(incidentDateIssues({ ...dates, occurredAt: NOW - HOUR, reportedAt: NOW - 3 * HOUR }, NOW)).toEqual([
      { path: 'occurredAt', message: 'It cannot have happened after it was discovered' },
      { path: 'reportedAt', message: 'It cannot have been reported before it was discovered' },
    ]);
    expect(incidentDateIssues({ occurredAt: null, discoveredAt: NOW + HOUR, reportedAt: null }, NOW, undefined, 'patch.')).toEqual([
      { path: 'patch.discoveredAt', message: 'Discovered cannot be in the future: it starts the 72-hour clock' },
    ]);
  });

  it('judges only what is touched: the order rules with either of their dates, the future rule with its own', () => {
    const broken = { occurredAt: NOW + HOUR, discoveredAt: NOW - HOUR, reportedAt: null };
    expect(incidentDateIssues(broken, NOW, (f) => f === 'reportedAt')).toEqual([]);
    expect(incidentDateIssues(broken, NOW, (f) => f === 'discoveredAt').map((i) => i.path)).toEqual(['occurredAt']);
    expect(incidentDateIssues(broken, NOW, (f) => f === 'occurredAt').map((i) => i.path)).toEqual(['occurredAt', 'occurredAt']);
  });

  it('puts notifications between awareness and now, both ends included', () => {
    expect(notificationTimeIssues('notifiedAt', 'The time they were told', dates.discoveredAt, dates.discoveredAt, NOW)).toEqual([]);
    expect(notificationTimeIssues('notifiedAt', 'The time they were told', NOW + CLOCK_SKEW_MS, dates.discoveredAt, NOW)).toEqual([]);
    expect(notificationTimeIssues('notifiedAt', 'The time they were told', dates.discoveredAt - 1, dates.discoveredAt, NOW)).toEqual([
      { path: 'notifiedAt', message: 'The time they were told cannot be before the breach was discovered (27 Nov 2026 10:00)' },
    ]);
  });

  it('closes no earlier than containment; equal is fine', () => {
    expect(closingIssues(NOW, NOW)).toEqual([]);
    expect(closingIssues(null, NOW)).toEqual([]);
    expect(closingIssues(NOW, NOW - 1).map((i) => i.path)).toEqual(['containedAt']);
  });

  it('knows awareness of an email can be late but never before it was sent', () => {
    const sent = Date.UTC(2023, 2, 14, 9, 12);
    expect(awarenessOfEmailIssues('awareAt', sent, sent, NOW)).toEqual([]);
    expect(awarenessOfEmailIssues('awareAt', NOW, sent, NOW)).toEqual([]);
    expect(awarenessOfEmailIssues('awareAt', NOW, null, NOW)).toEqual([]);
    expect(awarenessOfEmailIssues('awareAt', sent - 1, sent, NOW)).toEqual([
      { path: 'awareAt', message: 'You cannot have become aware of the email before it was sent (14 Mar 2023 09:12)' },
    ]);
  });

  it('flags what a stored record breaks, without `now`', () => {
    const stored = {
      ...dates,
      status: 'closed',
      containedAt: NOW,
      regulatorNotifiedAt: dates.discoveredAt - 1,
      regulatorDecidedAt: null,
      subjectsDecidedAt: null,
      subjectsToldAt: null,
      updatedAt: NOW - HOUR,
    };
    expect(recordedDateChecks(stored).map((c) => c.path)).toEqual(['regulatorNotifiedAt', 'containedAt']);
    expect(recordedDateChecks({ ...stored, discoveredAt: NOW + 10 * HOUR, occurredAt: null, reportedAt: null, regulatorNotifiedAt: null, status: 'triage' })).toEqual([]);
  });
});

describe('decisions', () => {
  const undecided = { regulatorNotify: null, regulatorRationale: '', subjectsNotify: null, subjectsRationale: '', subjectsExemption: null, severityBand: null };

  it('not to notify the ICO: needs an assessment and the reasons; only then is it complete', () => {
    expect(decisionIssues({ ...undecided, regulatorNotify: false }).map((i) => i.path)).toEqual(['regulatorNotify', 'regulatorRationale']);
    const complete = { ...undecided, regulatorNotify: false, regulatorRationale: 'Deleted unread.', severityBand: 'low' };
    expect(decisionIssues(complete)).toEqual([]);
    expect(isCompleteNotNotifying(complete)).toBe(true);
    expect(isCompleteNotNotifying({ ...complete, regulatorRationale: ' ' })).toBe(false);
    expect(isCompleteNotNotifying({ ...complete, severityBand: null })).toBe(false);
    // Taken on an assessment since superseded: the clock runs again until the officer confirms or changes it.
    expect(isCompleteNotNotifying({ ...complete, decisionsNeedReview: true })).toBe(false);
    expect(isCompleteNotNotifying({ ...complete, decisionsNeedReview: false })).toBe(true);
    expect(decisionIssues({ ...undecided, regulatorNotify: false }, (f) => f === 'subjectsNotify')).toEqual([]);
  });

  it('not to tell the people: the reasons or an Art. 34(3) ground', () => {
    expect(decisionIssues({ ...undecided, subjectsNotify: false }).map((i) => i.path)).toEqual(['subjectsRationale']);
    expect(decisionIssues({ ...undecided, subjectsNotify: false, subjectsExemption: 'disproportionate_effort' })).toEqual([]);
    expect(decisionIssues({ ...undecided, subjectsNotify: false, subjectsRationale: 'They reported it.' })).toEqual([]);
  });

  it('reads the decision in UK words', () => {
    expect(notNotifiedLabel(Date.UTC(2026, 10, 27, 23, 30), 'Priya Raman')).toBe('Not notified — decided on 27 Nov 2026 by Priya Raman, reasons recorded');
  });

  it('keeps a breach open while its decisions await review', () => {
    const complete = {
      discoveredAt: NOW,
      severityBand: 'high',
      dataCategories: ['health'],
      likelyConsequences: 'Distress.',
      regulatorNotify: false,
      regulatorDelayReason: '',
      regulatorRationale: 'Deleted unread.',
      regulatorNotifiedAt: null,
      icoReference: '',
      subjectsNotify: true,
      subjectsRationale: '',
      subjectsExemption: null,
      rootCause: 'Autocomplete.',
      lessons: 'Block .ml.',
    };
    expect(missingForBreachClosure(complete)).toEqual([]);
    expect(missingForBreachClosure({ ...complete, decisionsNeedReview: true })).toEqual([expect.stringMatching(/^Review the regulator and data-subject decisions/)]);
  });
});
